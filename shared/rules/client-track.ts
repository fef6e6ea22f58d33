import type { EmailOrigin } from '../email/email-prefill';
import { startOfDay } from 'date-fns';
import { DomainError } from '../domain/domain-error';
import type { ContactChannel } from '../domain/contact-channel';
import { isScripted, type Medium } from '../domain/draft-templates';
import type { ClientMessageKind, ContactNeeds, DraftEdit, RequestEvent, ResearchNote } from '../domain/events';
import type { RequestState } from '../domain/request-state';
import type { Settings } from '../domain/settings';
import { nextClientUpdateDue, nextUpdateIfSentNow, type ClientContext } from './client-updates';
import { acknowledgementDue } from './first-response';
import { addWorkingDays, calendarOf } from './work-calendar';
import { closingNoteOffered } from './closing-note';

/**
 * The client got in touch again. It counts as "the client chased us" when, at the moment
 * they reached us, an update (or the first acknowledgement) was already due and not sent.
 */
export function recordClientContact(
  state: RequestState,
  settings: Settings,
  client: ClientContext,
  input: { channel: ContactChannel; contactAt: Date; note: string; needs?: ContactNeeds; email?: EmailOrigin },
  now: Date,
): RequestEvent[] {
  if (input.contactAt > now) {
    throw new DomainError('That time is in the future. Enter when the client actually got in touch.', {
      contactAt: 'This is in the future.',
    });
  }
  if (state.status === 'closed') {
    throw new DomainError('This request is closed. Reopen it first if the client is asking about it again.');
  }
  const updateDue = nextClientUpdateDue(state, settings, client);
  const ack = acknowledgementDue(state, settings);
  const chased = (updateDue !== null && input.contactAt >= updateDue) || (ack !== null && input.contactAt > new Date(ack.latestBy));
  return [
    {
      type: 'client-contacted',
      at: now.toISOString(),
      channel: input.channel,
      contactAt: input.contactAt.toISOString(),
      note: input.note.trim(),
      chased,
      // A reply is what a message needs unless the assistant says otherwise; stored only when otherwise.
      ...(input.needs && input.needs !== 'reply' && { needs: input.needs }),
      ...(input.email && { messageId: input.email.messageId, from: input.email.from, subject: input.email.subject }),
    },
  ];
}

/**
 * Marking a draft sent records the touch; sending the answer closes the request. A follow-up
 * on what the client owes moves that step's chase date on by the ask spacing, so the row
 * leaves Today and comes back if they still have not done it.
 */
export function markClientMessageSent(
  state: RequestState,
  settings: Settings,
  kind: ClientMessageKind,
  subject: string,
  now: Date,
  /** `client`: the client's context, to record the next date the draft promised; left out, none is recorded. */
  how: { medium?: Medium; edit?: DraftEdit; body?: string; client?: ClientContext; messageId?: string; sentAt?: Date } = {},
): RequestEvent[] {
  if (kind === 'closing' && !closingNoteOffered(state)) {
    throw new DomainError(
      state.withdrawn
        ? 'The closing note has already gone to the client.'
        : 'A closing note is for a request the client no longer needs: withdraw it first.',
    );
  }
  if (kind !== 'closing' && state.status === 'closed') throw new DomainError('This request is closed; nothing more is owed to the client.');
  const medium = how.medium ?? 'email';
  if (medium !== 'email' && !isScripted(kind)) {
    throw new DomainError('Only an acknowledgement, a reply, an update or an answer can be given by phone or voicemail.');
  }
  if (kind === 'answer' && state.status !== 'decided') {
    throw new DomainError('Record the boss’s decision before sending the answer.');
  }
  if (kind === 'follow-up' && !state.clientStep) {
    throw new DomainError('There is nothing the client owes us to follow up on.');
  }
  if (kind === 'call-proposal' && !state.call) throw new DomainError('Propose a call time first.');
  // The date the draft named for our next word is kept with the message, so that a later contact
  // that moves the client's clock ("thanks, that's fine") cannot move it past what we promised.
  const waiting = state.status === 'waiting' || state.status === 'parked';
  // (The answer is sent only once decided, so it never promises a next update.)
  const promised =
    how.client && waiting ? nextUpdateIfSentNow(state, settings, how.client, how.sentAt ?? now, kind === 'update').day : null;
  // A call made or a voicemail left is the same touch as an email sent: it resets the client's clock.
  const sent: RequestEvent = {
    type: 'client-message-sent',
    at: now.toISOString(),
    kind,
    subject: subject.trim(),
    // What went out, for the history; a very long text is kept to its first 20,000 characters.
    ...(how.body?.trim() && { body: how.body.trim().slice(0, 20_000) }),
    ...(medium !== 'email' && { medium }),
    ...(how.edit && { edit: how.edit }),
    ...(promised && { promised: startOfDay(promised).toISOString() }),
    ...(how.messageId && { messageId: how.messageId }),
    ...(how.sentAt && how.sentAt < now && { sentAt: how.sentAt.toISOString() }),
  };
  if (kind !== 'follow-up' || !state.clientStep) return [sent];
  const chaseOn = startOfDay(addWorkingDays(now, settings.askSpacingBusinessDays, calendarOf(settings)));
  return [sent, { type: 'client-step-set', at: now.toISOString(), what: state.clientStep.what, chaseOn: chaseOn.toISOString() }];
}

