import { differenceInHours } from 'date-fns';
import type { ContactChannel } from './contact-channel';
import type { Medium } from './draft-templates';
import type { ClientMessageKind, DraftEdit, ParkOutcome, RequestEvent, ResearchNote } from './events';
import type { RequestDetails, RequestId, RequestStatus } from './request';
import type { TimelineEntry } from './timeline';
import { storedTopic } from './topic';

export type { TimelineEntry } from './timeline';

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
  /** The email's own subject, byte for byte, when the contact was an email the app read. */
  subject?: string;
}

export interface OutboundMessage {
  at: string;
  kind: ClientMessageKind;
  subject: string;
  medium: Medium;
  /** Whether the app's draft was changed first; null when that was not recorded. */
  edit: DraftEdit | null;
  /** The day it told the client they would hear from us next (ISO); null when it promised none or was not recorded. */
  promised: string | null;
}

/** Something the client owes us, and the day we may follow up. */
export interface ClientStep {
  what: string;
  chaseOn: string;
  setAt: string;
}

export interface RequestState {
  id: RequestId;
  /** How many events the request has: the version a command must carry to change it. */
  version: number;
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
  /** Set while, and only while, the request is parked; the rules rely on it. */
  park: Park | null;
  decision: { at: string; text: string } | null;
  acknowledgedAt: string | null;
  /** Since when an acknowledgement has been owed: the first contact, a new question, or a reopening. */
  acknowledgementSince: string;
  /** A message from the client that no message of ours has answered yet (not counting the first contact). */
  replyOwed: InboundContact | null;
  /**
   * The client's latest message asking for news (one that needs a reply, after a day or more of
   * silence), and how long they had heard nothing: our next promise is no further off than that.
   */
  chase: { at: string; afterHours: number } | null;
  /**
   * The client's message the current question was raised in: the first contact, a new question
   * asked on the open request, or the first message logged after a reopening (null until then).
   * The acknowledgement and the updates cite it, not the email the request began with.
   */
  raisedIn: InboundContact | null;
  inbound: InboundContact[];
  outbound: OutboundMessage[];
  clientStep: ClientStep | null;
  call: { startsAt: string; minutes: number; proposedAt: string } | null;
  /** `edit` is set on a "just in case" question the app drafted. */
  notes: (ResearchNote & { at: string; edit: DraftEdit | null })[];
  /** Set while the request stands withdrawn (closed because the client no longer needs it). */
  withdrawn: { at: string; reason: string } | null;
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
  const firstContact: InboundContact = {
    at: contact.at,
    channel: contact.channel,
    note: '',
    chased: false,
    ...(first.subject !== undefined && { subject: first.subject }),
  };
  let state: RequestState = {
    id,
    version: events.length,
    details: withoutAddedQuotes(first.request),
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
    acknowledgementSince: contact.at,
    replyOwed: null,
    chase: null,
    raisedIn: firstContact,
    inbound: [firstContact],
    outbound: [],
    clientStep: null,
    call: null,
    notes: [],
    withdrawn: null,
    timeline: [{ at: first.at, kind: 'logged', derived: false }],
  };
  for (const event of rest) {
    state = applyEvent(passTime(state, event.at), event);
  }
  return passTime(state, now);
}

/** The most recent contact between the client and us, in either direction. */
export function lastClientTouch(state: RequestState): Date {
  const times = [...state.inbound.map((c) => c.at), ...state.outbound.map((m) => m.at)];
  return new Date(times.reduce((a, b) => (b > a ? b : a)));
}

/** `until`: an instant, as a Date or an ISO string (an event's own time, parsed only when it matters). */
function passTime(state: RequestState, until: Date | string): RequestState {
  const returnsOn = state.park?.returnsOn;
  if (!returnsOn || new Date(returnsOn) > new Date(until)) return state;
  return startNewRound(state, returnsOn, { at: returnsOn, kind: 'returned', round: state.round + 1, derived: true });
}

function startNewRound(
  state: RequestState,
  at: string,
  entry: TimelineEntry & { kind: 'returned' | 'unparked' | 'reopened' },
): RequestState {
  return {
    ...state,
    status: 'waiting',
    round: state.round + 1,
    roundStartedAt: at,
    roundStartedBy: entry.kind,
    strikes: 0,
    park: null,
    timeline: appended(state.timeline, entry),
  };
}

