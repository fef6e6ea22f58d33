import { addMonths, addWeeks, startOfDay } from 'date-fns';
import { DomainError } from '../domain/domain-error';
import type { ParkOutcome, RequestEvent } from '../domain/events';
import type { RequestState } from '../domain/request-state';
import { workingDayOnOrAfter, type WorkCalendar } from './work-calendar';

/**
 * The day a parked request comes back for the chosen outcome. A return that would land on a
 * day off (weekend or holiday) moves to the next working day: nobody asks the boss on a Saturday.
 */
export function returnDay(outcome: ParkOutcome, parkedAt: Date, cal: WorkCalendar): Date | null {
  if (outcome === 'until-raised') return null;
  const day = startOfDay(outcome === 'in-2-weeks' ? addWeeks(parkedAt, 2) : addMonths(parkedAt, 1));
  return workingDayOnOrAfter(day, cal);
}

export function chooseParkOutcome(state: RequestState, outcome: ParkOutcome, at: Date, cal: WorkCalendar): RequestEvent[] {
  if (state.status !== 'parked' || !state.park) {
    throw new DomainError('Only a parked request can be set to come back later.');
  }
  const returnsOn = returnDay(outcome, at, cal);
  return [{ type: 'park-outcome-chosen', at: at.toISOString(), outcome, returnsOn: returnsOn?.toISOString() ?? null }];
}

/** The boss raised it, or the assistant wants it back now: a new round starts today. */
export function unpark(state: RequestState, at: Date): RequestEvent[] {
  if (state.status !== 'parked') {
    throw new DomainError('This request is not parked.');
  }
  return [{ type: 'unparked', at: at.toISOString() }];
}
