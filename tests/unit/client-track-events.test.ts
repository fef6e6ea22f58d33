import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain/domain-error';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest, type RequestState } from '../../shared/domain/request-state';
import {
  addNote,
  completeClientStep,
  markClientMessageSent,
  proposeCall,
  recordClientContact,
  setClientStep,
} from '../../shared/rules/client-track';
import { logged, settings } from '../support/fixtures';

// What each client-side command writes to the request's history, field by field. The history is
// the record the app keeps: a field left out, or one stored that should not be, changes what
// the assistant sees later (the timeline, the dates promised, the chases counted).
// Every date here is worked out by hand; November is GMT in London, so local time is UTC.

const config = settings();
const d = (iso: string) => new Date(iso);
const weekly = { gapDays: 7 };

// Logged on Monday 2 November, from an email the client sent at 08:30.
const LOGGED = logged('2026-11-02T09:00:00.000Z');
const ACK_SENT: RequestEvent = {
  type: 'client-message-sent',
  at: '2026-11-02T10:00:00.000Z',
  kind: 'acknowledgement',
  subject: 'Your request',
};
const ASK = (at: string): RequestEvent => ({ type: 'asked', at, note: '' });
const DECIDED: RequestEvent = { type: 'decided', at: '2026-11-04T11:00:00.000Z', decision: 'Yes, go ahead.' };

const stateOf = (events: RequestEvent[], at = '2026-11-05T12:00:00.000Z'): RequestState => foldRequest('r1', events, d(at));

function refusal(run: () => unknown): { message: string; fields: Record<string, string> | undefined } {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return { message: (e as DomainError).message, fields: (e as DomainError).fieldErrors };
  }
  throw new Error('expected a refusal');
}

describe('a client contact: whether it counts as a chase', () => {
  const contact = (state: RequestState, contactAt: string) =>
    recordClientContact(
      state,
      config,
      weekly,
      { channel: 'email', contactAt: d(contactAt), note: 'Any news?' },
      d('2026-11-09T12:00:00.000Z'),
    )[0] as Extract<RequestEvent, { type: 'client-contacted' }>;

  it('counts from the moment the acknowledgement limit has passed, not at it', () => {
    // Not yet acknowledged: the limit is 24 hours after their email, Tuesday 3 November 08:30.
    const unacknowledged = stateOf([LOGGED], '2026-11-03T12:00:00.000Z');
    expect(contact(unacknowledged, '2026-11-03T08:30:00.000Z').chased).toBe(false);
    expect(contact(unacknowledged, '2026-11-03T08:31:00.000Z').chased).toBe(true);
  });

  it('counts from the start of the day the update fell due', () => {
    // Acknowledged Monday 10:00; a weekly client would chase Monday 9th, so the update is due
    // the working day before: Friday 6 November, from midnight.
    const acknowledged = stateOf([LOGGED, ACK_SENT]);
    expect(contact(acknowledged, '2026-11-05T23:59:00.000Z').chased).toBe(false);
    expect(contact(acknowledged, '2026-11-06T00:00:00.000Z').chased).toBe(true);
  });

  it('never counts once the boss has decided: the client is owed the answer, not an update', () => {
    const decided = stateOf([LOGGED, ACK_SENT, ASK('2026-11-02T11:00:00.000Z'), DECIDED]);
    expect(contact(decided, '2026-11-09T09:00:00.000Z').chased).toBe(false);
  });

  it('is refused for a time in the future, next to the field', () => {
    const state = stateOf([LOGGED]);
    const now = d('2026-11-05T12:00:00.000Z');
    expect(
      refusal(() =>
        recordClientContact(state, config, weekly, { channel: 'phone', contactAt: d('2026-11-05T12:01:00.000Z'), note: '' }, now),
      ),
    ).toEqual({
      message: 'That time is in the future. Enter when the client actually got in touch.',
      fields: { contactAt: 'This is in the future.' },
    });
  });
});

describe('a client contact: what is recorded', () => {
  const state = stateOf([LOGGED, ACK_SENT]);
  const now = d('2026-11-05T12:00:00.000Z');

  it('keeps the note trimmed, and stores nothing for "needs" when it needs the usual reply', () => {
    const input = {
      channel: 'phone' as const,
      contactAt: d('2026-11-05T11:15:00.000Z'),
      note: '  Asked about timing.  ',
      needs: 'reply' as const,
    };
    expect(recordClientContact(state, config, weekly, input, now)).toEqual([
      {
        type: 'client-contacted',
        at: '2026-11-05T12:00:00.000Z',
        channel: 'phone',
        contactAt: '2026-11-05T11:15:00.000Z',
        note: 'Asked about timing.',
        chased: false,
      },
    ]);
  });

  it('stores what a message needs when it is not a reply, and the email’s Message-ID, sender and subject', () => {
    const input = {
      channel: 'email' as const,
      contactAt: d('2026-11-05T11:15:00.000Z'),
      note: 'Thanks!',
      needs: 'none' as const,
      email: { messageId: '<thanks@acme.example>', from: 'jane@acme.example', subject: 'RE: Tickets' },
    };
    expect(recordClientContact(state, config, weekly, input, now)).toEqual([
      {
        type: 'client-contacted',
        at: '2026-11-05T12:00:00.000Z',
        channel: 'email',
        contactAt: '2026-11-05T11:15:00.000Z',
        note: 'Thanks!',
        chased: false,
        needs: 'none',
        messageId: '<thanks@acme.example>',
        from: 'jane@acme.example',
        subject: 'RE: Tickets',
      },
    ]);
  });
});