/**
 * The timeline with one more entry. Only foldRequest makes states, each from the one before,
 * which is then dropped: so the fold's one array grows in place, instead of being copied at
 * every event (at start-up that copying was a tenth of the time taken to fold every request).
 */
function appended(timeline: TimelineEntry[], entry: TimelineEntry): TimelineEntry[] {
  timeline.push(entry);
  return timeline;
}

function applyEvent(state: RequestState, event: RequestEvent): RequestState {
  const { at } = event;
  // Each fact is a literal made for this call: completed in place rather than copied.
  const entry = (fact: DistributiveOmit<TimelineEntry, 'at' | 'derived'>): TimelineEntry[] =>
    appended(state.timeline, Object.assign<typeof fact, Pick<TimelineEntry, 'at' | 'derived'>>(fact, { at, derived: false }));
  switch (event.type) {
    case 'logged':
      return state;
    case 'asked': {
      const strike = state.strikes + 1;
      return {
        ...state,
        strikes: strike,
        asks: [...state.asks, { at, note: event.note, round: state.round, strike }],
        timeline: entry({ kind: 'asked', round: state.round, strike, note: event.note }),
      };
    }
    case 'ask-undone': {
      const undone = state.asks.at(-1);
      if (!undone) return state;
      return {
        ...state,
        status: state.status === 'parked' ? 'waiting' : state.status,
        park: null,
        strikes: Math.max(0, state.strikes - 1),
        asks: state.asks.slice(0, -1),
        timeline: entry({ kind: 'ask-undone', round: undone.round, strike: undone.strike }),
      };
    }
    case 'parked':
      return {
        ...state,
        status: 'parked',
        park: { at, outcome: null, returnsOn: null },
        timeline: entry({ kind: 'parked', strikeLimit: event.strikeLimit }),
      };
    case 'park-outcome-chosen':
      // Only a park takes an outcome (the rule refuses any other); one found elsewhere, in a file
      // put together by hand, is left out rather than let a request that waits look parked.
      if (!state.park) return state;
      return {
        ...state,
        park: { at: state.park.at, outcome: event.outcome, returnsOn: event.returnsOn },
        timeline: entry({ kind: 'park-outcome-chosen', outcome: event.outcome, returnsOn: event.returnsOn }),
      };
    case 'unparked':
      return startNewRound(state, at, { at, kind: 'unparked', round: state.round + 1, derived: false });
    case 'decided':
      return {
        ...state,
        status: 'decided',
        park: null,
        decision: { at, text: event.decision },
        timeline: entry({ kind: 'decided', decision: event.decision }),
      };
    case 'client-contacted': {
      const contact = {
        at: event.contactAt,
        channel: event.channel,
        note: event.note,
        chased: event.chased,
        ...(event.subject !== undefined && { subject: event.subject }),
      };
      const needs = event.needs ?? 'reply';
      // A message within a day of the last word either way is an answer, not a chase: it shows no wait.
      const silentHours = differenceInHours(new Date(event.contactAt), lastClientTouch(state));
      const base = {
        ...state,
        ...(needs === 'reply' && silentHours >= 24 && { chase: { at: event.contactAt, afterHours: silentHours } }),
        inbound: [...state.inbound, contact],
        timeline: entry({
          kind: 'client-contacted',
          channel: event.channel,
          chased: event.chased,
          note: event.note,
          contactAt: event.contactAt,
        }),
      };
      if (needs === 'acknowledgement' && state.acknowledgedAt)
        return { ...base, raisedIn: contact, acknowledgedAt: null, acknowledgementSince: event.contactAt };
      // Reopened: the first message logged after it is the new question the acknowledgement answers.
      if (state.raisedIn === null && needs !== 'none') return { ...base, raisedIn: contact };
      // Unanswered messages are answered together: the reply is owed since the first of them.
      if (needs === 'reply' && state.acknowledgedAt) return { ...base, replyOwed: state.replyOwed ?? contact };
      return base;
    }
    case 'client-message-sent': {
      const medium = event.medium ?? 'email';
      // Found in the Sent folder later: the client's clock counts from when it really went out.
      const when = event.sentAt ?? at;
      const sent = {
        at: when,
        kind: event.kind,
        subject: event.subject,
        medium,
        edit: event.edit ?? null,
        promised: event.promised ?? null,
      };
      const closes = event.kind === 'answer';
      const base = {
        ...state,
        outbound: [...state.outbound, sent],
        timeline: entry({
          kind: 'client-message-sent',
          message: event.kind,
          medium,
          subject: event.subject,
          body: event.body ?? '',
          closed: closes,
        }),
      };
      // Any message reaching the client answers what they were owed: an acknowledgement, a reply.
      const answered = { ...base, acknowledgedAt: state.acknowledgedAt ?? when, replyOwed: null };
      if (closes) return { ...answered, status: 'closed', park: null };
      return answered;
    }
    case 'reopened':
      // The client is asking again: they are owed an acknowledgement, as a new request is.
      return startNewRound(
        { ...state, decision: null, withdrawn: null, acknowledgedAt: null, acknowledgementSince: at, replyOwed: null, raisedIn: null },
        at,
        {
          at,
          kind: 'reopened',
          round: state.round + 1,
          derived: false,
        },
      );
    case 'client-step-set':
      return {
        ...state,
        clientStep: { what: event.what, chaseOn: event.chaseOn, setAt: at },
        timeline: entry({ kind: 'client-step-set', what: event.what, repeat: state.clientStep?.what === event.what }),
      };
    case 'client-step-done':
      return {
        ...state,
        clientStep: null,
        timeline: entry({ kind: 'client-step-done', what: state.clientStep?.what ?? null }),
      };
    case 'call-proposed':
      return {
        ...state,
        call: { startsAt: event.startsAt, minutes: event.minutes, proposedAt: at },
        timeline: entry({ kind: 'call-proposed', minutes: event.minutes, startsAt: event.startsAt }),
      };
    case 'call-logged': {
      const call = state.call;
      const base = {
        ...state,
        call: null,
        timeline: entry({ kind: 'call-logged', held: event.held, note: event.note, startsAt: call?.startsAt ?? null }),
      };
      if (!event.held) return base;
      // A call held is a touch, as a call made is: the client's clock counts from when it began.
      const when = call && call.startsAt < at ? call.startsAt : at;
      const spoke = { at: when, kind: 'update', subject: 'Call', medium: 'call', edit: null, promised: null } as const;
      return { ...base, outbound: [...state.outbound, spoke], acknowledgedAt: state.acknowledgedAt ?? when, replyOwed: null };
    }
    case 'note-added':
      return {
        ...state,
        notes: [...state.notes, { ...event.note, at, edit: event.edit ?? null }],
        timeline: entry({ kind: 'note-added', inCaseOnly: event.note.inCaseOnly, askedWhom: event.note.askedWhom }),
      };
    case 'corrected': {
      // The first contact is the one the request was logged with: a corrected time or channel moves it.
      const [original, ...later] = state.inbound;
      const { contact } = event.details;
      const moved = { ...original!, at: contact.at, channel: contact.channel };
      return {
        ...state,
        details: withoutAddedQuotes(event.details),
        acknowledgementSince: state.acknowledgementSince === original!.at ? contact.at : state.acknowledgementSince,
        raisedIn: state.raisedIn === original ? moved : state.raisedIn,
        inbound: [moved, ...later],
        timeline: entry({ kind: 'corrected', changes: event.changes }),
      };
    }
    case 'withdrawn':
      return {
        ...state,
        status: 'closed',
        park: null,
        withdrawn: { at, reason: event.reason },
        timeline: entry({ kind: 'withdrawn', reason: event.reason }),
      };
    case 'deadline-agreed':
      return {
        ...state,
        details: { ...state.details, deadline: event.deadline },
        timeline: entry({ kind: 'deadline-agreed', from: state.details.deadline, to: event.deadline, note: event.note }),
      };
  }
}

/** Omit over each member of a union, keeping it a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Earlier versions stored an email’s capitalised subject as a topic in quotation marks: it is read without them. */
function withoutAddedQuotes(details: RequestDetails): RequestDetails {
  const topic = storedTopic(details.topic);
  return topic === details.topic ? details : { ...details, topic };
}
