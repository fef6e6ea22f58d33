import { startOfDay } from 'date-fns';
import { SECTION_TITLES, type TodaySectionKind } from '../copy/labels';
import { compareIso } from '../domain/compare-iso';
import type { RequestState } from '../domain/request-state';
import { bossName, type Settings } from '../domain/settings';
import type { ClientContext } from './client-updates';
import { deadlineHorizon, dueFacts, type DueAction, type DueFact } from './due-facts';
import { scheduleOf, type Schedule } from './schedule';

export type { TodaySectionKind } from '../copy/labels';
export type TodayAction = DueAction;

/**
 * One request on Today: everything due on it, most urgent first, and what the row's main
 * button does (the most urgent item's action). A request is on Today once, whatever is due.
 */
export interface TodayRow {
  requestId: string;
  /** The request's version: the row's action is refused if the request changed since. */
  version: number;
  items: DueFact[];
  /** The most urgent item's action. */
  action: TodayAction;
  clientName: string;
  company: string;
  topic: string;
  bossId: string;
  bossName: string;
  /** Any item past its limit. */
  late: boolean;
  contactAt: string;
  /** Asks made in this round, and the limit. */
  strikes: number;
  strikeLimit: number;
  round: number;
  /** When the next ask falls due (ISO), while the boss is being asked. */
  nextAskDue: string | null;
  expectedChase: string | null;
  deadline: string | null;
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
export const TODAY_SECTION_ORDER: readonly TodaySectionKind[] = [
  'deadline',
  'call',
  'call-log',
  'acknowledge',
  'reply',
  'update',
  'ask',
  'reask',
  'answer',
  'client-step',
];

/** The section a row sits in: its deadline's, when that is near, else its most urgent item's. */
function sectionOf(items: readonly DueFact[]): TodaySectionKind {
  if (items.some((i) => i.kind === 'deadline')) return 'deadline';
  const first = items[0]!.kind;
  return first === 'choose-park' ? 'ask' : first;
}

/**
 * "What must I do now?": one row per request with anything due, grouped by its most urgent
 * item the way an assistant works through them. Updates are ordered by the expected chase (the
 * client who would chase soonest first); everything else oldest first; ties by client name.
 */
export function todaySections(
  states: readonly RequestState[],
  settings: Settings,
  clientOf: (state: RequestState) => ClientContext,
  now: Date,
  /** A request's schedule; main passes the one it keeps per request instead of working it out again. */
  scheduleFor: (state: RequestState) => Schedule = (state) => scheduleOf(state, settings, clientOf(state)),
): TodaySection[] {
  const rows = Object.fromEntries(TODAY_SECTION_ORDER.map((k) => [k, [] as { sortKey: string; row: TodayRow }[]])) as Record<
    TodaySectionKind,
    { sortKey: string; row: TodayRow }[]
  >;
  const t = now.getTime();
  const horizonMs = deadlineHorizon(settings, now);
  const todayStart = startOfDay(now).getTime();

  for (const state of states) {
    const schedule = scheduleFor(state);
    // Most open requests have nothing due, no deadline near and no call today: skipped on three comparisons.
    if (
      t < schedule.firstDueMs &&
      !(schedule.deadlineMs !== null && schedule.deadlineMs <= horizonMs) &&
      schedule.callDayMs !== todayStart &&
      !(schedule.callEndMs !== null && schedule.callEndMs <= t)
    )
      continue;
    const items = dueFacts(state, schedule, now, horizonMs);
    if (items.length === 0) continue;
    const section = sectionOf(items);
    const ask = schedule.items.find((i) => i.kind === 'ask');
    const row: TodayRow = {
      requestId: state.id,
      version: state.version,
      items,
      action: items[0]!.action,
      clientName: state.details.client.name,
      company: state.details.client.company,
      topic: state.details.topic,
      bossId: state.details.bossId,
      bossName: bossName(settings, state.details.bossId),
      late: items.some((i) => i.late),
      contactAt: state.details.contact.at,
      strikes: state.strikes,
      strikeLimit: settings.strikeLimit,
      round: state.round,
      nextAskDue: ask?.dueAt ?? null,
      expectedChase: state.status === 'decided' ? null : schedule.chase,
      deadline: state.details.deadline,
    };
    rows[section].push({ row, sortKey: section === 'update' ? schedule.chase : items[0]!.due });
  }

  return TODAY_SECTION_ORDER.map((kind) => ({
    kind,
    title: SECTION_TITLES[kind],
    rows: rows[kind]
      .sort((a, b) => compareIso(a.sortKey, b.sortKey) || byName.compare(a.row.clientName, b.row.clientName))
      .map((r) => r.row),
  }));
}

/** How many things are due: the number on the dock or taskbar badge. Deadlines inform; they are not a to-do. A call is. */
export function dueCount(sections: readonly TodaySection[]): number {
  return sections.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.items.filter((i) => i.kind !== 'deadline').length, 0), 0);
}
