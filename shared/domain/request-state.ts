import { CONTACT_CHANNEL_LABELS, type ContactChannel } from './contact-channel';
import { CLIENT_MESSAGE_LABELS, type ClientMessageKind, type ParkOutcome, type RequestEvent, type ResearchNote } from './events';
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

/** A time the client reached us: the original contact first, then every later one. */
export interface InboundContact {
  at: string;
  channel: ContactChannel;
  note: string;
  chased: boolean;
}

export interface OutboundMessage {
  at: string;
  kind: ClientMessageKind;
  subject: string;
}

/** Something the client owes us, and the day we may follow up. */
export interface ClientStep {
  what: string;
  chaseOn: string;
  setAt: string;
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
  /** What started the current round: a re-ask date coming round shows on Today as a return. */
  roundStartedBy: 'logged' | 'returned' | 'unparked' | 'reopened';
  /** Unanswered asks in the current round. */
  strikes: number;
  asks: Ask[];
  park: Park | null;
  decision: { at: string; text: string } | null;
  acknowledgedAt: string | null;
  inbound: InboundContact[];
  outbound: OutboundMessage[];
  clientStep: ClientStep | null;
  call: { startsAt: string; minutes: number; proposedAt: string } | null;
  notes: (ResearchNote & { at: string })[];
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
  const { contact } = first.request;
  let state: RequestState = {
    id,
    details: first.request,
    loggedAt: first.at,
    status: 'waiting',
    round: 1,
    roundStartedAt: first.at,
    roundStartedBy: 'logged',
    strikes: 0,
    asks: [],
    park: null,
    decision: null,
    acknowledgedAt: null,
    inbound: [{ at: contact.at, channel: contact.channel, note: '', chased: false }],
    outbound: [],
    clientStep: null,
    call: null,
    notes: [],
    timeline: [{ at: first.at, kind: 'logged', text: 'Request logged', derived: false }],
  };
  for (const event of rest) {
    state = applyEvent(passTime(state, new Date(event.at)), event);
  }
  return passTime(state, now);
}

/** The most recent contact between the client and us, in either direction. */
export function lastClientTouch(state: RequestState): Date {
  const times = [...state.inbound.map((c) => c.at), ...state.outbound.map((m) => m.at)];
  return new Date(times.reduce((a, b) => (b > a ? b : a)));
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
    roundStartedBy: entry.kind === 'returned' || entry.kind === 'unparked' || entry.kind === 'reopened' ? entry.kind : 'logged',
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
    case 'ask-undone': {
      const undone = state.asks.at(-1);
      if (!undone) return state;
      return {
        ...state,
        status: state.status === 'parked' ? 'waiting' : state.status,
        park: state.status === 'parked' ? null : state.park,
        strikes: Math.max(0, state.strikes - 1),
        asks: state.asks.slice(0, -1),
        timeline: entry(`Ask undone (round ${undone.round}, strike ${undone.strike})`),
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
        timeline: entry(PARK_OUTCOME_TEXT[event.outcome]),
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
    case 'client-contacted': {
      const note = event.note ? `: ${event.note}` : '';
      return {
        ...state,
        inbound: [...state.inbound, { at: event.contactAt, channel: event.channel, note: event.note, chased: event.chased }],
        timeline: entry(
          `The client got in touch (${CONTACT_CHANNEL_LABELS[event.channel].toLowerCase()})${event.chased ? ', chasing us' : ''}${note}`,
        ),
      };
    }
    case 'client-message-sent': {
      const sent = { at: event.at, kind: event.kind, subject: event.subject };
      const base = { ...state, outbound: [...state.outbound, sent] };
      const text = `${CLIENT_MESSAGE_LABELS[event.kind]} sent: “${event.subject}”`;
      switch (event.kind) {
        case 'acknowledgement':
          return { ...base, acknowledgedAt: state.acknowledgedAt ?? event.at, timeline: entry(text) };
        case 'answer':
          return { ...base, status: 'closed', park: null, timeline: entry(`${text}; request closed`) };
        default:
          return { ...base, timeline: entry(text) };
      }
    }
    case 'reopened':
      return {
        ...startNewRound({ ...state, decision: null }, event.at, {
          at: event.at,
          kind: 'reopened',
          text: `Reopened: round ${state.round + 1} starts, waiting on the boss again`,
          derived: false,
        }),
      };
    case 'client-step-set':
      return {
        ...state,
        clientStep: { what: event.what, chaseOn: event.chaseOn, setAt: event.at },
        timeline: entry(
          state.clientStep?.what === event.what
            ? `Followed up; will follow up again if nothing comes (${event.what})`
            : `The client is to ${event.what}`,
        ),
      };
    case 'client-step-done':
      return {
        ...state,
        clientStep: null,
        timeline: entry(state.clientStep ? `The client did it: ${state.clientStep.what}` : 'Client step done'),
      };
    case 'call-proposed':
      return {
        ...state,
        call: { startsAt: event.startsAt, minutes: event.minutes, proposedAt: event.at },
        timeline: entry(`Call proposed (${event.minutes} minutes)`),
      };
    case 'note-added': {
      const flag = event.note.inCaseOnly ? ' (asked only in case, not decided)' : '';
      return {
        ...state,
        notes: [...state.notes, { ...event.note, at: event.at }],
        timeline: entry(`Note added${flag}`),
      };
    }
  }
}

const PARK_OUTCOME_TEXT: Record<ParkOutcome, string> = {
  'until-raised': 'Parked until the boss raises it',
  'in-2-weeks': 'Set to re-ask in 2 weeks',
  'in-1-month': 'Set to re-ask in 1 month',
};
