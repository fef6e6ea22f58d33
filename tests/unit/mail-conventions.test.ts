import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { storedTopic, topicInSentence } from '../../shared/domain/topic';
import { askDraft } from '../../shared/drafts/boss-drafts';
import { clientDraft } from '../../shared/drafts/client-drafts';
import { boundedMessageId, mailKey } from '../../shared/mailbox/message-id';
import { replySubject } from '../../shared/mailbox/reply-subject';
import { askThread, clientThread } from '../../shared/mailbox/thread';
import { sendFailure } from '../../electron/mailbox/send-failure';
import { draftOptions, requestDetails, settings } from '../support/fixtures';

const weekly = { gapDays: 7 };
const now = new Date('2026-11-20T10:00:00.000Z');
const logged = (topic: string, email?: { messageId: string; from: string; subject: string }): RequestEvent => ({
  type: 'logged',
  at: '2026-11-18T09:30:00.000Z',
  request: requestDetails({ topic, contact: { channel: 'email', at: '2026-11-18T09:12:00.000Z' } }),
  ...email,
});

describe('subjects are the client’s, and quotation marks belong to sentences', () => {
  it('a reply is “Re: ” and their subject byte for byte; theirs with a reply prefix already is kept as it is', () => {
    expect(replySubject('Extending the Leeds office lease')).toBe('Re: Extending the Leeds office lease');
    expect(replySubject('extending the lease')).toBe('Re: extending the lease');
    expect(replySubject('RE: Extending the Leeds office lease')).toBe('RE: Extending the Leeds office lease');
    expect(replySubject('AW: Verlängerung')).toBe('AW: Verlängerung');
    expect(replySubject('Fwd: The brief')).toBe('Re: Fwd: The brief');
    expect(replySubject('')).toBe('Re:');
  });

  it('a topic in a sentence is quoted when it starts with a capital; stored quotes from earlier versions are taken off', () => {
    expect(topicInSentence('Extending the Leeds office lease')).toBe('“Extending the Leeds office lease”');
    expect(topicInSentence('the venue contract')).toBe('the venue contract');
    expect(topicInSentence('“Extending the Leeds office lease”')).toBe('“Extending the Leeds office lease”');
    expect(storedTopic('“Extending the Leeds office lease”')).toBe('Extending the Leeds office lease');
    expect(storedTopic('the “new” venue')).toBe('the “new” venue');
  });

  it('a topic stored with added quotes reads without them everywhere: state, subjects and Today', () => {
    const state = foldRequest('r1', [logged('“Extending the Leeds office lease”')], now);
    expect(state.details.topic).toBe('Extending the Leeds office lease');
    const ack = clientDraft(state, settings(), weekly, now, draftOptions({ kind: 'acknowledgement' }));
    expect(ack.subject).toBe('Your request: Extending the Leeds office lease');
    expect(ack.body).toContain('Thank you for getting in touch about “Extending the Leeds office lease” (you emailed me on');
  });

  it('a request made from an email: its acknowledgement is titled as a reply to it; with a lower-case topic nothing is quoted', () => {
    const email = { messageId: '<lease-1@harbour.example>', from: 'tomas@harbour.example', subject: 'Extending the Leeds office lease' };
    const ack = clientDraft(
      foldRequest('r1', [logged('Extending the Leeds office lease', email)], now),
      settings(),
      weekly,
      now,
      draftOptions({ kind: 'acknowledgement' }),
    );
    expect(ack.subject).toBe('Re: Extending the Leeds office lease');
    const lower = clientDraft(
      foldRequest('r1', [logged('the Leeds lease')], now),
      settings(),
      weekly,
      now,
      draftOptions({ kind: 'acknowledgement' }),
    );
    expect(lower.subject).toBe('Your request: the Leeds lease');
    expect(lower.body).toContain('Thank you for getting in touch about the Leeds lease (you emailed me on');
  });

  it('the asks to the boss quote a capitalised topic in their sentences, never in their subject', () => {
    const state = foldRequest('r1', [logged('Extending the Leeds office lease')], now);
    const ask = askDraft(state, settings(), now, 'en-GB');
    expect(ask.subject).toBe('Extending the Leeds office lease: your decision, please');
    expect(ask.body).toContain('about “Extending the Leeds office lease”.');
  });
});

