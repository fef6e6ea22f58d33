import { describe, expect, it } from 'vitest';
import type { ContactNeeds, RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { clientDraft } from '../../shared/drafts/client-drafts';
import { draftChoices } from '../../shared/drafts/draft-choices';
import { EMPTY_PROFILE } from '../../shared/clients/client-profile';
import { markClientMessageSent } from '../../shared/rules/client-track';
import { dueItems } from '../../shared/rules/schedule';
import { todaySections } from '../../shared/rules/today';
import { logged, settings } from '../support/fixtures';

const d = (iso: string) => new Date(iso);
const config = settings({ assistantName: 'Sam Patel', signature: '' });
const client = { gapDays: 7 };

/** Priya emailed on Mon 2 Nov at 09:00, was acknowledged at 09:30, and the boss was asked on Tue 3 Nov. */
const priya: RequestEvent[] = [
  logged('2026-11-02T09:05:00Z', {
    client: { name: 'Priya Shah', company: 'Shah Travel', email: 'priya@shah.example', phone: '' },
    contact: { channel: 'email', at: '2026-11-02T09:00:00.000Z' },
    topic: 'the Lisbon offsite',
  }),
  { type: 'client-message-sent', at: '2026-11-02T09:30:00Z', kind: 'acknowledgement', subject: 'Your request: the Lisbon offsite' },
  { type: 'asked', at: '2026-11-03T10:00:00Z', note: '' },
];
const chase = (needs?: ContactNeeds): RequestEvent => ({
  type: 'client-contacted',
  at: '2026-11-04T11:05:00Z',
  channel: 'email',
  contactAt: '2026-11-04T11:00:00.000Z',
  note: 'any news? I need to book flights',
  chased: false,
  ...(needs && { needs }),
});
const kinds = (events: RequestEvent[], at: string) => dueItems(foldRequest('r1', events, d(at)), config, client, d(at));

describe('a message from the client after the first', () => {
  it('opens a reply due at once, on the first-response clock, late only after the same time next working day', () => {
    const events = [...priya, chase()];
    expect(kinds(events, '2026-11-04T11:05:00Z').map((i) => [i.kind, i.dueAt, i.lateAfter, i.late])).toEqual([
      ['reply', '2026-11-04T11:00:00.000Z', '2026-11-05T11:00:00.000Z', false],
    ]);
    expect(kinds(events, '2026-11-05T11:01:00Z').find((i) => i.kind === 'reply')?.late).toBe(true);
  });

  it('shows on Today under "Replies due" with the action to draft the reply', () => {
    const state = foldRequest('r1', [...priya, chase()], d('2026-11-04T11:05:00Z'));
    const sections = todaySections([state], config, () => client, d('2026-11-04T11:05:00Z')).filter((s) => s.rows.length);
    expect(sections.map((s) => [s.title, s.rows.map((r) => `${r.clientName}: ${r.action}`)])).toEqual([
      ['Replies due', ['Priya Shah: draft-reply']],
    ]);
    expect(draftChoices(state, EMPTY_PROFILE).map((c) => c.kind)).toEqual(['reply', 'update']);
  });

  it('is answered by any message that reaches the client: a reply, an update, a call proposal', () => {
    for (const kind of ['reply', 'update', 'call-proposal'] as const) {
      const answered: RequestEvent = { type: 'client-message-sent', at: '2026-11-04T12:00:00Z', kind, subject: 'Re: the Lisbon offsite' };
      const call: RequestEvent = { type: 'call-proposed', at: '2026-11-04T11:30:00Z', startsAt: '2026-11-06T14:00:00.000Z', minutes: 20 };
      expect(kinds([...priya, chase(), call, answered], '2026-11-04T12:01:00Z').map((i) => i.kind)).not.toContain('reply');
    }
  });

  it('opens nothing when it needs no answer, but still counts as their contact', () => {
    const state = foldRequest('r1', [...priya, chase('none')], d('2026-11-04T11:05:00Z'));
    expect(dueItems(state, config, client, d('2026-11-04T11:05:00Z')).map((i) => i.kind)).toEqual([]);
    expect(state.inbound.at(-1)?.at).toBe('2026-11-04T11:00:00.000Z');
  });

  it('opens an acknowledgement due when it is a new question', () => {
    expect(kinds([...priya, chase('acknowledgement')], '2026-11-04T11:05:00Z').map((i) => [i.kind, i.dueAt])).toEqual([
      ['acknowledge', '2026-11-04T11:00:00.000Z'],
    ]);
  });
});

describe('a reopened request', () => {
  it('is owed an acknowledgement from the moment it was reopened', () => {
    const events: RequestEvent[] = [
      ...priya,
      { type: 'withdrawn', at: '2026-11-05T09:00:00Z', reason: 'Booked elsewhere.' },
      { type: 'reopened', at: '2026-11-09T10:00:00Z' },
    ];
    const ack = kinds(events, '2026-11-09T10:05:00Z').find((i) => i.kind === 'acknowledge');
    expect([ack?.dueAt, ack?.lateAfter]).toEqual(['2026-11-09T10:00:00.000Z', '2026-11-10T10:00:00.000Z']);
  });
});

describe('a call proposal sent', () => {
  it('counts as the touch that acknowledges the client', () => {
    const events: RequestEvent[] = [
      priya[0]!,
      { type: 'call-proposed', at: '2026-11-02T09:20:00Z', startsAt: '2026-11-03T14:00:00.000Z', minutes: 20 },
      { type: 'client-message-sent', at: '2026-11-02T09:25:00Z', kind: 'call-proposal', subject: 'A short call about the Lisbon offsite' },
    ];
    expect(kinds(events, '2026-11-03T09:00:00Z').map((i) => i.kind)).not.toContain('acknowledge');
  });
});

describe('the reply draft', () => {
  it('thanks them for their message by when and how it came, takes up what they said, and says when they will hear next', () => {
    const state = foldRequest('r1', [...priya, chase()], d('2026-11-04T11:20:00Z'));
    const draft = clientDraft(state, config, client, d('2026-11-04T11:20:00Z'), {
      kind: 'reply',
      medium: 'email',
      locale: 'en-GB',
      reason: null,
      expectedBusinessDays: null,
      invite: false,
    });
    expect(draft.subject).toBe('Re: the Lisbon offsite');
    expect(draft.body).toBe(
      [
        'Dear Priya,',
        '',
        'Thank you for your email this morning about the Lisbon offsite. You wrote: “any news? I need to book flights.”',
        '',
        'It has not been forgotten: it is in hand and I am keeping it moving.',
        '',
        // They chased two days after our acknowledgement: the reply promises no more than two days, Friday 6th.
        'I will be in touch again by Friday 6 November, or sooner if there is news.',
        '',
        'Kind regards,\nSam Patel',
      ].join('\n'),
    );
  });

  it('names the day when the message came on an earlier day', () => {
    const state = foldRequest('r1', [...priya, chase()], d('2026-11-06T09:00:00Z'));
    const draft = clientDraft(state, config, client, d('2026-11-06T09:00:00Z'), {
      kind: 'reply',
      medium: 'call',
      locale: 'en-GB',
      reason: null,
      expectedBusinessDays: null,
      invite: false,
    });
    expect(draft.body).toContain('Thank you for your email on Wednesday 4 November at 11:00 am about the Lisbon offsite.');
  });
});

describe('the history of the conversation', () => {
  it('keeps the text a message went out with, and dates a client’s message when they got in touch', () => {
    const now = new Date('2026-11-04T11:05:00Z');
    const logged_ = foldRequest('r1', [logged('2026-11-02T09:00:00Z')], now);
    const sent = markClientMessageSent(logged_, config, 'acknowledgement', ' Your request ', now, {
      body: '\nDear Jane,\n\nThank you.\n',
    });
    expect(sent).toEqual([
      {
        type: 'client-message-sent',
        at: '2026-11-04T11:05:00.000Z',
        kind: 'acknowledgement',
        subject: 'Your request',
        body: 'Dear Jane,\n\nThank you.',
      },
    ]);
    const contacted: RequestEvent = {
      type: 'client-contacted',
      at: '2026-11-04T11:05:00Z',
      channel: 'email',
      contactAt: '2026-11-04T11:00:00.000Z',
      note: 'any news?',
      chased: false,
    };
    const state = foldRequest('r1', [logged('2026-11-02T09:00:00Z'), ...sent, contacted], now);
    expect(state.timeline.slice(1)).toMatchObject([
      { kind: 'client-message-sent', body: 'Dear Jane,\n\nThank you.' },
      { kind: 'client-contacted', at: '2026-11-04T11:05:00Z', contactAt: '2026-11-04T11:00:00.000Z' },
    ]);
  });
});
