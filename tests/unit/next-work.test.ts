import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { detailView } from '../../shared/views/request-view';
import { nextWork } from '../../shared/rules/next-work';
import type { DueFact } from '../../shared/rules/due-facts';
import { logged, settings } from '../support/fixtures';

// Jane Doe emailed on Mon 2 Nov 2026 at 08:30 and the request was logged at 09:00 (fixtures).
const config = settings({ bosses: [{ id: 'boss-1', name: 'Anna Berg', email: '' }], defaultBossId: 'boss-1' });
const sent = (at: string, kind: 'acknowledgement' | 'update' | 'answer'): RequestEvent => ({
  type: 'client-message-sent',
  at,
  kind,
  subject: 'Re: the sponsorship proposal',
});
const asked = (at: string): RequestEvent => ({ type: 'asked', at, note: '' });
const work = (events: RequestEvent[], now: string) =>
  detailView(foldRequest('r1', [logged(undefined, { bossId: 'boss-1' }), ...events], new Date(now)), config, { gapDays: 7 }, new Date(now))
    .nextWork;

describe("the request page's next step", () => {
  it('opens a new request on the acknowledgement, with the first ask, due too, shown second', () => {
    expect(work([], '2026-11-02T09:05:00Z')).toEqual({
      lead: { kind: 'message', message: 'acknowledgement' },
      also: { kind: 'boss' },
    });
  });

  it('opens on the ask once the client has been acknowledged, with nothing shown second', () => {
    expect(work([sent('2026-11-02T09:10:00Z', 'acknowledgement')], '2026-11-02T09:15:00Z')).toEqual({ lead: { kind: 'boss' }, also: null });
  });

  it('opens on the next ask even before it is due, when nothing is due now', () => {
    const events = [sent('2026-11-02T09:10:00Z', 'acknowledgement'), asked('2026-11-02T09:20:00Z')];
    // Asked on Monday: the next ask is not due on Monday afternoon, and nothing else is.
    expect(work(events, '2026-11-02T15:00:00Z')).toEqual({ lead: { kind: 'boss' }, also: null });
  });

  it('opens a parked request, waiting for how it should wait, on that choice', () => {
    const events: RequestEvent[] = [
      sent('2026-11-02T09:10:00Z', 'acknowledgement'),
      asked('2026-11-02T09:20:00Z'),
      asked('2026-11-04T09:20:00Z'),
      asked('2026-11-06T09:20:00Z'),
      { type: 'parked', at: '2026-11-06T09:20:00Z', strikeLimit: 3 },
      sent('2026-11-06T09:30:00Z', 'update'),
    ];
    expect(work(events, '2026-11-06T10:00:00Z')).toEqual({ lead: { kind: 'boss' }, also: null });
  });

  it('opens a decided request on the answer', () => {
    const events: RequestEvent[] = [
      sent('2026-11-02T09:10:00Z', 'acknowledgement'),
      { type: 'decided', at: '2026-11-03T11:00:00Z', decision: 'Yes, at £5,000.' },
    ];
    expect(work(events, '2026-11-03T11:05:00Z')).toEqual({ lead: { kind: 'message', message: 'answer' }, also: null });
  });

  it('puts a late update before a due ask', () => {
    const events = [sent('2026-11-02T09:10:00Z', 'acknowledgement'), asked('2026-11-02T09:20:00Z'), asked('2026-11-04T09:20:00Z')];
    // A 7-day client last heard from us on Monday 2 Nov; by Friday 13 Nov the update is overdue and the third ask is due.
    expect(work(events, '2026-11-13T10:00:00Z')).toEqual({ lead: { kind: 'message', message: 'update' }, also: { kind: 'boss' } });
  });

  it('has no next step on a closed request', () => {
    const events: RequestEvent[] = [
      { type: 'decided', at: '2026-11-03T11:00:00Z', decision: 'No.' },
      sent('2026-11-03T12:00:00Z', 'answer'),
    ];
    expect(work(events, '2026-11-03T12:05:00Z')).toEqual({ lead: null, also: null });
  });
});

describe('the next step from what is due', () => {
  const waiting = foldRequest('r1', [logged()], new Date('2026-11-02T10:00:00Z'));
  const fact = (kind: DueFact['kind'], action: DueFact['action']): DueFact => ({
    kind,
    action,
    late: false,
    due: '2026-11-02T00:00:00.000Z',
    lateAfter: null,
    strike: null,
    round: 1,
    clientOwes: null,
  });

  it('passes over a deadline or a call, which are facts to see and no work', () => {
    expect(nextWork(waiting, [fact('deadline', 'open'), fact('call', 'open'), fact('update', 'draft-update')], null)).toEqual({
      lead: { kind: 'message', message: 'update' },
      also: null,
    });
  });

  it('a park awaiting its outcome is work on the boss’s side', () => {
    expect(nextWork(waiting, [fact('choose-park', 'choose-park'), fact('reply', 'draft-reply')], null)).toEqual({
      lead: { kind: 'boss' },
      also: { kind: 'message', message: 'reply' },
    });
  });

  it('with nothing due and nothing pending, falls back to the boss’s side', () => {
    expect(nextWork(waiting, [], null)).toEqual({ lead: { kind: 'boss' }, also: null });
  });
});
