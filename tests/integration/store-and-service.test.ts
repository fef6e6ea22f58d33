import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { confOptionsFor, type StoreFile } from '../../electron/store/store-files';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import type { DataFile } from '../../shared/store/documents';
import { openTestStack } from '../support/open-test-store';
import { requestDetails } from '../support/fixtures';

let dir: string;
const clock = new SettableClock(new Date('2026-11-02T09:00:00Z'));

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-store-'));
  clock.set(new Date('2026-11-02T09:00:00Z'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ALL = { status: 'all', bossId: null, text: '', offset: 0, limit: 200 } as const;

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

  it('stores each request as a document (id, revision, append-only events) in follow-through.json, format 7', () => {
    const stack = openTestStack(dir, clock);
    const { id } = stack.service.logRequest(requestDetails());
    stack.service.askBoss(id, stack.service.request(id).version, '');
    const onDisk = JSON.parse(readFileSync(path.join(dir, 'follow-through.json'), 'utf8')) as DataFile;
    expect(onDisk.schemaVersion).toBe(7);
    expect(onDisk.requests[id]).toMatchObject({ id, rev: 2 });
    expect(onDisk.requests[id]?.events.map((e) => e.type)).toEqual(['logged', 'asked']);
  });

  it('keeps with each message the day it promised the next word, and a thanks cannot move the update past it', () => {
    // Logged Monday 2 November 2026 at 08:45 (the fixture's contact), acknowledged at 09:00:
    // 2 + 7 days is Monday 9th, less a working day: Friday 6 November.
    const stack = openTestStack(dir, clock);
    const { id } = stack.service.logRequest(requestDetails());
    const used = { subject: 'Your request', body: 'Thank you.', proposalId: null };
    stack.service.markSent(id, stack.service.request(id).version, 'acknowledgement', 'email', used);
    const onDisk = JSON.parse(readFileSync(path.join(dir, 'follow-through.json'), 'utf8')) as DataFile;
    expect(onDisk.requests[id]?.events.at(-1)).toMatchObject({ type: 'client-message-sent', promised: '2026-11-06T00:00:00.000Z' });
    // "Thanks, that's fine" early on Friday 6th moves the client's clock (and teaches a 4-day gap,
    // which alone would make the update due on Monday 9th), not the day we promised.
    clock.set(new Date('2026-11-06T08:30:00Z'));
    stack.service.logClientContact(id, stack.service.request(id).version, {
      channel: 'email',
      contactAt: '2026-11-06T08:00:00.000Z',
      note: 'Thanks, that is fine.',
      needs: 'none',
    });
    expect(stack.service.request(id).nextClientUpdateDue).toBe('2026-11-06T00:00:00.000Z');
  });

  it('refuses a contact time in the future and an unknown boss, and stores nothing', () => {
    const stack = openTestStack(dir, clock);
    expect(() => stack.service.logRequest(requestDetails({ contact: { channel: 'email', at: '2026-11-02T10:00:00.000Z' } }))).toThrow(
      /in the future/,
    );
    expect(() => stack.service.logRequest(requestDetails({ bossId: 'nobody' }))).toThrow(/no longer in Settings/);
    expect(openTestStack(dir, clock).service.listRequests(ALL).requests).toEqual([]);
  });

  it('sets one damaged request aside with what was wrong, keeps the rest, and lists it under Needs attention', () => {
    const stack = openTestStack(dir, clock);
    const { id } = stack.service.logRequest(requestDetails());
    const file = path.join(dir, 'follow-through.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { requests: Record<string, unknown> };
    data.requests.broken = { id: 'broken', rev: 1, events: [{ type: 'asked', at: 'x', note: '' }] };
    writeFileSync(file, JSON.stringify(data));

    const reopened = openTestStack(dir, clock);
    expect(reopened.service.listRequests(ALL).requests.map((r) => r.id)).toEqual([id]);
    const [item, ...others] = reopened.data.status().needsAttention;
    expect(others).toEqual([]);
    expect(item).toMatchObject({ file: 'follow-through.json', key: 'broken' });
    expect(item!.problem).toMatch(/^event 1, at: Invalid ISO datetime/);
    expect(JSON.parse(readFileSync(item!.savedTo, 'utf8'))).toMatchObject({ raw: data.requests.broken });
    expect(reopened.data.notices).toEqual(['One record could not be read and was set aside: see "Needs attention" in Settings.']);
    // The main file no longer holds it; the file as found is in a backup.
    expect(readFileSync(file, 'utf8')).not.toContain('"broken"');
    expect(readdirSync(path.join(dir, 'backups')).some((b) => b.endsWith('before-repair'))).toBe(true);
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
      fieldErrors: { id: 'That request no longer exists. Go back to the list and pick it again.' },
    });
  });

  it('turns an unexpected failure into a calm message, logs the detail, and changes nothing', async () => {
    let diskFull = false;
    // The main data file as electron-store opens it, with a disk that fills up.
    const openFile = (name: string): StoreFile => {
      const conf = new Conf<Record<string, unknown>>(confOptionsFor(dir, name));
      return {
        get store() {
          return conf.store;
        },
        set store(value) {
          if (diskFull) throw new Error('ENOSPC: no space left on device');
          conf.store = value;
        },
        path: conf.path,
      };
    };
    const logged: string[] = [];
    const { handlers, service } = openTestStack(dir, clock, undefined, openFile, (m) => logged.push(m));
    const { id } = service.logRequest(requestDetails());

    diskFull = true;
    const result = await handlers.askBoss({ id, version: 1, note: '' });
    expect(result).toEqual({ ok: false, code: 'failed', error: 'Something went wrong and nothing was changed. Please try again.' });
    expect(logged.join()).toContain('ENOSPC');
    // Disk first, memory second: the failed ask is in neither.
    expect(service.request(id).strikes).toBe(0);
    expect(openTestStack(dir, clock).service.request(id).strikes).toBe(0);
  });
});
