import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { createHandlers } from '../../electron/ipc/handlers';
import { FollowThroughService } from '../../electron/service';
import { RequestStore, type KeyValueFile } from '../../electron/store/request-store';
import { openStore } from '../../electron/store/open-store';
import { confOptionsFor, type StoreData } from '../../electron/store/store-schema';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { openTestStack, TestSystem } from '../support/open-test-store';
import { requestDetails } from '../support/fixtures';

let dir: string;
const clock = new SettableClock(new Date('2026-11-02T09:00:00Z'));

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-store-'));
  clock.set(new Date('2026-11-02T09:00:00Z'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ALL = { status: 'all', bossId: null, text: '' } as const;

describe('store and service on real files', () => {
  it('writes through, and a new instance on the same folder reads back the same state', () => {
    const first = openTestStack(dir, clock);
    const logged = first.service.logRequest(requestDetails());
    first.service.askBoss(logged.id, first.service.request(logged.id).version, 'in the 1:1');
    clock.set(new Date('2026-11-04T09:00:00Z'));
    first.service.askBoss(logged.id, first.service.request(logged.id).version, '');
    first.service.saveSettings({ ...DEFAULT_SETTINGS, assistantName: 'Sam Patel' });
    const before = first.service.request(logged.id);

    const second = openTestStack(dir, clock); // a restart: nothing shared but the folder
    expect(second.service.request(logged.id)).toEqual(before);
    expect(second.service.appSettings().settings.assistantName).toBe('Sam Patel');
    expect(before.state.asks.map((a) => a.note)).toEqual(['in the 1:1', '']);
  });

  it('stores each request as its append-only list of events in follow-through.json', () => {
    const stack = openTestStack(dir, clock);
    const { id } = stack.service.logRequest(requestDetails());
    stack.service.askBoss(id, stack.service.request(id).version, '');
    const onDisk = JSON.parse(readFileSync(path.join(dir, 'follow-through.json'), 'utf8')) as StoreData;
    expect(onDisk.requests[id]?.events.map((e) => e.type)).toEqual(['logged', 'asked']);
  });

  it('refuses a contact time in the future and an unknown boss, and stores nothing', () => {
    const stack = openTestStack(dir, clock);
    expect(() => stack.service.logRequest(requestDetails({ contact: { channel: 'email', at: '2026-11-02T10:00:00.000Z' } }))).toThrow(
      /in the future/,
    );
    expect(() => stack.service.logRequest(requestDetails({ bossId: 'nobody' }))).toThrow(/no longer in Settings/);
    expect(openTestStack(dir, clock).service.listRequests(ALL).requests).toEqual([]);
  });

  it('moves an unreadable store file aside, keeps it unchanged, and starts empty', () => {
    const file = path.join(dir, 'follow-through.json');
    writeFileSync(file, '{"requests": {"r1": ');
    const opened = openStore(() => new Conf<StoreData>(confOptionsFor(dir)), file, clock.now());
    expect(opened.movedAside).toMatch(/follow-through\.unreadable-2026-11-02T09-00-00-000Z\.json$/);
    expect(readFileSync(opened.movedAside!, 'utf8')).toBe('{"requests": {"r1": ');
    expect(opened.file.get('requests')).toEqual({});
    expect(readdirSync(dir).sort()).toEqual(['follow-through.json', path.basename(opened.movedAside!)].sort());
  });

  it('skips one damaged request and keeps the rest', () => {
    const stack = openTestStack(dir, clock);
    const { id } = stack.service.logRequest(requestDetails());
    stack.file.set('requests.broken', { id: 'broken', events: [{ type: 'asked', at: 'x', note: '' }] });
    const reopened = openTestStack(dir, clock);
    expect(reopened.service.listRequests(ALL).requests.map((r) => r.id)).toEqual([id]);
  });
});

describe('the handler table', () => {
  it('answers {ok: true, value} for a valid payload', async () => {
    const { handlers } = openTestStack(dir, clock);
    const result = await handlers.logRequest(requestDetails());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ clientName: 'Jane Doe', status: 'waiting', strikes: 0 });
  });

  it('rejects an invalid payload with field messages and changes nothing', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    const result = await handlers.logRequest({ ...requestDetails(), topic: '', client: { name: '' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Please check the form: /);
    if (!result.ok) expect(result.fieldErrors).toMatchObject({ topic: 'Enter the topic in one line.' });
    expect(service.listRequests(ALL).requests).toHaveLength(0);
  });

  it('turns a rule violation into its own message', async () => {
    const { handlers } = openTestStack(dir, clock);
    const result = await handlers.getRequest({ id: 'no-such-id' });
    expect(result).toEqual({
      ok: false,
      code: 'refused',
      error: 'That request no longer exists. Go back to the list and pick it again.',
    });
  });

  it('turns an unexpected failure into a calm message, logs the detail, and changes nothing', async () => {
    const conf = new Conf<StoreData>(confOptionsFor(dir));
    let diskFull = false;
    const flakyFile: KeyValueFile = {
      get: (key) => conf.get(key),
      set: (key, value) => {
        if (diskFull) throw new Error('ENOSPC: no space left on device');
        conf.set(key, value);
      },
      path: conf.path,
    };
    const service = new FollowThroughService({ store: new RequestStore(flakyFile), clock, newId: () => 'r1' });
    const logged: string[] = [];
    const handlers = createHandlers({ service, system: new TestSystem(dir), log: (m) => logged.push(m) });
    await handlers.logRequest(requestDetails());

    diskFull = true;
    const result = await handlers.askBoss({ id: 'r1', version: 1, note: '' });
    expect(result).toEqual({ ok: false, code: 'failed', error: 'Something went wrong and nothing was changed. Please try again.' });
    expect(logged.join()).toContain('ENOSPC');
    // Disk first, memory second: the failed ask is in neither.
    expect(service.request('r1').strikes).toBe(0);
    expect(openTestStack(dir, clock).service.request('r1').strikes).toBe(0);
  });
});