describe('a message marked sent: what is recorded', () => {
  const waiting = stateOf([LOGGED, ACK_SENT]);
  // Thursday 5 November, noon.
  const now = d('2026-11-05T12:00:00.000Z');

  it('an update by email: the subject and text trimmed, and the date it promised', () => {
    // Sent Thursday 5th: the client would chase Thursday 12th. This update and the next both say nothing new, so the next comes that day, not inside their week.
    expect(
      markClientMessageSent(waiting, config, 'update', '  Your request  ', now, { body: '  Still with the boss.  ', client: weekly }),
    ).toEqual([
      {
        type: 'client-message-sent',
        at: '2026-11-05T12:00:00.000Z',
        kind: 'update',
        subject: 'Your request',
        body: 'Still with the boss.',
        promised: '2026-11-12T00:00:00.000Z',
      },
    ]);
  });

  it('keeps no text when only spaces were sent, and no promise without the client’s context', () => {
    expect(markClientMessageSent(waiting, config, 'update', 'Your request', now, { body: '   ' })).toEqual([
      { type: 'client-message-sent', at: '2026-11-05T12:00:00.000Z', kind: 'update', subject: 'Your request' },
    ]);
  });

  it('keeps the first 20,000 characters of a very long text', () => {
    const [event] = markClientMessageSent(waiting, config, 'update', 'Your request', now, { body: 'x'.repeat(20_050) });
    expect((event as { body: string }).body).toHaveLength(20_000);
  });

  it('a voicemail: the medium, the edit, the Message-ID and an earlier send time are kept', () => {
    const how = {
      medium: 'voicemail' as const,
      edit: { edited: true, wordsChanged: 3 },
      messageId: '<m1@follow-through>',
      sentAt: d('2026-11-05T11:45:00.000Z'),
      client: weekly,
    };
    expect(markClientMessageSent(waiting, config, 'update', 'Call', now, how)).toEqual([
      {
        type: 'client-message-sent',
        at: '2026-11-05T12:00:00.000Z',
        kind: 'update',
        subject: 'Call',
        medium: 'voicemail',
        edit: { edited: true, wordsChanged: 3 },
        promised: '2026-11-12T00:00:00.000Z',
        messageId: '<m1@follow-through>',
        sentAt: '2026-11-05T11:45:00.000Z',
      },
    ]);
  });

  it('the fourth update promises a fortnight; a reply sent then, a week', () => {
    const update = (at: string): RequestEvent => ({ type: 'client-message-sent', at, kind: 'update', subject: 'News' });
    const three = stateOf([
      LOGGED,
      ACK_SENT,
      update('2026-11-03T10:00:00.000Z'),
      update('2026-11-04T10:00:00.000Z'),
      update('2026-11-05T10:00:00.000Z'),
    ]);
    // A client who rarely chases (gap 30): from Thursday 5th, 14 days is Thursday 19th, 7 days Thursday 12th.
    const [fourth] = markClientMessageSent(three, config, 'update', 'News', now, { client: { gapDays: 30 } });
    expect(fourth).toHaveProperty('promised', '2026-11-19T00:00:00.000Z');
    const [reply] = markClientMessageSent(three, config, 'reply', 'Re: news', now, { client: { gapDays: 30 } });
    expect(reply).toHaveProperty('promised', '2026-11-12T00:00:00.000Z');
  });

  it('keeps no separate send time when it is the moment of marking, or later', () => {
    for (const sentAt of ['2026-11-05T12:00:00.000Z', '2026-11-05T12:05:00.000Z']) {
      const [event] = markClientMessageSent(waiting, config, 'update', 'Your request', now, { sentAt: d(sentAt) });
      expect(event).not.toHaveProperty('sentAt');
    }
  });

  it('a parked request is still waiting for the client: the update promises a date', () => {
    const parked = stateOf([
      LOGGED,
      ACK_SENT,
      ASK('2026-11-02T11:00:00.000Z'),
      ASK('2026-11-03T11:00:00.000Z'),
      ASK('2026-11-05T09:00:00.000Z'),
      { type: 'parked', at: '2026-11-05T09:00:00.000Z', strikeLimit: 3 },
    ]);
    expect(parked.status).toBe('parked');
    const [event] = markClientMessageSent(parked, config, 'update', 'Your request', now, { client: weekly });
    // Parked, the weekly cadence alone: Thursday 5th + 7 = Thursday 12th.
    expect(event).toHaveProperty('promised', '2026-11-12T00:00:00.000Z');
  });

  it('once decided, nothing is promised: the answer is what they are owed, and it may now be sent', () => {
    const decided = stateOf([LOGGED, ACK_SENT, ASK('2026-11-02T11:00:00.000Z'), DECIDED]);
    expect(markClientMessageSent(decided, config, 'answer', 'The answer', now, { client: weekly })).toEqual([
      { type: 'client-message-sent', at: '2026-11-05T12:00:00.000Z', kind: 'answer', subject: 'The answer' },
    ]);
    const [reply] = markClientMessageSent(decided, config, 'reply', 'Re: timing', now, { client: weekly });
    expect(reply).not.toHaveProperty('promised');
  });

  it('a follow-up on what the client owes moves its chase on by the ask spacing (2 working days: Monday 9th)', () => {
    const owes = stateOf([
      LOGGED,
      ACK_SENT,
      { type: 'client-step-set', at: '2026-11-03T10:00:00.000Z', what: 'the signed form', chaseOn: '2026-11-05T00:00:00.000Z' },
    ]);
    expect(markClientMessageSent(owes, config, 'follow-up', 'The form', now)).toEqual([
      { type: 'client-message-sent', at: '2026-11-05T12:00:00.000Z', kind: 'follow-up', subject: 'The form' },
      { type: 'client-step-set', at: '2026-11-05T12:00:00.000Z', what: 'the signed form', chaseOn: '2026-11-09T00:00:00.000Z' },
    ]);
    // Any other message leaves the client's step where it was.
    expect(markClientMessageSent(owes, config, 'update', 'Your request', now)).toHaveLength(1);
  });
});

