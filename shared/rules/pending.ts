import { startOfDay } from 'date-fns';
import { addWorkingDays, calendarOf } from './work-calendar';
import type { RequestState } from '../domain/request-state';
import type { Settings } from '../domain/settings';
import { nextAskDue } from './asks';
import { nextClientUpdateDue, type ClientContext } from './client-updates';
import { acknowledgementDue, replyDue } from './first-response';

/** Everything that can be pending on a request; the order breaks ties between equal dates. */
export const PENDING_KINDS = ['acknowledge', 'reply', 'answer', 'ask', 'choose-park', 'reask', 'update', 'client-step'] as const;
export type PendingKind = (typeof PENDING_KINDS)[number];

export type StepOwner = 'me' | 'client';

/** One thing that will need doing on a request, with the moment it falls due. */
export interface PendingItem {
  kind: PendingKind;
  owner: StepOwner;
  /** From this instant on it is due (ISO). */
  dueAt: string;
  /** Past it the item is late, not merely due: the first-response limit, or the end of an update's day. */
  lateAfter: string | null;
  /** For asks, the strike this ask would be; for re-asks, the round that starts. */
  strike: number | null;
  round: number;
  /** For a client step, what the client owes us. */
  clientOwes: string | null;
}

/** A pending item that has come due, and whether it is past its limit. */
export interface DueItem extends PendingItem {
  late: boolean;
}

/**
 * What is pending on this request, each with its date: the one derivation behind the next
 * step (its earliest item) and what is due now (the items whose date has come). It does not
 * depend on the clock, so it can be worked out once per change and kept.
 */
export function pendingItems(state: RequestState, settings: Settings, client: ClientContext): PendingItem[] {
  if (state.status === 'closed') return [];
  const items: PendingItem[] = [];
  const item = (kind: PendingKind, owner: StepOwner, dueAt: Date | string, extra: Partial<PendingItem> = {}) =>
    items.push({
      kind,
      owner,
      dueAt: typeof dueAt === 'string' ? dueAt : dueAt.toISOString(),
      lateAfter: null,
      strike: null,
      round: state.round,
      clientOwes: null,
      ...extra,
    });

  const ack = acknowledgementDue(state, settings);
  const reply = replyDue(state, settings);
  // A decision stands only while decided (a closed request returned above; reopening clears it).
  // Once decided, the answer is the message owed: it answers their message too, so an
  // acknowledgement or reply still owed is not asked for first; the answer takes its clock.
  const owed = ack ?? reply;
  if (state.decision) {
    const since = owed && owed.since < state.decision.at ? owed.since : state.decision.at;
    item('answer', 'me', since, { lateAfter: owed?.latestBy ?? null });
  } else {
    if (ack) item('acknowledge', 'me', ack.since, { lateAfter: ack.latestBy });
    if (reply) item('reply', 'me', reply.since, { lateAfter: reply.latestBy });
  }
  const ask = nextAskDue(state, settings);
  if (ask) item('ask', 'me', ask, { strike: state.strikes + 1 });
  if (state.park) {
    if (state.park.outcome === null) item('choose-park', 'me', state.park.at);
    if (state.park.returnsOn) item('reask', 'me', state.park.returnsOn, { round: state.round + 1, strike: 1 });
  }
  const update = nextClientUpdateDue(state, settings, client);
  // An update not sent on its day is late from the next working day: Today and the page say "Update overdue".
  if (update) item('update', 'me', update, { lateAfter: startOfDay(addWorkingDays(update, 1, calendarOf(settings))).toISOString() });
  if (state.clientStep) item('client-step', 'client', state.clientStep.chaseOn, { clientOwes: state.clientStep.what });
  return items;
}

/**
 * The next step is the pending item due on the earliest day; items due the same day keep the
 * listed order (acknowledge before answer before ask...), whatever their hour.
 */
export function nextOf(items: readonly PendingItem[]): PendingItem | null {
  const day = (i: PendingItem) => startOfDay(new Date(i.dueAt)).getTime();
  return items.reduce<PendingItem | null>((a, b) => (a === null || day(b) < day(a) ? b : a), null);
}