describe('the thread a message joins', () => {
  const events: RequestEvent[] = [
    logged('the lease', { messageId: '<a@harbour.example>', from: 'tomas@harbour.example', subject: 'The lease' }),
    {
      type: 'client-message-sent',
      at: '2026-11-18T10:00:00.000Z',
      kind: 'acknowledgement',
      subject: 'Re: The lease',
      messageId: '<ours-1@office.example>',
    },
    {
      type: 'client-contacted',
      at: '2026-11-19T16:41:00.000Z',
      channel: 'email',
      contactAt: '2026-11-19T16:40:00.000Z',
      note: 'Any news?',
      chased: false,
      messageId: '<b@harbour.example>',
    },
    // A phone call carries no Message-ID: it changes nothing in the thread.
    {
      type: 'client-contacted',
      at: '2026-11-19T17:00:00.000Z',
      channel: 'phone',
      contactAt: '2026-11-19T17:00:00.000Z',
      note: '',
      chased: false,
    },
  ];

  it('goes under the client’s latest email, with every email before it, oldest first', () => {
    expect(clientThread(events)).toEqual({
      inReplyTo: '<b@harbour.example>',
      references: ['<a@harbour.example>', '<ours-1@office.example>', '<b@harbour.example>'],
    });
  });

  it('with no email of theirs (they phoned), under our own latest; with none at all, a new thread', () => {
    const phoned: RequestEvent[] = [
      logged('the lease'),
      {
        type: 'client-message-sent',
        at: '2026-11-18T10:00:00.000Z',
        kind: 'acknowledgement',
        subject: 'Your request',
        messageId: '<ours-1@office.example>',
      },
    ];
    expect(clientThread(phoned)).toEqual({ inReplyTo: '<ours-1@office.example>', references: ['<ours-1@office.example>'] });
    expect(clientThread([logged('the lease')])).toEqual({ inReplyTo: null, references: [] });
  });

  it('never names a stand-in id the app made for an email without a real one', () => {
    const standIn = boundedMessageId(`<${'x'.repeat(1100)}@acme.example>`)!;
    expect(standIn).toMatch(/@follow-through\.invalid>$/);
    expect(clientThread([logged('the lease', { messageId: standIn, from: 'tomas@harbour.example', subject: 'The lease' })])).toEqual({
      inReplyTo: null,
      references: [],
    });
  });

  it('a long thread keeps its first and its latest twelve', () => {
    const many: RequestEvent[] = [logged('the lease')];
    for (let i = 1; i <= 20; i++) {
      many.push({
        type: 'client-message-sent',
        at: `2026-11-${String(i).padStart(2, '0')}T10:00:00.000Z`,
        kind: 'update',
        subject: 'Update',
        messageId: `<u${i}@office.example>`,
      });
    }
    const { references, inReplyTo } = clientThread(many);
    expect(inReplyTo).toBe('<u20@office.example>');
    expect(references).toEqual([
      '<u1@office.example>',
      ...[10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20].map((i) => `<u${i}@office.example>`),
    ]);
  });

  it('asks about one request thread under the one before', () => {
    const asks: RequestEvent[] = [
      logged('the lease'),
      { type: 'asked', at: '2026-11-18T10:00:00.000Z', note: 'by email', messageId: '<ask-1@office.example>' },
      { type: 'asked', at: '2026-11-20T10:00:00.000Z', note: 'in person' },
      { type: 'asked', at: '2026-11-24T10:00:00.000Z', note: 'by email', messageId: '<ask-3@office.example>' },
    ];
    expect(askThread(asks)).toEqual({
      inReplyTo: '<ask-3@office.example>',
      references: ['<ask-1@office.example>', '<ask-3@office.example>'],
    });
  });

  it('an email is known by its sender and Message-ID together', () => {
    expect(mailKey('Tomas@Harbour.example', '<a@harbour.example>')).toBe('tomas@harbour.example\n<a@harbour.example>');
    expect(mailKey('ana@other.example', '<a@harbour.example>')).not.toBe(mailKey('tomas@harbour.example', '<a@harbour.example>'));
  });
});

describe('a failed send in words', () => {
  const server = { host: 'smtp.office.example', port: 587, security: 'starttls' as const };
  it('a line silent for the idle bound while the message went says so, with the real wait', () => {
    expect(sendFailure({ code: 'ETIMEDOUT' }, server, 'data', 60)).toEqual({
      message:
        'It is not known whether this message went: smtp.office.example stopped answering for 60 seconds while it was being handed over. Look in your Sent folder, or ask the client, before sending it again.',
      unknown: true,
    });
  });
  it('silent before the message went: not sent, with the real wait', () => {
    expect(sendFailure({ code: 'ETIMEDOUT' }, server, 'envelope', 60)).toEqual({
      message: 'Not sent: smtp.office.example stopped answering for 60 seconds. Try again in a while.',
      unknown: false,
    });
  });
  it('a refusal after the message went is still a refusal: the server answered', () => {
    const refused = { responseCode: 552, response: '552 5.3.4 Message size exceeds fixed limit', command: 'DATA' };
    expect(sendFailure(refused, server, 'data', 60)).toEqual({
      message: 'Not sent: the mail server refused the message. The server said: “Message size exceeds fixed limit”',
      unknown: false,
    });
  });
});