describe('what the client owes, calls and notes', () => {
  const now = d('2026-11-05T12:00:00.000Z');
  const open = stateOf([LOGGED, ACK_SENT]);
  const closed = stateOf([LOGGED, ACK_SENT, { type: 'withdrawn', at: '2026-11-04T09:00:00.000Z', reason: 'No longer needed.' }]);

  it('sets a step with its text trimmed and its chase date; refused on a closed request', () => {
    expect(setClientStep(open, '  the signed form ', d('2026-11-10T00:00:00.000Z'), now)).toEqual([
      { type: 'client-step-set', at: '2026-11-05T12:00:00.000Z', what: 'the signed form', chaseOn: '2026-11-10T00:00:00.000Z' },
    ]);
    expect(refusal(() => setClientStep(closed, 'the form', d('2026-11-10T00:00:00.000Z'), now)).message).toBe('This request is closed.');
  });

  it('marks a step done; refused when the client owes nothing', () => {
    const owes = stateOf([
      LOGGED,
      { type: 'client-step-set', at: '2026-11-03T10:00:00.000Z', what: 'the form', chaseOn: '2026-11-05T00:00:00.000Z' },
    ]);
    expect(completeClientStep(owes, now)).toEqual([{ type: 'client-step-done', at: '2026-11-05T12:00:00.000Z' }]);
    expect(refusal(() => completeClientStep(open, now)).message).toBe('The client owes nothing on this request.');
  });

  it('proposes a call in the future; refused for now or the past, and on a closed request', () => {
    expect(proposeCall(open, d('2026-11-06T14:00:00.000Z'), 30, now)).toEqual([
      { type: 'call-proposed', at: '2026-11-05T12:00:00.000Z', startsAt: '2026-11-06T14:00:00.000Z', minutes: 30 },
    ]);
    expect(refusal(() => proposeCall(open, now, 30, now))).toEqual({
      message: 'Pick a call time in the future.',
      fields: { startsAt: 'Pick a time in the future.' },
    });
    expect(refusal(() => proposeCall(closed, d('2026-11-06T14:00:00.000Z'), 30, now)).message).toBe('This request is closed.');
  });

  it('adds a note with each part trimmed, and the edit when the app drafted it', () => {
    const note = { text: ' Budget? ', askedWhom: ' Finance ', onBehalfOf: ' Jane ', inCaseOnly: true };
    expect(addNote(note, now)).toEqual([
      {
        type: 'note-added',
        at: '2026-11-05T12:00:00.000Z',
        note: { text: 'Budget?', askedWhom: 'Finance', onBehalfOf: 'Jane', inCaseOnly: true },
      },
    ]);
    expect(addNote(note, now, { edited: false, wordsChanged: 0 })[0]).toHaveProperty('edit', { edited: false, wordsChanged: 0 });
  });
});
