import type { ClientProfile } from '../clients/client-profile';
import { addDays, max, min, startOfDay } from 'date-fns';
import { lastClientTouch, type RequestState } from '../domain/request-state';
import type { Settings } from '../domain/settings';
import { expectedChase } from './chase-prediction';
import { beforeDeadline } from './deadline';
import { addWorkingDays, calendarOf, subWorkingDays, workingDayOnOrBefore, type WorkCalendar } from './work-calendar';

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
 * day off moves back to the working day before it, so the update goes out first. It is never
 * the touch's own day: a client who chases every two days, touched on a Friday, would chase on
 * Monday, and the update is due that Monday morning, not again the moment it went out.
 */
export function updateDueAfter(lastTouch: Date, gapDays: number, cadence: number, cal: WorkCalendar): Date {
  const chase = expectedChase(lastTouch, gapDays, cal);
  const due = workingDayOnOrBefore(min([subWorkingDays(chase, 1, cal), addDays(lastTouch, cadence)]), cal);
  return max([due, startOfDay(addWorkingDays(lastTouch, 1, cal))]);
}

export function updatesSent(state: RequestState): number {
  return state.outbound.filter((m) => m.kind === 'update').length;
}

/**
 * Null once the boss has decided: from then on the client is owed the answer, not an update.
 * An update that would fall on or after the client's deadline falls due the working day before
 * it, so the client hears before their own date.
 */
export function nextClientUpdateDue(state: RequestState, settings: Settings, client: ClientContext): Date | null {
  if (state.status !== 'waiting' && state.status !== 'parked') return null;
  const cal = calendarOf(settings);
  const last = lastClientTouch(state);
  const computed = updateDueAfter(last, client.gapDays, cadenceDays(updatesSent(state), settings), cal);
  // A date already promised stays promised: a later contact that needs no reply, or a usual gap
  // learned since, moves the client's clock but never past the day our last message named.
  const promised = state.outbound.at(-1)?.promised;
  const due = promised && new Date(promised) < computed ? new Date(promised) : computed;
  // Touched on the working day before the deadline, the client was promised word on the deadline
  // day itself (nextUpdateIfSentNow), so the update falls due then; touched on the deadline day, as usual.
  return beforeDeadline(state, due, cal, last, addDays(startOfDay(last), 1)).day;
}

/**
 * The date a draft sent now promises for the next update: the due date sending it would set,
 * never after the client's deadline. `capped`: the deadline set it, and the draft says so.
 */
export function nextUpdateIfSentNow(
  state: RequestState,
  settings: Settings,
  client: ClientContext,
  now: Date,
  countsAsUpdate: boolean,
): { day: Date; capped: boolean } {
  const sent = updatesSent(state) + (countsAsUpdate ? 1 : 0);
  const cal = calendarOf(settings);
  const due = updateDueAfter(now, client.gapDays, cadenceDays(sent, settings), cal);
  // Never "by today": sent on the working day before the deadline, the deadline day is the
  // promise; sent on the deadline day, the usual date, which nextClientUpdateDue then keeps.
  return beforeDeadline(state, due, cal, now, addDays(startOfDay(now), 1));
}
