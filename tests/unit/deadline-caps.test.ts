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

  it('an update falls due by the working day before the deadline; sent then, it promised the deadline day, and the next falls due on it', () => {
    // Logged and acknowledged Monday 9 November; deadline Friday 13th; the usual update would be Friday 13th itself.
    const events: RequestEvent[] = [
      withDeadline('2026-11-13', '2026-11-09T09:00:00Z'),
      { type: 'client-message-sent', at: '2026-11-09T09:30:00Z', kind: 'acknowledgement', subject: 'Your request' },
    ];
    expect(nextClientUpdateDue(foldRequest('r1', events, d('2026-11-09T10:00:00Z')), config, { gapDays: 7 })).toEqual(
      d('2026-11-12T00:00:00Z'),
    );
    // The update drafted on Thursday 12th says "by Friday 13 November": the next one falls due that day, so the promise is kept.
    const onThursday = foldRequest('r1', events, d('2026-11-12T10:00:00Z'));
    const draft = clientDraft(onThursday, config, { gapDays: 7 }, d('2026-11-12T10:00:00Z'), {
      ...options,
      kind: 'update',
      medium: 'email',
    });
    expect(draft.body).toContain('I will be in touch again by Friday 13 November');
    const afterUpdate = [
      ...events,
      { type: 'client-message-sent', at: '2026-11-12T10:00:00Z', kind: 'update', subject: 'Update' } as RequestEvent,
    ];
    expect(nextClientUpdateDue(foldRequest('r1', afterUpdate, d('2026-11-12T11:00:00Z')), config, { gapDays: 7 })).toEqual(
      d('2026-11-13T00:00:00Z'),
    );
    // Sent on the deadline day, the usual date: after an update, the day they would chase, 13th + 7 = Friday 20th.
    const onTheDay = [
      ...afterUpdate,
      { type: 'client-message-sent', at: '2026-11-13T10:00:00Z', kind: 'update', subject: 'Update' } as RequestEvent,
    ];
    expect(nextClientUpdateDue(foldRequest('r1', onTheDay, d('2026-11-13T11:00:00Z')), config, { gapDays: 7 })).toEqual(
      d('2026-11-20T00:00:00Z'),
    );
  });

  it('the simulated year’s instant: an update the day before a Tuesday deadline brings the next on the Tuesday', () => {
    // Deadline Tuesday 3 February 2026; updated Monday 2 February at 09:26, promising Tuesday 3 February.
    const events: RequestEvent[] = [
      withDeadline('2026-02-03', '2026-01-26T09:00:00Z'),
      { type: 'client-message-sent', at: '2026-01-26T09:30:00Z', kind: 'acknowledgement', subject: 'Your request' },
      { type: 'client-message-sent', at: '2026-02-02T09:26:00Z', kind: 'update', subject: 'Update' },
    ];
    expect(nextClientUpdateDue(foldRequest('r1', events, d('2026-02-02T10:00:00Z')), config, { gapDays: 7 })).toEqual(
      d('2026-02-03T00:00:00Z'),
    );
  });

  it('a deadline on a Sunday is never promised: the draft of the Friday before promises the Monday, and the update falls due then', () => {
    // The simulated year's instant: deadline Sunday 1 February 2026, update drafted Friday 30 January at 09:14.
    const events: RequestEvent[] = [
      withDeadline('2026-02-01', '2026-01-26T12:50:00Z'),
      { type: 'client-message-sent', at: '2026-01-26T14:00:00Z', kind: 'acknowledgement', subject: 'Your request' },
    ];
    const now = d('2026-01-30T09:14:00Z');
    const draft = clientDraft(foldRequest('r1', events, now), config, { gapDays: 7 }, now, { ...options, kind: 'update', medium: 'email' });
    expect(draft.body).toContain('I will be in touch again by Monday 2 February, or sooner if there is news.');
    expect(draft.body).toContain('I know you need this by Sunday 1 February, and I may not have an answer by then.');
    expect(draft.body).not.toContain('by Sunday 1 February, or sooner');
    const sent = [
      ...events,
      { type: 'client-message-sent', at: '2026-01-30T09:14:00Z', kind: 'update', subject: 'Update' } as RequestEvent,
    ];
    expect(nextClientUpdateDue(foldRequest('r1', sent, d('2026-01-30T10:00:00Z')), config, { gapDays: 7 })).toEqual(
      d('2026-02-02T00:00:00Z'),
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
