import { addMonths, addWeeks, max, startOfDay } from 'date-fns';
import { DomainError } from '../domain/domain-error';
import { PARK_OUTCOMES, type ParkOutcome, type RequestEvent } from '../domain/events';
import type { RequestState } from '../domain/request-state';
import { dayBeforeDeadline, deadlineDay } from './deadline';
import { workingDayOnOrAfter, type WorkCalendar } from './work-calendar';

/**
 * The day a parked request comes back for the chosen outcome. A return that would land on a
 * day off (weekend or holiday) moves to the next working day: nobody asks the boss on a Saturday.
 * "Before the deadline" comes back the working day before the client's deadline, or today.
 */
export function returnDay(outcome: ParkOutcome, parkedAt: Date, cal: WorkCalendar, state?: RequestState): Date | null {
  if (outcome === 'until-raised') return null;
  if (outcome === 'before-deadline') {
    const before = state ? dayBeforeDeadline(state, cal) : null;
    if (!before) throw new DomainError('This request has no deadline to come back before.');
    return max([before, startOfDay(parkedAt)]);
  }
  const day = startOfDay(outcome === 'in-2-weeks' ? addWeeks(parkedAt, 2) : addMonths(parkedAt, 1));
  return workingDayOnOrAfter(day, cal);
}

/** One way a parked request can wait, with the day it would come back and whether that is too late for the client. */
export interface ParkChoice {
  outcome: ParkOutcome;
  /** The day it would come back for a new round (ISO), or null: only when the boss raises it. */
  returnsOn: string | null;
  /** It would come back on or after the client's deadline, or never by itself while a deadline is ahead. */
  afterDeadline: boolean;
}

/**
 * The choices for a parked request, as of `now`: the three outcomes, and, when the client's
 * deadline is still ahead and an outcome would come back too late for it, one more that comes
 * back the working day before the deadline (or today, when that is all that is left).
 */
export function parkChoices(state: RequestState, cal: WorkCalendar, now: Date): ParkChoice[] {
  const deadline = deadlineDay(state);
  const ahead = deadline !== null && deadline >= startOfDay(now);
  const choices = PARK_OUTCOMES.filter((o) => o !== 'before-deadline').map((outcome): ParkChoice => {
    const back = returnDay(outcome, now, cal, state);
    return { outcome, returnsOn: back?.toISOString() ?? null, afterDeadline: ahead && (back === null || back >= deadline) };
  });
  if (!choices.some((c) => c.afterDeadline)) return choices;
  return [
    ...choices,
    { outcome: 'before-deadline', returnsOn: returnDay('before-deadline', now, cal, state)!.toISOString(), afterDeadline: false },
  ];
}

/** The outcome chosen brings it back on or after the client's deadline (or never by itself), while that deadline is still ahead. */
export function comesBackTooLate(state: RequestState, now: Date): boolean {
  const deadline = deadlineDay(state);
  // The fold keeps a park only while the request is parked.
  const park = state.park;
  if (!deadline || !park?.outcome || deadline < startOfDay(now)) return false;
  return park.returnsOn === null || new Date(park.returnsOn) >= deadline;
}

export function chooseParkOutcome(state: RequestState, outcome: ParkOutcome, at: Date, cal: WorkCalendar): RequestEvent[] {
  if (!state.park) {
    throw new DomainError('Only a parked request can be set to come back later.');
  }
  const returnsOn = returnDay(outcome, at, cal, state);
  return [{ type: 'park-outcome-chosen', at: at.toISOString(), outcome, returnsOn: returnsOn?.toISOString() ?? null }];
}

/** The boss raised it, or the assistant wants it back now: a new round starts today. */
export function unpark(state: RequestState, at: Date): RequestEvent[] {
  if (state.status !== 'parked') {
    throw new DomainError('This request is not parked.');
  }
  return [{ type: 'unparked', at: at.toISOString() }];
}
