import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain/domain-error';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { DEFAULT_TEMPLATES, type Template } from '../../shared/domain/settings';
import {
  clientDraft,
  deadlineNote as noteFor,
  draftWarnings,
  NO_CALLBACK_ADVICE,
  NO_EMAIL_ADVICE,
  NO_ORGANISER_ADVICE,
} from '../../shared/drafts/client-drafts';
import { PLACEHOLDERS } from '../../shared/drafts/template';
import { draftOptions, logged, settings } from '../support/fixtures';

// The assistant can write any placeholder into any template in Settings. Each must say the
// right thing for this request, or nothing at all where it does not apply: never a stray word.
// Every expected line is written out by hand. Wednesday 4 November 2026, 10:00 (GMT).
const NOW = new Date('2026-11-04T10:00:00Z');
const EVERY_PLACEHOLDER: Template = { subject: '{{topic}}', body: PLACEHOLDERS.map((p) => `${p}: {{${p}}}`).join('\n') };
const ALEX = { id: 'alex', name: 'Alex Morgan', email: 'alex@office.example' };
const base = settings({ assistantName: 'Sam Patel', bosses: [ALEX], defaultBossId: 'alex' });
const everyPlaceholder = settings({
  ...base,
  templates: Object.fromEntries(Object.keys(DEFAULT_TEMPLATES).map((id) => [id, EVERY_PLACEHOLDER])) as typeof DEFAULT_TEMPLATES,
});
const request = (extra: RequestEvent[] = [], overrides: Parameters<typeof logged>[1] = {}) =>
  foldRequest('r1', [logged('2026-11-02T09:00:00.000Z', { bossId: 'alex', ...overrides }), ...extra], NOW);
const ACK: RequestEvent = { type: 'client-message-sent', at: '2026-11-02T10:00:00.000Z', kind: 'acknowledgement', subject: 'Thanks' };
const contact = (contactAt: string, note: string): RequestEvent => ({
  type: 'client-contacted',
  at: contactAt,
  channel: 'email',
  contactAt,
  note,
  chased: false,
});

/** The lines every draft to Jane Doe about the sponsorship proposal begins with, from Sam Patel for Alex Morgan. */
const ABOUT_JANE = [
  'greeting: Dear Jane,',
  'hello: Hello Jane,',
  'introduction: This is Sam Patel, Alex Morgan’s assistant.',
  'clientName: Jane Doe',
  'topic: the sponsorship proposal',
];

describe('every placeholder, in any template', () => {
  it('a plain update: what applies is said, everything else is empty', () => {
    const draft = clientDraft(request(), everyPlaceholder, { gapDays: 7 }, NOW, draftOptions());
    expect(draft.subject).toBe('The sponsorship proposal');
    expect(draft.body).toBe(
      [
        ...ABOUT_JANE,
        'contact: you emailed me on Monday 2 November at 08:30',
        'theirMessage:',
        'theirWords:',
        // Weekly client, touched now by this update: the next with nothing new comes the day they would chase, Wednesday 11th.
        'nextUpdate: Wednesday 11 November',
        'deadline:',
        'deadlineNote:',
        'standing: It has not been forgotten: it is in hand and I am keeping it moving.',
        'reason:',
        'promise:',
        'invitation:',
        'clientStep:',
        'clientOwes:',
        'decision:',
        'callTime:',
        'callback: Do call me back when it suits you.',
        'colleague:',
        'question:',
        'forWhom:',
        'signoff: Kind regards,',
        'Sam Patel',
      ].join('\n'),
    );
    expect(draft.advice).toEqual([]);
  });

  it('a reply with everything set: their message, the step they owe, the call, the promise, the invitation', () => {
    const state = request(
      [
        ACK,
        contact('2026-11-03T15:00:00.000Z', 'We need to book the venue soon!'),
        { type: 'client-step-set', at: '2026-11-03T16:00:00.000Z', what: 'send the signed form', chaseOn: '2026-11-06T00:00:00.000Z' },
        { type: 'call-proposed', at: '2026-11-03T16:05:00.000Z', startsAt: '2026-11-05T14:00:00.000Z', minutes: 30 },
      ],
      { contact: { channel: 'phone', at: '2026-11-02T08:30:00.000Z' }, deadline: '2026-11-27' },
    );
    const config = settings({ ...everyPlaceholder, callbackNumber: '020 7946 0018', signature: 'Sam Patel\nOffice of Alex Morgan' });
    const draft = clientDraft(
      state,
      config,
      { gapDays: 7 },
      NOW,
      draftOptions({ kind: 'reply', reason: '  It is with the finance team.  ', expectedBusinessDays: 3, invite: true }),
    );
    expect(draft.body).toBe(
      [
        ...ABOUT_JANE,
        'contact: you called me on Monday 2 November at 08:30',
        'theirMessage: your email yesterday',
        'theirWords: You wrote: “We need to book the venue soon.”',
        // Their message came 29 hours after our acknowledgement: a reply to it promises no more than that day, Thursday 5th.
        'nextUpdate: Thursday 5 November',
        'deadline: Friday 27 November',
        'deadlineNote:',
        'standing: It has not been forgotten: it is in hand and I am keeping it moving.',
        'reason: It is with the finance team.',
        // 3 business days, doubled: 6 from Wednesday is Thursday 12th.
        'promise: I expect to have an answer for you by Thursday 12 November.',
        'invitation: If you would like a word before then, do get in touch at any time in the coming week.',
        'clientStep: In the meantime, could you send the signed form? If I haven’t heard by Friday 6 November, may I give you a call?',
        'clientOwes: send the signed form',
        'decision:',
        'callTime: Thursday 5 November at 14:00',
        'callback: You can reach me on 020 7946 0018. That’s 020 7946 0018.',
        'colleague:',
        'question:',
        'forWhom:',
        'signoff: Kind regards,',
        'Sam Patel',
        'Office of Alex Morgan',
      ].join('\n'),
    );
  });

  it('the answer: the boss’s decision', () => {
    const decided = request([ACK, { type: 'decided', at: '2026-11-03T09:00:00.000Z', decision: 'Yes, at the silver level.' }]);
    const draft = clientDraft(decided, everyPlaceholder, { gapDays: 7 }, NOW, draftOptions({ kind: 'answer' }));
    expect(draft.body.split('\n')).toContain('decision: Yes, at the silver level.');
  });
});

