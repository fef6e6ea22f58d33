import type { ParkOutcome, RequestEvent } from './events';
import type { RequestDetails, RequestId, RequestStatus } from './request';

export interface Ask {
  at: string;
  note: string;
  round: number;
  /** 1-based position of this ask within its round. */
  strike: number;
}

export interface Park {
  at: string;
  /** null until the assistant picks one of the three outcomes. */
  outcome: ParkOutcome | null;
  /** Start of the day the request comes back as a new round; null = until the boss raises it. */
  returnsOn: string | null;
}

/** One line of the request's history; `derived` marks what time did rather than the user. */
export interface TimelineEntry {
  at: string;
  kind: RequestEvent['type'] | 'returned';
  text: string;
  derived: boolean;
}

export interface RequestState {
  id: RequestId;
  details: RequestDetails;
  loggedAt: string;
  status: RequestStatus;
  round: number;
  roundStartedAt: string;
  /** Unanswered asks in the current round. */
  strikes: number;
  asks: Ask[];
  park: Park | null;
  decision: { at: string; text: string } | null;
  timeline: TimelineEntry[];
}

/**
 * Folds a request's events into its state as of `now`. Time is part of the fold because a
 * re-ask date brings a parked request back by itself: the new round starts on that day,
 * before any later event and before `now`.
 */
export function foldRequest(id: RequestId, events: readonly RequestEvent[], now: Date): RequestState {
  const [first, ...rest] = events;
  if (first?.type !== 'logged') {
    throw new Error(`Request ${id} has no "logged" event first`);
  }
  let state: RequestState = {
    id,
    details: first.request,
    loggedAt: first.at,
    status: 'waiting',
    round: 1,
    roundStartedAt: first.at,
    strikes: 0,
    asks: [],
    park: null,
    decision: null,
    timeline: [{ at: first.at, kind: 'logged', text: 'Request logged', derived: false }],
  };
  for (const event of rest) {
    state = applyEvent(passTime(state, new Date(event.at)), event);
  }
  return passTime(state, now);
}

function passTime(state: RequestState, until: Date): RequestState {
  const returnsOn = state.status === 'parked' ? state.park?.returnsOn : null;
  if (!returnsOn || new Date(returnsOn) > until) return state;
  return startNewRound(state, returnsOn, {
    at: returnsOn,
    kind: 'returned',
    text: `Back from parking: round ${state.round + 1} starts, strikes reset`,
    derived: true,
  });
}

function startNewRound(state: RequestState, at: string, entry: TimelineEntry): RequestState {
  return {
    ...state,
    status: 'waiting',
    round: state.round + 1,
    roundStartedAt: at,
    strikes: 0,
    park: null,
    timeline: [...state.timeline, entry],
  };
}

function applyEvent(state: RequestState, event: RequestEvent): RequestState {
  const entry = (text: string): TimelineEntry[] => [
    ...state.timeline,
    { at: event.at, kind: event.type, text, derived: false },
  ];
  switch (event.type) {
    case 'logged':
      return state;
    case 'asked': {
      const strike = state.strikes + 1;
      const note = event.note ? `: ${event.note}` : '';
      return {
        ...state,
        strikes: strike,
        asks: [...state.asks, { at: event.at, note: event.note, round: state.round, strike }],
        timeline: entry(`Asked the boss (round ${state.round}, strike ${strike})${note}`),
      };
    }
    case 'parked':
      return {
        ...state,
        status: 'parked',
        park: { at: event.at, outcome: null, returnsOn: null },
        timeline: entry(`Parked after ${event.strikeLimit} unanswered asks`),
      };
    case 'park-outcome-chosen':
      return {
        ...state,
        park: { at: state.park?.at ?? event.at, outcome: event.outcome, returnsOn: event.returnsOn },
        timeline: entry(parkOutcomeText(event.outcome)),
      };
    case 'unparked':
      return startNewRound(state, event.at, {
        at: event.at,
        kind: 'unparked',
        text: `Brought back: round ${state.round + 1} starts, strikes reset`,
        derived: false,
      });
    case 'decided':
      return {
        ...state,
        status: 'decided',
        park: null,
        decision: { at: event.at, text: event.decision },
        timeline: entry(`Decision recorded: ${event.decision}`),
      };
  }
}

function parkOutcomeText(outcome: ParkOutcome): string {
  switch (outcome) {
    case 'until-raised':
      return 'Parked until the boss raises it';
    case 'in-2-weeks':
      return 'Set to re-ask in 2 weeks';
    case 'in-1-month':
      return 'Set to re-ask in 1 month';
  }
}
