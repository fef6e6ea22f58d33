import { parseISO, startOfDay } from 'date-fns';
import type { RequestState } from '../domain/request-state';
import type { Settings } from '../domain/settings';
import { clientToday, type ClientZone } from '../clients/time-zone';
import { awayPeriods, bossThereFrom } from './boss-away';
import { addWorkingDays, subWorkingDays, workingDayOnOrAfter, workingDayOnOrBefore, type WorkCalendar } from './work-calendar';

/** The client's own deadline, as the start of that day, when they gave one. */
export function deadlineDay(state: RequestState): Date | null {
  return state.details.deadline ? startOfDay(parseISO(state.details.deadline)) : null;
}

/** The working day before the client's deadline: the last day an update or an ask still comes before it. */
export function dayBeforeDeadline(state: RequestState, cal: WorkCalendar): Date | null {
  const deadline = deadlineDay(state);
  return deadline ? workingDayOnOrBefore(subWorkingDays(deadline, 1, cal), cal) : null;
}

/** Still waiting on the boss, or parked: the deadline can still pass without an answer. */
const undecided = (state: RequestState) => state.status === 'waiting' || state.status === 'parked';

/**
 * The day has gone by and the request is not closed: flagged wherever the request shows. The
 * day is the client's: for a client abroad (`zone`), it has gone by when it has on their calendar.
 */
export function deadlinePassed(state: RequestState, now: Date, zone: ClientZone = null): boolean {
  const deadline = deadlineDay(state);
  return deadline !== null && state.status !== 'closed' && clientToday(now, zone) > deadline;
}

/**
 * Whether the client's deadline looks like passing without the boss's answer, and how surely:
 * - 'passed': the day has gone by, still undecided;
 * - 'unlikely': parked, and it comes back on or after the deadline (or only when raised), or
 *   the deadline is within the deadline warning (Settings); or the deciding boss is away from
 *   today until after the deadline;
 * - 'near': waiting on the boss, and the deadline is within the deadline warning.
 * Null when there is no deadline, the boss has decided, or there is still time.
 */
export type DeadlineRisk = 'passed' | 'unlikely' | 'near';

export function deadlineRisk(
  state: RequestState,
  settings: Settings,
  cal: WorkCalendar,
  now: Date,
  zone: ClientZone = null,
): DeadlineRisk | null {
  const deadline = deadlineDay(state);
  if (!deadline || !undecided(state)) return null;
  const today = startOfDay(now);
  if (clientToday(now, zone) > deadline) return 'passed';
  // The boss is away from now until after the deadline: no answer can come by then.
  if (bossThereFrom(awayPeriods(settings, state.details.bossId), today, cal) > deadline) return 'unlikely';
  const near = deadline <= startOfDay(addWorkingDays(today, settings.deadlineWarningBusinessDays, cal));
  // The fold keeps a park only while the request is parked.
  const { park } = state;
  if (park) {
    const backTooLate = park.outcome !== null && (park.returnsOn === null || parseISO(park.returnsOn) >= deadline);
    return near || backTooLate ? 'unlikely' : null;
  }
  return near ? 'near' : null;
}

/**
 * A date the app would promise or schedule, brought before the client's deadline when it would
 * fall on or after it: to the working day before the deadline when that is after `after` (the
 * day of the last touch or ask, so nothing falls due again the moment it is done), else to the
 * deadline itself when it is on or after `deadlineFrom`. A deadline on a day off cannot be a
 * date we keep: then the first working day after it, so the client hears as soon as it has
 * passed (the draft's deadline note has already told them it may). `capped` says the deadline
 * set a date ahead of it or on it, so a draft can say so.
 */
export function beforeDeadline(
  state: RequestState,
  day: Date,
  cal: WorkCalendar,
  after: Date,
  deadlineFrom: Date | null,
): { day: Date; capped: boolean } {
  const deadline = deadlineDay(state);
  if (!deadline || startOfDay(day) < deadline) return { day, capped: false };
  const before = dayBeforeDeadline(state, cal)!;
  if (before > startOfDay(after)) return { day: before, capped: true };
  if (deadlineFrom && deadline >= startOfDay(deadlineFrom)) {
    const on = workingDayOnOrAfter(deadline, cal);
    if (on < startOfDay(day)) return { day: on, capped: on.getTime() === deadline.getTime() };
  }
  return { day, capped: false };
}