describe('what a client draft says about the deadline', () => {
  const deadlineNote = (deadline: string, options: Parameters<typeof draftOptions>[0] = {}) =>
    clientDraft(request([ACK], { deadline }), everyPlaceholder, { gapDays: 7 }, NOW, draftOptions(options))
      .body.split('\n')
      .find((line) => line.startsWith('deadlineNote:'));

  it('near: that the answer may not come by then, with the first offer in Settings, another, or none', () => {
    expect(deadlineNote('2026-11-06')).toBe(
      'deadlineNote: I know you need this by Friday 6 November, and I may not have an answer by then. Would a little more time be possible? I will come back to you the moment I have the answer.',
    );
    expect(deadlineNote('2026-11-06', { offer: '  Shall I send an interim answer?  ' })).toBe(
      'deadlineNote: I know you need this by Friday 6 November, and I may not have an answer by then. Shall I send an interim answer?',
    );
    expect(deadlineNote('2026-11-06', { offer: null })).toBe(
      'deadlineNote: I know you need this by Friday 6 November, and I may not have an answer by then.',
    );
  });

  it('says no offer when Settings has none, and trims the one given', () => {
    const none = settings({ ...everyPlaceholder, deadlineOffers: [] });
    const line = clientDraft(request([ACK], { deadline: '2026-11-06' }), none, { gapDays: 7 }, NOW, draftOptions())
      .body.split('\n')
      .find((l) => l.startsWith('deadlineNote:'));
    expect(line).toBe('deadlineNote: I know you need this by Friday 6 November, and I may not have an answer by then.');
    expect(noteFor('passed', false, '2026-11-03', '  More time?  ', 'en-GB')).toBe(
      'I know you needed this by Tuesday 3 November, and I’m sorry that I don’t have an answer for you yet. More time?',
    );
    expect(noteFor('unlikely', false, '2026-11-06', ' ', 'en-GB')).toBe(
      'I know you need this by Friday 6 November, and I don’t expect to have an answer by then.',
    );
  });

  it('not near, but it moved a date the draft names: said so', () => {
    // The next update would be Tuesday 10th, the deadline's own day: it comes Monday 9th, and the draft says why.
    expect(deadlineNote('2026-11-10')).toBe('deadlineNote: I have kept every date here ahead of your deadline of Tuesday 10 November.');
    // Only the promise moves: 3 days doubled is Thursday 12th, the deadline; the next update (Tuesday 10th) does not.
    expect(deadlineNote('2026-11-12', { expectedBusinessDays: 3 })).toBe(
      'deadlineNote: I have kept every date here ahead of your deadline of Thursday 12 November.',
    );
    expect(deadlineNote('2026-11-12')).toBe('deadlineNote:');
  });
});

