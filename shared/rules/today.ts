import { startOfDay } from 'date-fns';
import { SECTION_TITLES, type TodaySectionKind } from '../copy/labels';
import type { RequestState } from '../domain/request-state';
import { bossName, type Settings } from '../domain/settings';
import type { ClientContext } from './client-updates';
import type { PendingItem, PendingKind } from './pending';
import { scheduleOf, type Schedule } from './schedule';
import { addWorkingDays, calendarOf } from './work-calendar';
import { compareIso } from '../domain/compare-iso';

export type { TodaySectionKind } from '../copy/labels';

/** The one thing a row's button does. */
export type TodayAction =
  'draft-acknowledgement' | 'draft-reply' | 'draft-update' | 'ask' | 'choose-park' | 'draft-answer' | 'draft-follow-up' | 'open';

export interface TodayRow {
  requestId: string;
  /** The request's version: the row's action is refused if the request changed since. */
  version: number;
  /** What is due, 'deadline' for a client deadline coming near, or 'call' for a call proposed for today. */
  item: PendingKind | 'deadline' | 'call';
  clientName: string;
  company: string;
  topic: string;
  bossId: string;
  bossName: string;
  action: TodayAction;
  /** Since when it has been due (ISO); for deadlines, the deadline day; for a call, when it starts. */
  due: string;
  /** Past its limit: an acknowledgement after the first-response limit, a deadline gone by. */
  late: boolean;
  /** The limit itself, when the item has one. */
  lateAfter: string | null;
  contactAt: string;
  strikes: number;
  strikeLimit: number;
  round: number;
  expectedChase: string | null;
  deadline: string | null;
  clientOwes: string | null;
}

export interface TodaySection {
  kind: TodaySectionKind;
  title: string;
  rows: TodayRow[];
}

/** Ties on the same instant go by client name; one collator, made once, orders names as localeCompare would at a fraction of the cost. */
const byName = new Intl.Collator();

// Deadlines coming near lead: what the client's own date needs shapes everything else that day.
// Then the day's calls, by the time they start.
const ORDER: TodaySectionKind[] = ['deadline', 'call', 'acknowledge', 'reply', 'update', 'ask', 'reask', 'answer', 'client-step'];

/**
 * "What must I do now?": every open request's due items, grouped the way an assistant works
 * through them, each row with one action. Updates are ordered by the expected chase (the
 * client who would chase soonest first); everything else oldest first. Rows due at the same
 * instant go by client name.
 */
export function todaySections(
  states: readonly RequestState[],
  settings: Settings,
  clientOf: (state: RequestState) => ClientContext,
  now: Date,
  /** A request's schedule; main passes the one it keeps per request instead of working it out again. */
  scheduleFor: (state: RequestState) => Schedule = (state) => scheduleOf(state, settings, clientOf(state)),
): TodaySection[] {
  const rows = Object.fromEntries(ORDER.map((k) => [k, [] as { sortKey: string; row: TodayRow }[]])) as Record<
    TodaySectionKind,
    { sortKey: string; row: TodayRow }[]
  >;
  const cal = calendarOf(settings);
  const today = startOfDay(now);
  const deadlineHorizon = startOfDay(addWorkingDays(today, settings.deadlineWarningBusinessDays, cal));

  const t = now.getTime();
  const horizonMs = deadlineHorizon.getTime();
  const todayMs = today.getTime();

  for (const state of states) {
    if (state.status === 'closed') continue;
    const schedule = scheduleFor(state);
    // Most open requests have nothing due today, no deadline near and no call: skipped on three comparisons.
    const deadlineNear = schedule.deadlineMs !== null && schedule.deadlineMs <= horizonMs;
    const callToday = schedule.callDayMs === todayMs;
    if (t < schedule.firstDueMs && !deadlineNear && !callToday) continue;
    const chase = schedule.chase;
    const row = (item: PendingItem | 'deadline' | 'call', late: boolean, action: TodayAction, due: string): TodayRow => ({
      requestId: state.id,
      version: state.version,
      item: typeof item === 'string' ? item : item.kind,
      clientName: state.details.client.name,
      company: state.details.client.company,
      topic: state.details.topic,
      bossId: state.details.bossId,
      bossName: bossName(settings, state.details.bossId),
      action,
      due,
      late,
      lateAfter: typeof item === 'string' ? null : item.lateAfter,
      contactAt: state.details.contact.at,
      strikes: state.strikes,
      strikeLimit: settings.strikeLimit,
      round: state.round,
      expectedChase: state.status === 'decided' ? null : chase,
      deadline: state.details.deadline,
      clientOwes: state.clientStep?.what ?? null,
    });

    // The due items are the rules' own (pending.ts, kept as a schedule); Today only groups and orders them.
    schedule.items.forEach((item, i) => {
      if (schedule.dueMs[i]! > t) return;
      const lateAfter = schedule.lateAfterMs[i];
      const { section, action } = placement(item.kind, state);
      // Updates go to the client who would chase soonest; everything else oldest first.
      rows[section].push({
        row: row(item, lateAfter != null && t > lateAfter, action, item.dueAt),
        sortKey: item.kind === 'update' ? chase : item.dueAt,
      });
    });
    if (deadlineNear) {
      const deadline = new Date(schedule.deadlineMs!).toISOString();
      rows.deadline.push({ row: row('deadline', schedule.deadlineMs! < todayMs, 'open', deadline), sortKey: deadline });
    }
    if (callToday) {
      const startsAt = new Date(schedule.callMs!).toISOString();
      rows.call.push({ row: row('call', false, 'open', startsAt), sortKey: startsAt });
    }
  }

  return ORDER.map((kind) => ({
    kind,
    title: SECTION_TITLES[kind],
    rows: rows[kind]
      .sort((a, b) => compareIso(a.sortKey, b.sortKey) || byName.compare(a.row.clientName, b.row.clientName))
      .map((r) => r.row),
  }));
}

function placement(kind: PendingKind, state: RequestState): { section: TodaySectionKind; action: TodayAction } {
  switch (kind) {
    case 'acknowledge':
      return { section: 'acknowledge', action: 'draft-acknowledgement' };
    case 'reply':
      return { section: 'reply', action: 'draft-reply' };
    case 'update':
      return { section: 'update', action: 'draft-update' };
    case 'ask':
    case 'reask':
      // A round that a re-ask date started, not yet asked: "Back from parking".
      return { section: state.roundStartedBy === 'returned' && state.strikes === 0 ? 'reask' : 'ask', action: 'ask' };
    case 'choose-park':
      return { section: 'ask', action: 'choose-park' };
    case 'answer':
      return { section: 'answer', action: 'draft-answer' };
    case 'client-step':
      return { section: 'client-step', action: 'draft-follow-up' };
  }
}

/** How many things are due: the number on the dock or taskbar badge. Deadlines inform; they are not a to-do. A call is. */
export function dueCount(sections: readonly TodaySection[]): number {
  return sections.filter((s) => s.kind !== 'deadline').reduce((n, s) => n + s.rows.length, 0);
}
