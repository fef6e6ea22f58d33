import type { ClientProfile } from '../clients/client-profile';
import { addDays, min, parseISO, startOfDay } from 'date-fns';
import { lastClientTouch, type RequestState } from '../domain/request-state';
import type { Settings } from '../domain/settings';
import { expectedChase } from './chase-prediction';
import { calendarOf, subWorkingDays, workingDayOnOrBefore, type WorkCalendar } from './work-calendar';

/** What the client-side rules know about this client beyond the request itself. */
export interface ClientContext {
  /** Their usual gap between contacts, learned across all their requests. */
  gapDays: number;
  /** How they are addressed and like to be reached, kept with the client; absent where a rule needs only the gap. */
  profile?: ClientProfile;
}

/** Weekly until a number of updates have gone out, then relaxed (fortnightly by default). */
export function cadenceDays(updatesSent: number, settings: Settings): number {
  return updatesSent >= settings.updatesBeforeRelaxing ? settings.relaxedCadenceDays : settings.updateCadenceDays;
}

/**
 * The day the next status update falls due after a touch: one business day before the
 * expected chase, and never later than the cadence allows. A cadence limit that lands on a
 * day off moves back to the working day before it, so the update goes out first.
 */
export function updateDueAfter(lastTouch: Date, gapDays: number, cadence: number, cal: WorkCalendar): Date {
  const chase = expectedChase(lastTouch, gapDays, cal);
  return workingDayOnOrBefore(min([subWorkingDays(chase, 1, cal), addDays(lastTouch, cadence)]), cal);
}

export function updatesSent(state: RequestState): number {
  return state.outbound.filter((m) => m.kind === 'update').length;
}

/**
 * Null once the boss has decided: from then on the client is owed the answer, not an update.
 * With a deadline still ahead of the last touch, the update falls due by the working day
 * before it at the latest, so the client hears before their own date.
 */
export function nextClientUpdateDue(state: RequestState, settings: Settings, client: ClientContext): Date | null {
  if (state.status !== 'waiting' && state.status !== 'parked') return null;
  const cal = calendarOf(settings);
  const last = lastClientTouch(state);
  const due = updateDueAfter(last, client.gapDays, cadenceDays(updatesSent(state), settings), cal);
  const cap = dayBeforeDeadline(state, cal);
  return cap && cap > last && cap < due ? cap : due;
}

/** The working day before the client's deadline: the last day an update still comes before it. */
export function dayBeforeDeadline(state: RequestState, cal: WorkCalendar): Date | null {
  if (!state.details.deadline) return null;
  return workingDayOnOrBefore(subWorkingDays(parseISO(state.details.deadline), 1, cal), cal);
}

/** The date a draft sent now promises for the next update: the due date sending it would set. */
export function nextUpdateIfSentNow(
  state: RequestState,
  settings: Settings,
  client: ClientContext,
  now: Date,
  countsAsUpdate: boolean,
): Date {
  const sent = updatesSent(state) + (countsAsUpdate ? 1 : 0);
  const cal = calendarOf(settings);
  const due = updateDueAfter(now, client.gapDays, cadenceDays(sent, settings), cal);
  // Never a promise past the client's deadline: the working day before it, or the day itself when that is all that is left.
  const today = startOfDay(now);
  const cap = dayBeforeDeadline(state, cal);
  if (cap && cap > today && cap < due) return cap;
  const deadline = state.details.deadline ? parseISO(state.details.deadline) : null;
  if (deadline && deadline >= today && deadline < due) return deadline;
  return due;
}