/**
 * An email the mail server accepted is a fact, recorded whatever happened to the request while
 * it went: closed meanwhile (withdrawn in another window, say), it is still kept in the history
 * as sent, and nothing else follows from it; the caller tells the user the request was closed.
 */
export function recordSentEmail(
  state: RequestState,
  settings: Settings,
  kind: ClientMessageKind,
  subject: string,
  now: Date,
  how: { edit?: DraftEdit; body?: string; client?: ClientContext; messageId: string },
): RequestEvent[] {
  if (state.status !== 'closed') return markClientMessageSent(state, settings, kind, subject, now, how);
  return [
    {
      type: 'client-message-sent',
      at: now.toISOString(),
      kind,
      subject: subject.trim(),
      ...(how.body?.trim() && { body: how.body.trim().slice(0, 20_000) }),
      messageId: how.messageId,
    },
  ];
}

export function reopen(state: RequestState, now: Date): RequestEvent[] {
  if (state.status !== 'closed') throw new DomainError('Only a closed request can be reopened.');
  return [{ type: 'reopened', at: now.toISOString() }];
}

export function setClientStep(state: RequestState, what: string, chaseOn: Date, now: Date): RequestEvent[] {
  if (state.status === 'closed') throw new DomainError('This request is closed.');
  return [{ type: 'client-step-set', at: now.toISOString(), what: what.trim(), chaseOn: chaseOn.toISOString() }];
}

export function completeClientStep(state: RequestState, now: Date): RequestEvent[] {
  if (!state.clientStep) throw new DomainError('The client owes nothing on this request.');
  return [{ type: 'client-step-done', at: now.toISOString() }];
}

export function proposeCall(state: RequestState, startsAt: Date, minutes: number, now: Date): RequestEvent[] {
  if (state.status === 'closed') throw new DomainError('This request is closed.');
  if (startsAt <= now) {
    throw new DomainError('Pick a call time in the future.', { startsAt: 'Pick a time in the future.' });
  }
  return [{ type: 'call-proposed', at: now.toISOString(), startsAt: startsAt.toISOString(), minutes }];
}

/**
 * How the proposed call went, logged once it is over (or, if it did not happen, whenever that
 * is known). Held, it is a touch to the client; either way the call is no longer on Today.
 */
export function logCall(state: RequestState, held: boolean, note: string, now: Date): RequestEvent[] {
  if (state.status === 'closed') throw new DomainError('This request is closed.');
  if (!state.call) throw new DomainError('There is no call proposed on this request to log.');
  if (held && new Date(state.call.startsAt) > now) {
    throw new DomainError('The call has not started yet: log it once it has taken place, or say it did not happen.');
  }
  return [{ type: 'call-logged', at: now.toISOString(), held, note: note.trim() }];
}

/** `edit`: the note records a "just in case" question the app drafted, and how much it was changed. */
export function addNote(note: ResearchNote, now: Date, edit?: DraftEdit): RequestEvent[] {
  return [
    {
      type: 'note-added',
      at: now.toISOString(),
      note: {
        text: note.text.trim(),
        askedWhom: note.askedWhom.trim(),
        onBehalfOf: note.onBehalfOf.trim(),
        inCaseOnly: note.inCaseOnly,
      },
      ...(edit && { edit }),
    },
  ];
}
