import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { clientDraft } from '../../shared/drafts/client-drafts';
import { nextClientUpdateDue } from '../../shared/rules/client-updates';
import { todaySections } from '../../shared/rules/today';
import { logged, settings } from '../support/fixtures';

const d = (iso: string) => new Date(iso);
const config = settings({ assistantName: 'Sam Patel', signature: '' });
const options = { locale: 'en-GB', reason: null, expectedBusinessDays: null, invite: false } as const;
const withDeadline = (deadline: string, at = '2026-11-16T09:00:00Z'): RequestEvent =>
  logged(at, { deadline, contact: { channel: 'email', at: at.replace('09:00:00Z', '08:45:00.000Z') } });

describe('the client’s deadline caps every date the app promises', () => {
  it('an acknowledgement promises the working day before a deadline that comes before the usual update', () => {
    // Logged Monday 16 November; the usual next word would be Friday 20th; the deadline is Wednesday 18th.
    const now = d('2026-11-16T09:05:00Z');
    const draft = clientDraft(foldRequest('r1', [withDeadline('2026-11-18')], now), config, { gapDays: 7 }, now, {
      ...options,
      kind: 'acknowledgement',
      medium: 'email',
    });
    expect(draft.body).toContain('you will hear from me by Tuesday 17 November at the latest.');
  });

  it('on the working day before the deadline, the deadline day itself is the promise', () => {
    const now = d('2026-11-17T09:05:00Z');
    const draft = clientDraft(foldRequest('r1', [withDeadline('2026-11-18')], now), config, { gapDays: 7 }, now, {
      ...options,
      kind: 'acknowledgement',
      medium: 'email',
    });
    expect(draft.body).toContain('you will hear from me by Wednesday 18 November at the latest.');
  });

  it('an update falls due by the working day before the deadline, and after an update sent then, as usual', () => {
    // Logged and acknowledged Monday 9 November; deadline Friday 13th; the usual update would be Friday 13th itself.
    const events: RequestEvent[] = [
      withDeadline('2026-11-13', '2026-11-09T09:00:00Z'),
      { type: 'client-message-sent', at: '2026-11-09T09:30:00Z', kind: 'acknowledgement', subject: 'Your request' },
    ];
    expect(nextClientUpdateDue(foldRequest('r1', events, d('2026-11-09T10:00:00Z')), config, { gapDays: 7 })).toEqual(
      d('2026-11-12T00:00:00Z'),
    );
    const afterUpdate = [
      ...events,
      { type: 'client-message-sent', at: '2026-11-12T10:00:00Z', kind: 'update', subject: 'Update' } as RequestEvent,
    ];
    // 12th + 7 = Thursday 19th, less one working day: Wednesday 18th.
    expect(nextClientUpdateDue(foldRequest('r1', afterUpdate, d('2026-11-12T11:00:00Z')), config, { gapDays: 7 })).toEqual(
      d('2026-11-18T00:00:00Z'),
    );
  });

  it('{{deadline}} is there for every template', () => {
    const custom = settings({
      templates: { ...config.templates, update: { subject: 'Before {{deadline}}', body: 'Your date: {{deadline}}.' } },
    });
    const now = d('2026-11-16T09:05:00Z');
    const draft = clientDraft(foldRequest('r1', [withDeadline('2026-11-18')], now), custom, { gapDays: 7 }, now, {
      ...options,
      kind: 'update',
      medium: 'email',
    });
    expect([draft.subject, draft.body]).toEqual(['Before Wednesday 18 November', 'Your date: Wednesday 18 November.']);
  });
});

describe('Today', () => {
  it('puts a request whose deadline is near in the first section, with all that is due on it', () => {
    const now = d('2026-11-16T09:05:00Z');
    const state = foldRequest('r1', [withDeadline('2026-11-18')], now);
    const shown = todaySections([state], config, () => ({ gapDays: 7 }), now)
      .filter((s) => s.rows.length)
      .map((s) => [s.title, s.rows.map((r) => r.items.map((i) => i.kind))]);
    expect(shown).toEqual([['Client deadlines near', [['acknowledge', 'ask', 'deadline']]]]);
  });
});
