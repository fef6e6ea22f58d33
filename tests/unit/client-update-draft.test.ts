import { describe, expect, it } from 'vitest';
import { foldRequest } from '../../shared/domain/request-state';
import { clientUpdateDraft } from '../../shared/drafts/client-update';
import { nextClientUpdateDue, updateDueAfter } from '../../shared/rules/client-updates';
import { logged, settings } from '../support/fixtures';

const state = (overrides = {}) => foldRequest('r1', [logged('2026-11-02T09:00:00Z', overrides)], new Date('2026-11-04T10:00:00Z'));

describe('the client status update draft', () => {
  const draft = clientUpdateDraft({
    state: state({ contact: { channel: 'phone', at: '2026-11-02T15:00:00.000Z' } }),
    settings: settings({ assistantName: 'Sam Patel', signature: 'Sam Patel\nAssistant to Alex Morgan' }),
    now: new Date('2026-11-04T10:00:00Z'), // Wednesday
    locale: 'en-GB',
  });

  it('names the topic in the subject and the body', () => {
    expect(draft.subject).toBe('Update on the sponsorship proposal');
    expect(draft.body).toContain('an update on the sponsorship proposal');
  });

  it('says exactly when and how the client reached us, in the locale', () => {
    expect(draft.body).toContain('which you called me on Monday 2 November at 15:00.');
    const us = clientUpdateDraft({ state: state(), settings: settings(), now: new Date('2026-11-04T10:00:00Z'), locale: 'en-US' });
    expect(us.body).toContain('you emailed me on Monday, November 2 at 8:30 AM');
  });

  it('says it is not forgotten and gives the date of the next update', () => {
    expect(draft.body).toContain('It has not been forgotten');
    // Sent Wednesday 4th: expected chase Wednesday 11th, so the next word comes Tuesday 10th.
    expect(draft.body).toContain('I will be in touch again by Tuesday 10 November');
  });

  it('is addressed to the client and signed with the signature from Settings', () => {
    expect(draft.to).toBe('jane@acme.example');
    expect(draft.body.startsWith('Dear Jane Doe,\n')).toBe(true);
    expect(draft.body.endsWith('Kind regards,\nSam Patel\nAssistant to Alex Morgan')).toBe(true);
  });

  it('never blames the boss', () => {
    expect(draft.body).not.toMatch(/forgot |ignor|delay|not got round|haven't got round|busy/i);
  });
});

describe('when the next client update falls due', () => {
  it('is one business day before the expected chase (last touch + 7 days)', () => {
    // Monday 2nd + 7 days = Monday 9th; one business day before = Friday 6th.
    expect(updateDueAfter(new Date('2026-11-02T08:30:00Z'), settings())).toEqual(new Date('2026-11-06T00:00:00Z'));
  });

  it('is never later than the cadence allows', () => {
    const s = settings({ defaultClientGapDays: 30, updateCadenceDays: 7 });
    expect(updateDueAfter(new Date('2026-11-02T08:30:00Z'), s)).toEqual(new Date('2026-11-09T00:00:00Z'));
  });

  it('stops once the boss has decided: the client is owed the answer instead', () => {
    const decided = foldRequest(
      'r1',
      [logged(), { type: 'decided', at: '2026-11-03T10:00:00Z', decision: 'Yes' }],
      new Date('2026-11-03T10:00:00Z'),
    );
    expect(nextClientUpdateDue(decided, settings())).toBeNull();
  });
});
