import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { openTestStack } from '../support/open-test-store';
import { requestDetails } from '../support/fixtures';

let dir: string;
const clock = new SettableClock(new Date('2026-11-02T09:00:00Z'));
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-versions-'));
  clock.set(new Date('2026-11-02T09:00:00Z'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const storeBytes = () => readFileSync(path.join(dir, 'follow-through.json'));

describe('a command built from an older version of the request', () => {
  it('is refused with nothing written, and says the request changed', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    const { id, version } = service.logRequest(requestDetails());
    expect(version).toBe(1);
    expect(await handlers.askBoss({ id, version: 1, note: '' })).toMatchObject({ ok: true, value: { strikes: 1, version: 2 } });

    const before = storeBytes();
    // The second click of a double click, sent with the version its screen was drawn from.
    expect(await handlers.askBoss({ id, version: 1, note: '' })).toEqual({
      ok: false,
      code: 'stale',
      error: 'This request changed meanwhile; it now shows how it stands.',
      fieldErrors: { version: 'This request changed meanwhile; it now shows how it stands.' },
    });
    expect(
      await handlers.markSent({
        id,
        version: 1,
        kind: 'acknowledgement',
        medium: 'email',
        used: { subject: 'Thanks', body: '', proposalId: null },
      }),
    ).toMatchObject({ code: 'stale' });
    expect(await handlers.recordDecision({ id, version: 1, decision: 'Yes' })).toMatchObject({ code: 'stale' });
    expect(await handlers.agreeDeadline({ id, version: 1, deadline: '2026-12-18', note: '' })).toMatchObject({ code: 'stale' });
    expect(storeBytes().equals(before)).toBe(true);
    expect(service.request(id)).toMatchObject({ strikes: 1, version: 2, status: 'waiting' });
  });

  it('refuses the whole digest when any listed request changed since it was drafted', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    const a = service.logRequest(requestDetails({ topic: 'the gala' }));
    clock.set(new Date('2026-11-02T09:01:00Z'));
    const b = service.logRequest(requestDetails({ topic: 'the dinner' }));
    service.askBoss(b.id, b.version, 'in the corridor');
    const before = storeBytes();
    const result = await handlers.markDigestSent({ bossId: 'boss-1', requests: [a, b].map(({ id, version }) => ({ id, version })) });
    expect(result).toMatchObject({ ok: false, code: 'stale' });
    expect(storeBytes().equals(before)).toBe(true);
    expect([service.request(a.id).strikes, service.request(b.id).strikes]).toEqual([0, 1]);
  });

  it('logs a request once when the same details are sent twice in a row', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    const first = await handlers.logRequest(requestDetails());
    const second = await handlers.logRequest(requestDetails());
    expect(first.ok && second.ok && first.value.id === second.value.id).toBe(true);
    expect(service.listRequests({ status: 'all', bossId: null, text: '', offset: 0, limit: 200 }).total).toBe(1);
    // The same client asking the same thing later is a new request.
    clock.set(new Date('2026-11-02T09:05:00Z'));
    await handlers.logRequest(requestDetails());
    expect(service.listRequests({ status: 'all', bossId: null, text: '', offset: 0, limit: 200 }).total).toBe(2);
  });
});
