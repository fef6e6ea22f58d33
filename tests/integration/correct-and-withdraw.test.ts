import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { requestDetails } from '../support/fixtures';
import { openTestStack } from '../support/open-test-store';

let dir: string;
const clock = new SettableClock(new Date('2026-11-03T10:00:00Z'));
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-correct-'));
  clock.set(new Date('2026-11-03T10:00:00Z'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ALL = { status: 'all', bossId: null, text: '', offset: 0, limit: 50 } as const;
const OPEN = { ...ALL, status: 'open' } as const;

describe('correcting and withdrawing, on real files', () => {
  it('files a corrected client under the new address, and the correction survives a restart', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    const { id } = service.logRequest(requestDetails({ client: { ...requestDetails().client, email: 'jane@acme.exmaple' } }));
    const fixed = requestDetails();
    const answer = await handlers.correctDetails({ id, version: 1, details: fixed });
    expect(answer.ok && answer.value.state.details.client.email).toBe('jane@acme.example');
    expect(service.openRequestsFrom('jane@acme.exmaple')).toEqual([]);
    expect(service.openRequestsFrom('jane@acme.example').map((r) => r.id)).toEqual([id]);
    // Search finds the corrected words, not the old ones.
    expect(service.listRequests({ ...ALL, text: 'exmaple' }).matching).toBe(0);

    const reopened = openTestStack(dir, clock).service;
    expect(reopened.request(id).state.details).toEqual(fixed);
    expect(reopened.request(id).version).toBe(2);
  });

  it('names the field main refused inside the correction, and writes nothing', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    const { id } = service.logRequest(requestDetails());
    const answer = await handlers.correctDetails({
      id,
      version: 1,
      details: requestDetails({ contact: { channel: 'email', at: '2026-11-04T08:00:00.000Z' } }),
    });
    expect(answer).toMatchObject({
      ok: false,
      code: 'refused',
      fieldErrors: { 'contact.at': expect.stringContaining('future') as string },
    });
    expect((await handlers.correctDetails({ id, version: 1, details: { ...requestDetails(), topic: '' } })).ok).toBe(false);
    expect(service.request(id).version).toBe(1);
  });

  it('takes a withdrawn request out of the open list into the archive, and reopening brings it back', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    const { id } = service.logRequest(requestDetails());
    expect((await handlers.withdraw({ id, version: 1, reason: '   ' })).ok).toBe(false);
    const withdrawn = await handlers.withdraw({ id, version: 1, reason: 'They found another venue.' });
    expect(withdrawn.ok && withdrawn.value.state.withdrawn?.reason).toBe('They found another venue.');
    expect(service.listRequests(OPEN).matching).toBe(0);
    expect(service.todayView().sections.flatMap((s) => s.rows)).toEqual([]);
    expect(service.counts()).toMatchObject({ open: 0 });

    const back = await handlers.reopen({ id, version: 2 });
    expect(back.ok && back.value.status).toBe('waiting');
    expect(
      openTestStack(dir, clock)
        .service.listRequests(OPEN)
        .requests.map((r) => r.id),
    ).toEqual([id]);
  });
});
