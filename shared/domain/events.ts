import type { ContactChannel } from './contact-channel';
import type { Medium } from './draft-templates';
import type { RequestDetails } from './request';

/**
 * What happened to a request, appended and never rewritten. A request's state is
 * what these add up to (see request-state.ts). `at` is the ISO 8601 instant it was recorded.
 */
export type RequestEvent =
  /**
   * `messageId`, `from` and `subject`: the email the request was made from, when it was (its
   * first contact): the mailbox never offers it again, and a reply threads under it.
   */
  | { type: 'logged'; at: string; request: RequestDetails; messageId?: string; from?: string; subject?: string }
  /** `messageId`: the ask was emailed from the app; the boss's reply to it is found by it. */
  | { type: 'asked'; at: string; note: string; messageId?: string }
  /** An ask recorded by mistake; it takes back the last ask (and the park it caused). */
  | { type: 'ask-undone'; at: string }
  | { type: 'parked'; at: string; strikeLimit: number }
  | { type: 'park-outcome-chosen'; at: string; outcome: ParkOutcome; returnsOn: string | null }
  | { type: 'unparked'; at: string }
  | { type: 'decided'; at: string; decision: string }
  /**
   * The client got in touch again; `chased` is true when an update was already due and unsent.
   * `needs`: what the message asks of us (a reply when absent, as in files before it existed).
   */
  | {
      type: 'client-contacted';
      at: string;
      channel: ContactChannel;
      contactAt: string;
      note: string;
      chased: boolean;
      needs?: ContactNeeds;
      /** The Message-ID of the email it was logged from, when the mailbox found it: it is offered only once. */
      messageId?: string;
      /** That email's sender (lower case) and subject as written: a reply's subject is "Re: " and theirs. */
      from?: string;
      subject?: string;
    }
  /**
   * A message reached the client: an email marked sent, a call made or a voicemail left
   * (`medium`, email when absent, as in files before it existed). `edit` says whether the
   * app's draft was changed first; absent when the app had not drafted it this session.
   */
  | {
      type: 'client-message-sent';
      at: string;
      kind: ClientMessageKind;
      subject: string;
      /** The text that went out, as sent (absent in files from before it was kept). */
      body?: string;
      medium?: Medium;
      edit?: DraftEdit;
      /**
       * The start of the day the app's draft named for our next word ("I will be in touch again
       * by ..."), while the request waits; absent for the answer and in files from before it was kept.
       */
      promised?: string;
      /** The Message-ID it went out with, when the app sent it through the mailbox: a reply to it can be recognised. */
      messageId?: string;
      /** When it really went out, when that was before it was recorded: found in the mailbox's Sent folder. */
      sentAt?: string;
    }
  | { type: 'reopened'; at: string }
  | { type: 'client-step-set'; at: string; what: string; chaseOn: string }
  | { type: 'client-step-done'; at: string }
  | { type: 'call-proposed'; at: string; startsAt: string; minutes: number }
  /**
   * How the proposed call went: `held`, it took place (a touch to the client, as a call made);
   * otherwise it did not happen. `note`: what was said or what happened, as the assistant wrote it.
   */
  | { type: 'call-logged'; at: string; held: boolean; note: string }
  /** `edit` is there when the note records a "just in case" question the app drafted. */
  | { type: 'note-added'; at: string; note: ResearchNote; edit?: DraftEdit }
  /** What was logged, corrected: `details` is the request as it now stands, `changes` what moved. */
  | { type: 'corrected'; at: string; details: RequestDetails; changes: DetailChange[] }
  /** The client no longer needs it: closed, with the reason. Reopening brings it back. */
  | { type: 'withdrawn'; at: string; reason: string }
  /**
   * The client agreed a new date for what they need (their deadline passed, or will): `deadline`
   * is the new day (yyyy-MM-dd), `note` what was agreed and how, as the assistant wrote it.
   */
  | { type: 'deadline-agreed'; at: string; deadline: string; note: string };

/** The fields of a request that can be corrected, by their path in RequestDetails. */
export const CORRECTABLE_FIELDS = [
  'client.name',
  'client.company',
  'client.email',
  'client.phone',
  'contact.channel',
  'contact.at',
  'topic',
  'details',
  'bossId',
  'deadline',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/**
 * One corrected field, old and new. Values are as stored (an ISO instant for the contact time,
 * '' for no deadline), except the boss, which is kept by name as it read at the time.
 */
export interface DetailChange {
  field: CorrectableField;
  from: string;
  to: string;
}

export type RequestEventType = RequestEvent['type'];

/**
 * Whether the assistant changed the app's draft before using it, and by how many words. Never
 * the text itself: this is for the figure in Settings and stays on the user's machine.
 */
export interface DraftEdit {
  edited: boolean;
  wordsChanged: number;
}

/** 'before-deadline': back the working day before the client's deadline, offered when another outcome would be too late. */
export const PARK_OUTCOMES = ['until-raised', 'in-2-weeks', 'in-1-month', 'before-deadline'] as const;
export type ParkOutcome = (typeof PARK_OUTCOMES)[number];

/**
 * What a message from the client asks of us: a reply (a chase, their answer to our update), an
 * acknowledgement (a new question on an open request), or nothing ("thanks, that's fine").
 */
export const CONTACT_NEEDS = ['reply', 'acknowledgement', 'none'] as const;
export type ContactNeeds = (typeof CONTACT_NEEDS)[number];

/** Messages to the client; each one sent is a touch that resets the client's clock. */
/** `closing`: the note to a client who no longer needs the request (it was withdrawn). */
export const CLIENT_MESSAGE_KINDS = ['acknowledgement', 'reply', 'update', 'answer', 'follow-up', 'call-proposal', 'closing'] as const;
export type ClientMessageKind = (typeof CLIENT_MESSAGE_KINDS)[number];

export const CLIENT_MESSAGE_LABELS: Record<ClientMessageKind, string> = {
  acknowledgement: 'Acknowledgement',
  reply: 'Reply',
  update: 'Status update',
  answer: 'Answer',
  'follow-up': 'Follow-up',
  'call-proposal': 'Call proposal',
  closing: 'Closing note',
};

/**
 * Research done just in case: whom the assistant asked, on whose behalf. `inCaseOnly` marks
 * it "asked only in case, not decided" so nobody mistakes it for the boss's answer.
 */
export interface ResearchNote {
  text: string;
  askedWhom: string;
  onBehalfOf: string;
  inCaseOnly: boolean;
}