describe('a client draft: what it refuses, which message a reply answers, and the advice beside it', () => {
  const draft = (state = request([ACK]), options: Parameters<typeof draftOptions>[0] = {}, config = base) =>
    clientDraft(state, config, { gapDays: 7 }, NOW, draftOptions(options));

  it('refuses a follow-up with nothing owed, and a call proposal with no call time', () => {
    expect(() => draft(request([ACK]), { kind: 'follow-up' })).toThrow(new DomainError('Record what the client owes us first.'));
    expect(() => draft(request([ACK]), { kind: 'call-proposal' })).toThrow(new DomainError('Propose a call time first.'));
  });

  it('with every message answered, a reply answers their latest', () => {
    const answeredAll = request([
      contact('2026-11-02T12:00:00.000Z', 'First'),
      contact('2026-11-03T09:00:00.000Z', 'Second'),
      contact('2026-11-03T11:00:00.000Z', 'Third'),
      { type: 'client-message-sent', at: '2026-11-03T12:00:00.000Z', kind: 'update', subject: 'News' },
    ]);
    const reply = draft(answeredAll, { kind: 'reply' }, settings({ ...everyPlaceholder }));
    expect(reply.body.split('\n')[7]).toBe('theirWords: You wrote: “Third.”');
  });

  it('the fourth update promises a fortnight; a reply then, a week', () => {
    const update = (at: string): RequestEvent => ({ type: 'client-message-sent', at, kind: 'update', subject: 'News' });
    const three = request([
      ACK,
      update('2026-11-02T11:00:00.000Z'),
      update('2026-11-03T10:00:00.000Z'),
      update('2026-11-03T11:00:00.000Z'),
    ]);
    const nextUpdate = (kind: 'update' | 'reply') =>
      clientDraft(three, everyPlaceholder, { gapDays: 30 }, NOW, draftOptions({ kind })).body.split('\n')[8];
    // From Wednesday 4th: 14 days is Wednesday 18th; 7 days, Wednesday 11th.
    expect(nextUpdate('update')).toBe('nextUpdate: Wednesday 18 November');
    expect(nextUpdate('reply')).toBe('nextUpdate: Wednesday 11 November');
  });

  it('answers the oldest message still unanswered, not the latest', () => {
    const twoUnanswered = request([
      ACK,
      contact('2026-11-03T09:00:00.000Z', 'Is there a date yet?'),
      contact('2026-11-04T08:00:00.000Z', 'Also, can we add a guest?'),
    ]);
    const reply = draft(twoUnanswered, { kind: 'reply' }, settings({ ...everyPlaceholder }));
    expect(reply.body.split('\n').slice(6, 8)).toEqual([
      'theirMessage: your email yesterday',
      'theirWords: You wrote: “Is there a date yet.”',
    ]);
  });

  it('advises adding a callback number for a voicemail, an address for an email, and the assistant’s email for a call invitation', () => {
    expect(draft(request([ACK]), { kind: 'update', medium: 'voicemail' }).advice).toEqual([NO_CALLBACK_ADVICE]);
    expect(
      draft(request([ACK]), { kind: 'update', medium: 'voicemail' }, settings({ ...base, callbackNumber: '020 7946 0018' })).advice,
    ).toEqual([]);
    const noAddress = request([ACK], { client: { name: 'Jane Doe', company: '', email: '  ', phone: '' } });
    expect(draft(noAddress, { kind: 'update' }).advice).toEqual([NO_EMAIL_ADVICE]);
    expect(draft(noAddress, { kind: 'update', medium: 'call' }).advice).toEqual([]);
    const call = request([
      ACK,
      { type: 'call-proposed', at: '2026-11-03T16:05:00.000Z', startsAt: '2026-11-05T14:00:00.000Z', minutes: 30 },
    ]);
    expect(draft(call, { kind: 'call-proposal' }, settings({ ...base, assistantEmail: '  ' })).advice).toEqual([NO_ORGANISER_ADVICE]);
    expect(draft(call, { kind: 'call-proposal' }, settings({ ...base, assistantEmail: 'sam@office.example' })).advice).toEqual([]);
  });
});

describe('the never-blame check on a draft', () => {
  const WARNING = (phrase: string) => `“${phrase}” could read as blaming someone. Explain the wait in neutral terms.`;

  it('leaves out what the assistant typed: the client’s name, the topic, the decision, the step, the signature and their own name', () => {
    const state = request(
      [
        { type: 'decided', at: '2026-11-03T09:00:00.000Z', decision: 'No: the delayed budget rules it out.' },
        { type: 'client-step-set', at: '2026-11-03T16:00:00.000Z', what: 'resend the ignored form', chaseOn: '2026-11-06T00:00:00.000Z' },
      ],
      { client: { name: 'Forget-Me-Not Florists', company: '', email: 'f@x.example', phone: '' }, topic: 'the overlooked invoice' },
    );
    const config = settings({ ...base, signature: 'Neglect Nothing Ltd', assistantName: 'Sam Delay' });
    const text =
      'Forget-Me-Not Florists: the overlooked invoice. No: the delayed budget rules it out. Please resend the ignored form. Neglect Nothing Ltd. Sam Delay.';
    expect(draftWarnings(text, state, config)).toEqual([]);
    expect(draftWarnings(`${text} Sorry it was overlooked.`, state, config)).toEqual([WARNING('overlooked')]);
  });

  it('leaves out the topic where the subject opens with it, capitalised', () => {
    const decided = request([ACK, { type: 'decided', at: '2026-11-03T09:00:00.000Z', decision: 'Yes.' }], { topic: 'the delayed invoice' });
    const draft = clientDraft(decided, base, { gapDays: 7 }, NOW, draftOptions({ kind: 'answer' }));
    expect(draft.subject).toBe('The delayed invoice: an answer');
    expect(draft.warnings).toEqual([]);
  });

  it('with no request (a draft not about one), leaves out only the signature and the assistant’s name', () => {
    const config = settings({ ...base, signature: 'Neglect Nothing Ltd', assistantName: 'Sam Delay' });
    expect(draftWarnings('Neglect Nothing Ltd. Sam Delay. The delayed invoice.', null, config)).toEqual([WARNING('delayed')]);
  });
});
