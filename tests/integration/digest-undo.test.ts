import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { requestDetails } from '../support/fixtures';
import { openTestStack } from '../support/open-test-store';

let dir: string;
const clock = new SettableClock(new Date('2026-11-04T09:00:00Z'));
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-digest-'));
  clock.set(new Date('2026-11-04T09:00:00Z'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a digest', () => {
  it('lists a request whose next ask is not due unticked, says which asks will park, names what it did, and undoes as a whole', () => {
    const { service } = openTestStack(dir, clock);
    // Oldest first: the gala reached us at 08:00, the dinner at 08:30.
    const gala = service.logRequest(requestDetails({ topic: 'the gala', contact: { channel: 'email', at: '2026-11-02T08:00:00.000Z' } }));
    const dinner = service.logRequest(
      requestDetails({ topic: 'the board dinner', client: { name: 'Omar Haddad', company: '', email: 'o@x.example', phone: '' } }),
    );
    // The dinner asked Monday and Wednesday: its third ask is due Friday, two working days on.
    clock.set(new Date('2026-11-02T09:00:00Z'));
    service.askBoss(dinner.id, dinner.version, '');
    clock.set(new Date('2026-11-04T09:00:00Z'));
    service.askBoss(dinner.id, service.request(dinner.id).version, '');
    // The gala asked Thursday: its next ask is not due until Monday 9th.
    clock.set(new Date('2026-11-05T09:00:00Z'));
    service.askBoss(gala.id, gala.version, '');
    clock.set(new Date('2026-11-06T09:00:00Z'));

    const draft = service.digestDraft('boss-1', 'en-GB', null);
    expect(draft.items.map((i) => [i.label, i.askDueOn, i.parks, i.listed])).toEqual([
      ['Jane Doe: the gala', '2026-11-09T00:00:00.000Z', false, false],
      ['Omar Haddad: the board dinner', null, true, true],
    ]);
    expect(draft.body).toContain('1 request is waiting on your decision');
    expect(draft.body).not.toContain('The gala');

    const sent = service.markDigestSent('boss-1', [{ id: dinner.id, version: service.request(dinner.id).version }]);
    expect([sent.asked, sent.parked]).toEqual([['Omar Haddad: the board dinner'], ['Omar Haddad: the board dinner']]);
    expect(service.undoDigest(sent.undo)).toEqual({ undone: 1 });
    expect([service.request(dinner.id).status, service.request(dinner.id).strikes]).toEqual(['waiting', 2]);
  });

  it('is not undone at all when one of its requests changed since', () => {
    const { service } = openTestStack(dir, clock);
    const a = service.logRequest(requestDetails({ topic: 'the gala' }));
    const b = service.logRequest(requestDetails({ topic: 'the dinner' }));
    const sent = service.markDigestSent(
      'boss-1',
      [a, b].map((r) => ({ id: r.id, version: r.version })),
    );
    service.recordDecision(b.id, service.request(b.id).version, 'Yes.');
    expect(() => service.undoDigest(sent.undo)).toThrow(
      'Nothing was undone: Jane Doe: the dinner changed after the digest. Undo its ask on its own page.',
    );
    expect([service.request(a.id).strikes, service.request(b.id).strikes]).toEqual([1, 1]);
  });
});
