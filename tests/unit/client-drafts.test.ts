import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { UNKNOWN_REASON } from '../../shared/domain/settings';
import { clientDraft, INVITATION } from '../../shared/drafts/client-drafts';
import { draftOptions, logged, settings } from '../support/fixtures';

const WEDNESDAY = new Date('2026-11-04T10:00:00Z');
const config = settings({ assistantName: 'Sam Patel', signature: 'Sam Patel\nAssistant to Alex Morgan' });
const client = { gapDays: 7 };
const options = draftOptions;
const stateWith = (...events: RequestEvent[]) =>
  foldRequest(
    'r1',
    [logged('2026-11-02T15:10:00Z', { contact: { channel: 'phone', at: '2026-11-02T15:00:00.000Z' } }), ...events],
    WEDNESDAY,
  );

describe('the status update', () => {
  const draft = clientDraft(stateWith(), config, client, WEDNESDAY, options());

  it('names the topic in the subject and the body', () => {
    expect(draft.subject).toBe('Update on the sponsorship proposal');
    expect(draft.body).toContain('an update on the sponsorship proposal');
  });

  it('says exactly when and how the client reached us, in the locale', () => {
    expect(draft.body).toContain('which you raised when you called me on Monday 2 November at 15:00.');
    const us = clientDraft(stateWith(), config, client, WEDNESDAY, options({ locale: 'en-US' }));
    expect(us.body).toContain('which you raised when you called me on Monday, November 2 at 3:00 PM.');
  });

  it('says it is not forgotten and gives the date of the next update', () => {
    expect(draft.body).toContain('It has not been forgotten');
    // Sent Wednesday 4th: expected chase Wednesday 11th. The next update with nothing new comes that day, not inside their week.
    expect(draft.body).toContain('I will be in touch again by Wednesday 11 November');
  });

  it('is addressed to the client, signed with the signature, and leaves no gaps where options are off', () => {
    expect(draft.to).toBe('jane@acme.example');
    expect(draft.body.startsWith('Dear Jane,\n\n')).toBe(true);
    expect(draft.body.endsWith('Kind regards,\nSam Patel\nAssistant to Alex Morgan')).toBe(true);
    expect(draft.body).not.toMatch(/\n{3,}| {2,}|\{\{/);
    expect(draft.warnings).toEqual([]);
  });

  it('explains the wait with the neutral reason picked, or "I don\'t know yet"', () => {
    const reason = config.holdUpReasons[0]!;
    expect(clientDraft(stateWith(), config, client, WEDNESDAY, options({ reason })).body).toContain(reason);
    expect(clientDraft(stateWith(), config, client, WEDNESDAY, options({ reason: UNKNOWN_REASON })).body).toContain(
      'I don’t know yet, and I’m finding out.',
    );
  });

  it('pads a promised date: 3 business days expected becomes 6 (factor 2)', () => {
    const body = clientDraft(stateWith(), config, client, WEDNESDAY, options({ expectedBusinessDays: 3 })).body;
    // Wednesday 4th + 6 business days = Thursday 12th.
    expect(body).toContain('I expect to have an answer for you by Thursday 12 November.');
    const factor3 = clientDraft(stateWith(), settings({ paddingFactor: 3 }), client, WEDNESDAY, options({ expectedBusinessDays: 3 }));
    expect(factor3.body).toContain('by Tuesday 17 November.');
  });

  it('closes with the invitation to get in touch when asked to', () => {
    expect(clientDraft(stateWith(), config, client, WEDNESDAY, options({ invite: true })).body).toContain(INVITATION);
    expect(draft.body).not.toContain(INVITATION);
  });

  it('asks leave to follow up on what the client owes', () => {
    const state = stateWith({
      type: 'client-step-set',
      at: '2026-11-03T09:00:00Z',
      what: 'send the signed contract',
      chaseOn: '2026-11-11T00:00:00.000Z',
    });
    expect(clientDraft(state, config, client, WEDNESDAY, options()).body).toContain(
      'In the meantime, could you send the signed contract? If I haven’t heard by Wednesday 11 November, may I give you a call?',
    );
  });

  it('follows the learned gap: a client who chases every 3 days hears again the day they would chase', () => {
    // Wednesday 4th + 3 = Saturday 7th, read on Monday 9th; an acknowledgement promises the working day before, Friday 6th.
    expect(clientDraft(stateWith(), config, { gapDays: 3 }, WEDNESDAY, options()).body).toContain('by Monday 9 November');
    expect(clientDraft(stateWith(), config, { gapDays: 3 }, WEDNESDAY, options({ kind: 'acknowledgement' })).body).toContain(
      'by Friday 6 November',
    );
  });
});

describe('the other client messages', () => {
  it('acknowledgement: thanks them, names topic, time and channel, and when they hear next', () => {
    const ack = clientDraft(stateWith(), config, client, WEDNESDAY, options({ kind: 'acknowledgement' }));
    expect(ack.subject).toBe('Your request: the sponsorship proposal');
    expect(ack.body).toContain(
      'Thank you for getting in touch about the sponsorship proposal (you called me on Monday 2 November at 15:00). I have it in hand, and you will hear from me by Tuesday 10 November at the latest.',
    );
  });

  it('answer: drafted from the decision, and only once there is one', () => {
    expect(() => clientDraft(stateWith(), config, client, WEDNESDAY, options({ kind: 'answer' }))).toThrow(/decision first/);
    const state = stateWith({
      type: 'decided',
      at: '2026-11-04T09:00:00Z',
      decision: 'We would be glad to sponsor the gala at gold level.',
    });
    const answer = clientDraft(state, config, client, WEDNESDAY, options({ kind: 'answer' }));
    expect(answer.body).toContain(
      'Thank you for your patience on the sponsorship proposal, which you raised when you called me on Monday 2 November at 15:00.',
    );
    expect(answer.body).toContain('We would be glad to sponsor the gala at gold level.');
  });

  it('call proposal: names the specific time', () => {
    const state = stateWith({ type: 'call-proposed', at: '2026-11-04T09:00:00Z', startsAt: '2026-11-10T14:00:00.000Z', minutes: 30 });
    expect(clientDraft(state, config, client, WEDNESDAY, options({ kind: 'call-proposal' })).body).toContain(
      'Would Tuesday 10 November at 14:00 suit you?',
    );
  });

  it('warns with the offending phrase when an edited template blames someone', () => {
    const blaming = settings({
      templates: { ...config.templates, update: { subject: 'Update', body: 'Sorry, {{topic}} was delayed: the boss forgot.' } },
    });
    const draft = clientDraft(stateWith(), blaming, client, WEDNESDAY, options());
    expect(draft.warnings).toEqual([
      '“forgot” could read as blaming someone. Explain the wait in neutral terms.',
      '“delayed” could read as blaming someone. Explain the wait in neutral terms.',
    ]);
  });

  it('does not warn about the client’s own words in the topic', () => {
    const state = foldRequest('r1', [logged('2026-11-02T15:10:00Z', { topic: 'the delayed invoice' })], WEDNESDAY);
    expect(clientDraft(state, config, client, WEDNESDAY, options()).warnings).toEqual([]);
  });
});

describe('where it stands, week after week', () => {
  const sent = (at: string, kind: 'update' | 'reply'): RequestEvent => ({ type: 'client-message-sent', at, kind, subject: 'Update' });
  const ack: RequestEvent = { type: 'client-message-sent', at: '2026-11-02T15:30:00Z', kind: 'acknowledgement', subject: 'Your request' };
  const standingIn = (...events: RequestEvent[]) => clientDraft(stateWith(...events), config, client, WEDNESDAY, options()).body;

  it('moves on with each update or reply they have had, and says "not forgotten" only in the first', () => {
    expect(standingIn(ack)).toContain('It has not been forgotten: it is in hand and I am keeping it moving.');
    const second = standingIn(ack, sent('2026-11-03T09:00:00Z', 'update'));
    expect(second).toContain('It is still very much on my desk, and I am following it closely.');
    const third = standingIn(ack, sent('2026-11-03T09:00:00Z', 'update'), sent('2026-11-03T12:00:00Z', 'reply'));
    expect(third).toContain('It remains in hand, and I am keeping it moving.');
    const fourth = standingIn(
      ack,
      sent('2026-11-03T09:00:00Z', 'update'),
      sent('2026-11-03T12:00:00Z', 'reply'),
      sent('2026-11-04T09:00:00Z', 'update'),
    );
    expect(fourth).toContain('It is still very much on my desk, and I am following it closely.');
    for (const body of [second, third, fourth]) expect(body).not.toContain('forgotten');
  });

  it('says a parked request is still open, in words that move on too', () => {
    const asked = (n: number): RequestEvent => ({ type: 'asked', at: `2026-11-03T0${n}:00:00Z`, note: '' });
    const parked = (...events: RequestEvent[]) =>
      standingIn(ack, ...events, asked(1), asked(2), asked(3), {
        type: 'parked',
        at: '2026-11-03T03:00:00Z',
        strikeLimit: 3,
      });
    expect(parked()).toContain('It is still open, and it has not been forgotten. I don’t have an answer for you yet, and I’m finding out.');
    expect(parked(sent('2026-11-02T16:00:00Z', 'update'))).toContain(
      'It is still open and on my list. I don’t have an answer for you yet, and I’m finding out.',
    );
  });
});
