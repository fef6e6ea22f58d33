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

  it('deletes an open request from the file, and brings it back exactly when undone this session', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    const keep = service.logRequest(requestDetails({ topic: 'the gala' }));
    const mistake = service.logRequest(requestDetails({ topic: 'logged by mistake' }));
    service.askBoss(mistake.id, 1, 'in passing');
    const before = service.request(mistake.id).state;

    const answer = await handlers.deleteRequest({ id: mistake.id, version: 2 });
    expect(answer).toEqual({
      ok: true,
      value: { id: mistake.id, topic: 'logged by mistake', clientName: 'Jane Doe', deletedAt: '2026-11-03T10:00:00.000Z' },
    });
    expect(service.listRequests(ALL).requests.map((r) => r.id)).toEqual([keep.id]);
    expect(openTestStack(dir, clock).service.listRequests(ALL).total).toBe(1);
    expect(await handlers.listDeleted(undefined)).toEqual({ ok: true, value: [answer.ok && answer.value] });

    const back = await handlers.undoDelete({ id: mistake.id });
    expect(back.ok && back.value.state).toEqual(before);
    expect(openTestStack(dir, clock).service.request(mistake.id).state.asks).toHaveLength(1);
    expect(await handlers.listDeleted(undefined)).toEqual({ ok: true, value: [] });
    expect(await handlers.undoDelete({ id: mistake.id })).toMatchObject({ ok: false, fieldErrors: { id: expect.any(String) as string } });
  });

  it('logs the same details again as a new request after a deletion, and keeps closed requests out of its reach', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    const first = service.logRequest(requestDetails());
    await handlers.deleteRequest({ id: first.id, version: 1 });
    // Within the 10 seconds that treat a repeat as a double click: still a new request, not the deleted one.
    const again = service.logRequest(requestDetails());
    expect(again.id).not.toBe(first.id);
    await handlers.withdraw({ id: again.id, version: 1, reason: 'Not needed.' });
    expect(await handlers.deleteRequest({ id: again.id, version: 2 })).toMatchObject({
      ok: false,
      code: 'refused',
      error: 'Only an open request can be deleted. A closed one stays in the archive with its history.',
    });
  });
});
