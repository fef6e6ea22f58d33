import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { DueScheduler } from '../../electron/notifications/due-scheduler';
import type { DueNotice } from '../../shared/rules/notifications';
import { requestDetails } from '../support/fixtures';
import { openTestStack } from '../support/open-test-store';

let dir: string;
const clock = new SettableClock(new Date('2026-11-02T09:00:00Z'));
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-boss-'));
  clock.set(new Date('2026-11-02T09:00:00Z'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const contactAt = (iso: string) => ({ contact: { channel: 'email' as const, at: iso } });

describe('the digest, through the service on real files', () => {
  it('records one ask on each ticked request, and none on the unticked', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    const a = service.logRequest(requestDetails({ topic: 'A', ...contactAt('2026-11-02T08:00:00.000Z') }));
    const b = service.logRequest(requestDetails({ topic: 'B', ...contactAt('2026-11-02T08:10:00.000Z') }));
    const c = service.logRequest(requestDetails({ topic: 'C', ...contactAt('2026-11-02T08:20:00.000Z') }));
    expect(await handlers.markDigestSent({ bossId: 'boss-1', requests: [a, c].map(({ id, version }) => ({ id, version })) })).toEqual({
      ok: true,
      value: {
        asked: ['Jane Doe: A', 'Jane Doe: C'],
        parked: [],
        undo: [
          { id: a.id, version: 2 },
          { id: c.id, version: 2 },
        ],
      },
    });
    const reopened = openTestStack(dir, clock).service;
    expect([a, b, c].map((r) => reopened.request(r.id).strikes)).toEqual([1, 0, 1]);
    expect(reopened.request(a.id).state.asks[0]?.note).toBe('in the digest');
  });

  it('changes nothing when the list is stale, and names what moved', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    const a = service.logRequest(requestDetails({ topic: 'the gala', ...contactAt('2026-11-02T08:00:00.000Z') }));
    const b = service.logRequest(requestDetails({ topic: 'the dinner', ...contactAt('2026-11-02T08:10:00.000Z') }));
    service.recordDecision(b.id, service.request(b.id).version, 'No');
    const result = await handlers.markDigestSent({ bossId: 'boss-1', requests: [a, b].map(({ id, version }) => ({ id, version })) });
    expect(result).toEqual({
      ok: false,
      code: 'refused',
      error: 'These are no longer waiting on this boss: the dinner. Draft the digest again.',
      // The second request in the list is the one that moved.
      fieldErrors: { 'requests.1.id': 'These are no longer waiting on this boss: the dinner. Draft the digest again.' },
    });
    expect(service.request(a.id).strikes).toBe(0);
  });
});

describe('the due-notice scheduler on a fake clock', () => {
  it('sets the badge, notifies each due item once a day, and stays quiet out of hours', () => {
    const { service } = openTestStack(dir, clock);
    const shown: DueNotice[] = [];
    let badge = -1;
    const scheduler = new DueScheduler(service, { notify: (n) => shown.push(n), setBadge: (n) => (badge = n) });

    clock.set(new Date('2026-11-02T07:00:00Z'));
    service.logRequest(requestDetails(contactAt('2026-11-02T06:30:00.000Z')));
    expect(scheduler.tick()).toEqual([]); // 07:00: before working hours
    expect(badge).toBe(2); // acknowledgement and first ask are due all the same

    clock.set(new Date('2026-11-02T09:00:00Z'));
    expect(scheduler.tick().map((n) => n.title)).toEqual(['Acknowledgement due', 'Ask due']);
    clock.set(new Date('2026-11-02T09:01:00Z'));
    expect(scheduler.tick()).toEqual([]); // once per item per day

    clock.set(new Date('2026-11-03T09:00:00Z'));
    expect(scheduler.tick().map((n) => n.title)).toEqual(['Acknowledgement due', 'Ask due']); // a new day
    expect(shown).toHaveLength(4);

    clock.set(new Date('2026-11-07T10:00:00Z')); // Saturday
    expect(scheduler.tick()).toEqual([]);
  });
});
