import { addDays, startOfDay } from 'date-fns';
import type { ClientMessageKind } from '../domain/events';
import type { RequestState } from '../domain/request-state';
import type { Settings } from '../domain/settings';
import { deadlineDay, deadlinePassed } from './deadline';
import type { PendingKind } from './pending';
import { dueIn, type Schedule } from './schedule';
import { addWorkingDays, calendarOf } from './work-calendar';

/** What is due on a request now, as Today and the request page both show it. */
export type DueKind = PendingKind | 'deadline' | 'call' | 'call-log';

/** The one thing an item's button does. */
export type DueAction =
  | 'draft-acknowledgement'
  | 'draft-reply'
  | 'draft-update'
  | 'ask'
  | 'choose-park'
  | 'draft-answer'
  | 'draft-follow-up'
  | 'agree-deadline'
  | 'log-call'
  | 'open';

export interface DueFact {
  kind: DueKind;
  action: DueAction;
  /** Past its limit: an acknowledgement or reply past the first-response limit, an update past its day, a deadline gone by. */
  late: boolean;
  /** Since when it has been due (ISO); for a deadline, the deadline day; for a call, when it starts. */
  due: string;
  /** The limit, when the item has one. */
  lateAfter: string | null;
  /** For an ask, the strike it would be; for a re-ask, 1. */
  strike: number | null;
  round: number;
  clientOwes: string | null;
}

export const DUE_ACTIONS: Record<DueKind, DueAction> = {
  acknowledge: 'draft-acknowledgement',
  reply: 'draft-reply',
  update: 'draft-update',
  answer: 'draft-answer',
  ask: 'ask',
  reask: 'ask',
  'choose-park': 'choose-park',
  'client-step': 'draft-follow-up',
  deadline: 'open',
  call: 'open',
  'call-log': 'log-call',
};

/** The message a draft action writes: Today's button opens the request with it drafted. */
export const DRAFT_FOR: Partial<Record<DueAction, ClientMessageKind>> = {
  'draft-acknowledgement': 'acknowledgement',
  'draft-reply': 'reply',
  'draft-update': 'update',
  'draft-answer': 'answer',
  'draft-follow-up': 'follow-up',
};

/**
 * Most urgent first: what the client is owed (first response, the answer, an update) before
 * what the boss is asked, then the client's own step, then what only informs. A late item goes
 * before any that is not.
 */
const URGENCY: DueKind[] = [
  'acknowledge',
  'reply',
  'answer',
  'update',
  'ask',
  'reask',
  'choose-park',
  'client-step',
  'call-log',
  'call',
  'deadline',
];

/**
 * What a deadline's button does. Near, it opens the request (the update before it says what the
 * client needs to hear). Gone by, the client is told first (the update says so and offers more
 * time); once they have heard since, the next step is the new date they agree.
 */
function deadlineAction(state: RequestState, passed: boolean): DueAction {
  const day = deadlineDay(state);
  if (!passed || !day) return 'open';
  const dayAfter = addDays(day, 1).getTime();
  return state.outbound.some((m) => Date.parse(m.at) >= dayAfter) ? 'agree-deadline' : 'draft-update';
}

/** The deadline is near (within the deadline warning) or has gone by: shown until the request is closed. */
export function deadlineHorizon(settings: Settings, now: Date): number {
  return startOfDay(addWorkingDays(startOfDay(now), settings.deadlineWarningBusinessDays, calendarOf(settings))).getTime();
}

/**
 * Everything due on a request at `now`, most urgent first: its pending items that have come due,
 * a client deadline coming near or gone by, and a call proposed for today. Today's row for the
 * request and the request page's badges are both this list, so they cannot disagree.
 * `horizonMs`: deadlineHorizon(settings, now), passed in when working out many requests at once.
 */
export function dueFacts(state: RequestState, schedule: Schedule, now: Date, horizonMs: number): DueFact[] {
  if (state.status === 'closed') return [];
  const facts: DueFact[] = dueIn(schedule, now).map((item) => {
    // A round that a re-ask date started, not yet asked: "Back from parking".
    const kind: DueKind = item.kind === 'ask' && state.roundStartedBy === 'returned' && state.strikes === 0 ? 'reask' : item.kind;
    return {
      kind,
      action: DUE_ACTIONS[kind],
      late: item.late,
      due: item.dueAt,
      lateAfter: item.lateAfter,
      strike: item.strike,
      round: item.round,
      clientOwes: item.clientOwes,
    };
  });
  if (schedule.deadlineMs !== null && schedule.deadlineMs <= horizonMs) {
    const passed = deadlinePassed(state, now, schedule.zone);
    const fact = { kind: 'deadline', lateAfter: null, strike: null, round: state.round, clientOwes: null } as const;
    facts.push({ ...fact, action: deadlineAction(state, passed), late: passed, due: new Date(schedule.deadlineMs).toISOString() });
  }
  // A call today is a fact to see until it is over; then how it went is to be logged, on whatever day that is.
  const call = callFact(schedule, now);
  if (call) facts.push({ ...call, lateAfter: null, strike: null, round: state.round, clientOwes: null });
  return facts.sort((a, b) => Number(b.late) - Number(a.late) || URGENCY.indexOf(a.kind) - URGENCY.indexOf(b.kind));
}

function callFact(schedule: Schedule, now: Date): Pick<DueFact, 'kind' | 'action' | 'late' | 'due'> | null {
  if (schedule.callMs === null || schedule.callEndMs === null) return null;
  if (now.getTime() >= schedule.callEndMs) {
    return { kind: 'call-log', action: 'log-call', late: false, due: new Date(schedule.callEndMs).toISOString() };
  }
  if (schedule.callDayMs !== startOfDay(now).getTime()) return null;
  return { kind: 'call', action: 'open', late: false, due: new Date(schedule.callMs).toISOString() };
}
