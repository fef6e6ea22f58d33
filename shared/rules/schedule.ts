import { addMinutes, parseISO, startOfDay } from 'date-fns';
import type { ClientZone } from '../clients/time-zone';
import { lastClientTouch, type RequestState } from '../domain/request-state';
import type { Settings } from '../domain/settings';
import { expectedChase } from './chase-prediction';
import { calendarOf } from './work-calendar';
import type { ClientContext } from './client-updates';
import { nextOf, pendingItems, type DueItem, type PendingItem } from './pending';

/**
 * A request's pending items with their instants as numbers, its next step, and when the client
 * would chase: everything about it that does not depend on the clock. It changes only when the
 * request, the settings or the client's usual gap change, so main works it out once per change
 * and keeps it. What is due at any moment (Today, the badge) is then a comparison of numbers,
 * with no history folded and no date parsed.
 */
export interface Schedule {
  items: readonly PendingItem[];
  /** Each item's due instant and late-after instant, in milliseconds, in the items' order. */
  dueMs: readonly number[];
  lateAfterMs: readonly (number | null)[];
  /** The earliest of dueMs: before it nothing on this request is due. */
  firstDueMs: number;
  /** The next step: the item due on the earliest day. */
  next: PendingItem | null;
  /** When the client would chase if they heard nothing (ISO). */
  chase: string;
  /** The client's own deadline, as an instant, when they gave one. */
  deadlineMs: number | null;
  /** A call proposed to the client: when it starts, the start of its day and when it ends, when there is one. */
  callMs: number | null;
  callDayMs: number | null;
  callEndMs: number | null;
  /** The client's time zone, when they are abroad: their deadline is read on their calendar. */
  zone: ClientZone;
}

export function scheduleOf(state: RequestState, settings: Settings, client: ClientContext): Schedule {
  const items = pendingItems(state, settings, client);
  const dueMs = items.map((i) => Date.parse(i.dueAt));
  return {
    items,
    dueMs,
    lateAfterMs: items.map((i) => (i.lateAfter === null ? null : Date.parse(i.lateAfter))),
    firstDueMs: Math.min(Infinity, ...dueMs),
    next: nextOf(items),
    chase: state.status === 'closed' ? '' : expectedChase(lastClientTouch(state), client.gapDays, calendarOf(settings)).toISOString(),
    deadlineMs: state.details.deadline ? parseISO(state.details.deadline).getTime() : null,
    callMs: state.call ? Date.parse(state.call.startsAt) : null,
    callDayMs: state.call ? startOfDay(new Date(state.call.startsAt)).getTime() : null,
    callEndMs: state.call ? addMinutes(new Date(state.call.startsAt), state.call.minutes).getTime() : null,
    zone: client.profile?.timeZone ?? null,
  };
}

/**
 * The schedule's items that have come due by `now`, in the order they were listed, each saying
 * whether it is past its limit: the schedule's instants compared, no date parsed. The one test
 * of "due" and "late" that Today, the request page and the queue all go through (dueFacts).
 */
export function dueIn(schedule: Schedule, now: Date): DueItem[] {
  const t = now.getTime();
  const due: DueItem[] = [];
  schedule.items.forEach((item, i) => {
    if (schedule.dueMs[i]! > t) return;
    const lateAfter = schedule.lateAfterMs[i] ?? null;
    due.push({ ...item, late: lateAfter !== null && t > lateAfter });
  });
  return due;
}

/** What on this request needs doing now, as of `now`. */
export function dueItems(state: RequestState, settings: Settings, client: ClientContext, now: Date): DueItem[] {
  return dueIn(scheduleOf(state, settings, client), now);
}
