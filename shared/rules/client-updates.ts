import type { ClientProfile } from '../clients/client-profile';
import { addDays, min } from 'date-fns';
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

/** Null once the boss has decided: from then on the client is owed the answer, not an update. */
export function nextClientUpdateDue(state: RequestState, settings: Settings, client: ClientContext): Date | null {
  if (state.status !== 'waiting' && state.status !== 'parked') return null;
  return updateDueAfter(lastClientTouch(state), client.gapDays, cadenceDays(updatesSent(state), settings), calendarOf(settings));
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
  return updateDueAfter(now, client.gapDays, cadenceDays(sent, settings), calendarOf(settings));
}
