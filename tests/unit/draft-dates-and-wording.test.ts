import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../shared/clients/client-profile';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { DEFAULT_TEMPLATES } from '../../shared/domain/settings';
import { upgradeSettings } from '../../shared/domain/settings-upgrade';
import { digestDraft } from '../../shared/drafts/boss-drafts';
import { clientDraft } from '../../shared/drafts/client-drafts';
import { draftChoices } from '../../shared/drafts/draft-choices';
import { logged, settings } from '../support/fixtures';

const d = (iso: string) => new Date(iso);
const config = settings({ assistantName: 'Sam Patel', signature: '', callbackNumber: '020 7946 0000' });
const options = { locale: 'en-GB', reason: null, expectedBusinessDays: null, invite: false } as const;

describe('a client step whose follow-up date has passed', () => {
  it('is never promised to the client: the draft names the next working day instead', () => {
    // The step's date was Wednesday 18 November; the update is drafted on Friday 20th.
    const events: RequestEvent[] = [
      logged('2026-11-10T09:00:00Z'),
      { type: 'client-step-set', at: '2026-11-11T09:00:00Z', what: 'send the guest list', chaseOn: '2026-11-18T00:00:00.000Z' },
    ];
    const now = d('2026-11-20T10:00:00Z');
    const draft = clientDraft(foldRequest('r1', events, now), config, { gapDays: 7 }, now, { ...options, kind: 'update', medium: 'email' });
    expect(draft.body).toContain(
      'In the meantime, could you send the guest list? If I haven’t heard by Monday 23 November, may I give you a call?',
    );
    expect(draft.body).not.toContain('18 November');
  });

  it('keeps a date still to come', () => {
    const events: RequestEvent[] = [
      logged('2026-11-10T09:00:00Z'),
      { type: 'client-step-set', at: '2026-11-11T09:00:00Z', what: 'send the guest list', chaseOn: '2026-11-25T00:00:00.000Z' },
    ];
    const now = d('2026-11-20T10:00:00Z');
    const draft = clientDraft(foldRequest('r1', events, now), config, { gapDays: 7 }, now, { ...options, kind: 'update', medium: 'email' });
    expect(draft.body).toContain('If I haven’t heard by Wednesday 25 November, may I give you a call?');
  });
});

describe('a client with no email address (a voicemail caller)', () => {
  const events: RequestEvent[] = [
    logged('2026-11-10T09:00:00Z', {
      client: { name: 'Tom Ellis', company: '', email: '', phone: '020 7946 0123' },
      contact: { channel: 'voicemail', at: '2026-11-10T08:40:00.000Z' },
    }),
  ];
  const now = d('2026-11-10T09:10:00Z');
  const state = foldRequest('r1', events, now);

  it('is offered the call and voicemail scripts, not an email', () => {
    expect(draftChoices(state, EMPTY_PROFILE)).toEqual([
      { kind: 'acknowledgement', media: ['call', 'voicemail'] },
      { kind: 'update', media: ['call', 'voicemail'] },
    ]);
  });

  it('an email drafted anyway says how to add the address', () => {
    const draft = clientDraft(state, config, { gapDays: 7 }, now, { ...options, kind: 'acknowledgement', medium: 'email' });
    expect(draft.advice).toEqual([
      'There is no email address for this client: add it with Correct details to send this by email, or use a call script.',
    ]);
  });
});

describe('the answer left as a voicemail', () => {
  it('joins its sentences: no capital after a comma', () => {
    const events: RequestEvent[] = [
      logged('2026-11-10T09:00:00Z'),
      { type: 'decided', at: '2026-11-11T09:00:00Z', decision: 'Yes, two tickets.' },
    ];
    const now = d('2026-11-11T10:00:00Z');
    const draft = clientDraft(foldRequest('r1', events, now), config, { gapDays: 7 }, now, {
      ...options,
      kind: 'answer',
      medium: 'voicemail',
    });
    expect(draft.body).toContain(
      'If you’d like to talk it through, I’m glad to. You can reach me on 020 7946 0000. That’s 020 7946 0000. Thank you, goodbye.',
    );
  });

  it('a saved copy of the old default wording is brought up to date; a changed one is left alone', () => {
    const old = DEFAULT_TEMPLATES['answer-voicemail'].body.replace(
      'talk it through, I’m glad to. {{callback}}',
      'talk it through, {{callback}}',
    );
    expect(old).toContain('If you’d like to talk it through, {{callback}} Thank you, goodbye.');
    const upgraded = upgradeSettings({ templates: { ...DEFAULT_TEMPLATES, 'answer-voicemail': { subject: 'x', body: old } } });
    expect(upgraded.templates['answer-voicemail'].body).toBe(DEFAULT_TEMPLATES['answer-voicemail'].body);
    const mine = `${old}\nCheers!`;
    const kept = upgradeSettings({ templates: { ...DEFAULT_TEMPLATES, 'answer-voicemail': { subject: 'x', body: mine } } });
    expect(kept.templates['answer-voicemail'].body).toBe(mine);
  });
});

describe('a one-item digest', () => {
  it('asks for a word on it, not on "any of them"', () => {
    const state = foldRequest('r1', [logged('2026-11-10T09:00:00Z')], d('2026-11-11T09:00:00Z'));
    const digest = digestDraft([state], config, config.defaultBossId, d('2026-11-11T09:00:00Z'), 'en-GB', null);
    expect(digest.body).toContain('A word on it helps.');
    expect(digest.body).not.toContain('any of them');
  });
});
