import { parseISO, startOfDay } from 'date-fns';
import { lastClientTouch, type RequestState } from '../domain/request-state';
import { bossName, type Settings } from '../domain/settings';
import { expectedChase } from './chase-prediction';
import type { ClientContext } from './client-updates';
import { dueItems, type DueKind } from './due-items';
import { addWorkingDays, calendarOf } from './work-calendar';

export type TodaySectionKind = 'acknowledge' | 'update' | 'ask' | 'reask' | 'answer' | 'client-step' | 'deadline';

/** The one thing a row's button does. */
export type TodayAction = 'draft-acknowledgement' | 'draft-update' | 'ask' | 'choose-park' | 'draft-answer' | 'draft-follow-up' | 'open';

export interface TodayRow {
  requestId: string;
  clientName: string;
  company: string;
  topic: string;
  bossId: string;
  bossName: string;
  action: TodayAction;
  /** Since when it has been due (ISO); for deadlines, the deadline day. */
  due: string;
  contactAt: string;
  strikes: number;
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

export const TODAY_TITLES: Record<TodaySectionKind, string> = {
  acknowledge: 'Acknowledgements due',
  update: 'Client updates due',
  ask: 'Asks due',
  reask: 'Back from parking',
  answer: 'Answers to send',
  'client-step': 'Client steps to chase',
  deadline: 'Client deadlines near',
};

const ORDER: TodaySectionKind[] = ['acknowledge', 'update', 'ask', 'reask', 'answer', 'client-step', 'deadline'];

/**
 * "What must I do now?": every open request's due items, grouped the way an assistant works
 * through them, each row with one action. Updates are ordered by the expected chase (the
 * client who would chase soonest first); everything else oldest first.
 */
export function todaySections(
  states: readonly RequestState[],
  settings: Settings,
  clientOf: (state: RequestState) => ClientContext,
  now: Date,
): TodaySection[] {
  const rows: Record<TodaySectionKind, { sortKey: string; row: TodayRow }[]> = {
    acknowledge: [],
    update: [],
    ask: [],
    reask: [],
    answer: [],
    'client-step': [],
    deadline: [],
  };
  const cal = calendarOf(settings);
  const deadlineHorizon = startOfDay(addWorkingDays(startOfDay(now), settings.deadlineWarningBusinessDays, cal));

  for (const state of states) {
    if (state.status === 'closed') continue;
    const client = clientOf(state);
    const chase = expectedChase(lastClientTouch(state), client.gapDays).toISOString();
    const row = (action: TodayAction, due: string): TodayRow => ({
      requestId: state.id,
      clientName: state.details.client.name,
      company: state.details.client.company,
      topic: state.details.topic,
      bossId: state.details.bossId,
      bossName: bossName(settings, state.details.bossId),
      action,
      due,
      contactAt: state.details.contact.at,
      strikes: state.strikes,
      round: state.round,
      expectedChase: state.status === 'decided' ? null : chase,
      deadline: state.details.deadline,
      clientOwes: state.clientStep?.what ?? null,
    });

    // The due items are the rules' own (due-items.ts); Today only groups and orders them.
    for (const item of dueItems(state, settings, client, now)) {
      const { section, action } = placement(item.kind, state);
      // Updates go to the client who would chase soonest; everything else oldest first.
      rows[section].push({ row: row(action, item.dueAt), sortKey: item.kind === 'update' ? chase : item.dueAt });
    }
    if (state.details.deadline) {
      const deadline = parseISO(state.details.deadline);
      if (deadline <= deadlineHorizon) {
        rows.deadline.push({ row: row('open', deadline.toISOString()), sortKey: deadline.toISOString() });
      }
    }
  }

  return ORDER.map((kind) => ({
    kind,
    title: TODAY_TITLES[kind],
    rows: rows[kind]
      .sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.row.clientName.localeCompare(b.row.clientName))
      .map((r) => r.row),
  }));
}

function placement(kind: DueKind, state: RequestState): { section: TodaySectionKind; action: TodayAction } {
  switch (kind) {
    case 'acknowledge':
      return { section: 'acknowledge', action: 'draft-acknowledgement' };
    case 'update':
      return { section: 'update', action: 'draft-update' };
    case 'ask':
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

/** How many things are due: the number on the dock or taskbar badge. Deadlines inform; they are not a to-do. */
export function dueCount(sections: readonly TodaySection[]): number {
  return sections.filter((s) => s.kind !== 'deadline').reduce((n, s) => n + s.rows.length, 0);
}
