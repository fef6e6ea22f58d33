import type { ClientProfile } from '../clients/client-profile';
import { addDays, max, min, startOfDay } from 'date-fns';
import { lastClientTouch, type OutboundMessage, type RequestState } from '../domain/request-state';
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
 * What the touch the next update counts from was: `afterUpdate`, our own status update (which
 * told them nothing new); `chasedAfterDays`, our first message since the client chased, and how
 * many days they had waited when they did; `parked`, the request is parked.
 */
export interface TouchKind {
  afterUpdate?: boolean;
  chasedAfterDays?: number | null;
  parked?: boolean;
}

/**
 * The day the next status update falls due after a touch. Waiting, it is one business day
 * before the expected chase, and never later than the cadence allows (weekly, then
 * fortnightly). After one of our updates, the next with nothing new comes on the day the client
 * would chase, not the day before: never two inside their usual gap, and still at least as often
 * as the cadence. Parked, the boss is not being asked, so updates follow the cadence alone.
 * After a chase, our first message promises no more than the wait the client showed, however
 * relaxed the cadence. A cadence limit that lands on a day off moves back to the working day
 * before it, so the update goes out first. It is never the touch's own day: a client who chases
 * every two days, touched on a Friday, would chase on Monday, and the update is due that Monday
 * morning, not again the moment it went out.
 */
export function updateDueAfter(lastTouch: Date, gapDays: number, cadence: number, cal: WorkCalendar, touch: TouchKind = {}): Date {
  const chase = expectedChase(lastTouch, gapDays, cal);
  const byCadence = workingDayOnOrBefore(addDays(lastTouch, cadence), cal);
  let due = touch.parked
    ? byCadence
    : min([touch.afterUpdate ? startOfDay(chase) : workingDayOnOrBefore(subWorkingDays(chase, 1, cal), cal), byCadence]);
  if (touch.chasedAfterDays != null) due = min([due, workingDayOnOrBefore(addDays(lastTouch, touch.chasedAfterDays), cal)]);
  return max([due, startOfDay(addWorkingDays(lastTouch, 1, cal))]);
}

/**
 * The days the client waited before chasing, when a message of ours sent now (or the one last
 * sent, `sent`) is the first since: null when it is not, or the client never chased.
 */
function chasedAfterDays(state: RequestState, sent?: OutboundMessage): number | null {
  const chase = state.chase;
  if (!chase) return null;
  const since = state.outbound.filter((m) => m.at > chase.at);
  const first = sent ? since.length === 1 && since[0] === sent : since.length === 0;
  return first ? Math.max(1, Math.round(chase.afterHours / 24)) : null;
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
  const lastSent = state.outbound.at(-1);
  const ours = lastSent && Date.parse(lastSent.at) === last.getTime() ? lastSent : undefined;
  const computed = updateDueAfter(last, client.gapDays, cadenceDays(updatesSent(state), settings), cal, {
    parked: state.status === 'parked',
    afterUpdate: ours?.kind === 'update',
    chasedAfterDays: ours ? chasedAfterDays(state, ours) : null,
  });
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
  const due = updateDueAfter(now, client.gapDays, cadenceDays(sent, settings), cal, {
    parked: state.status === 'parked',
    afterUpdate: countsAsUpdate,
    chasedAfterDays: chasedAfterDays(state),
  });
  // Never "by today": sent on the working day before the deadline, the deadline day is the
  // promise; sent on the deadline day, the usual date, which nextClientUpdateDue then keeps.
  return beforeDeadline(state, due, cal, now, addDays(startOfDay(now), 1));
}
