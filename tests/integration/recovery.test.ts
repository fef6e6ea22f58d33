import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { openTestStack } from '../support/open-test-store';
import { requestDetails } from '../support/fixtures';

let dir: string;
const clock = new SettableClock(new Date('2026-11-10T09:00:00Z'));
const ALL = { status: 'all', bossId: null, text: '', offset: 0, limit: 200 } as const;
const MAIN = () => path.join(dir, 'follow-through.json');
const readJson = (name: string) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Record<string, unknown>;
const rows = (service: ReturnType<typeof openTestStack>['service'], text = '') =>
  service
    .listRequests({ ...ALL, text })
    .requests.map((r) => `${r.topic}: ${r.status}`)
    .sort();

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-recovery-'));
  clock.set(new Date('2026-11-10T09:00:00Z'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('recovering from a damaged main file', () => {
  it('keeps a request closed after the newest backup: still found by search and in its archive', () => {
    // The start backup is made with nothing in it; the dinner is logged and withdrawn after it.
    const first = openTestStack(dir, clock);
    clock.set(new Date('2026-11-10T10:00:00Z'));
    const dinner = first.service.logRequest(requestDetails({ topic: 'the board dinner' }));
    first.service.withdraw(dinner.id, dinner.version, 'They no longer need it.');
    first.service.logRequest(
      requestDetails({ topic: 'the spring gala', client: { ...requestDetails().client, email: 'sam@acme.example' } }),
    );
    writeFileSync(MAIN(), '{"schemaVersion":4,"settings":{}, "requ');

    clock.set(new Date('2026-11-10T11:00:00Z'));
    const second = openTestStack(dir, clock);
    expect(second.data.notices[0]).toMatch(/^The data file could not be used: it is not valid JSON/);
    expect(rows(second.service, 'board dinner')).toEqual(['the board dinner: closed']);
    expect(second.service.request(dinner.id).state.withdrawn?.reason).toBe('They no longer need it.');
    expect(Object.keys((readJson('follow-through-archive-2026.json').requests as object) ?? {})).toEqual([dinner.id]);
    // The gala was only in the damaged file, which is kept whole in quarantine.
    expect(rows(second.service)).toEqual(['the board dinner: closed']);
    expect(readdirSync(path.join(dir, 'quarantine'))).toHaveLength(1);
  });

  it('settles a request that is open in the restored file but closed in the archive: closed, listed once', () => {
    const first = openTestStack(dir, clock);
    clock.set(new Date('2026-11-10T10:00:00Z'));
    const gala = first.service.logRequest(requestDetails({ topic: 'the spring gala' }));
    clock.set(new Date('2026-11-11T09:00:00Z'));
    first.data.backUpAtStart(clock.now(), first.service.requestCount());
    clock.set(new Date('2026-11-11T10:00:00Z'));
    first.service.withdraw(gala.id, first.service.request(gala.id).version, 'Sorted elsewhere.');
    writeFileSync(MAIN(), 'not json');

    const second = openTestStack(dir, clock);
    expect(rows(second.service)).toEqual(['the spring gala: closed']);
    expect(second.service.requestCount()).toBe(1);
    expect(Object.keys(readJson('follow-through.json').requests as object)).toEqual([]);
  });

  it('a restore from Settings brings the backup back and never removes a closed request', async () => {
    const first = openTestStack(dir, clock);
    const start = first.data.backups.list()[0]!;
    clock.set(new Date('2026-11-10T10:00:00Z'));
    const dinner = first.service.logRequest(requestDetails({ topic: 'the board dinner' }));
    first.service.withdraw(dinner.id, dinner.version, 'They no longer need it.');
    const gala = first.service.logRequest(
      requestDetails({ topic: 'the spring gala', client: { ...requestDetails().client, email: 'sam@acme.example' } }),
    );
    expect((await first.handlers.restoreBackup({ id: start.id })).ok).toBe(true);
    expect(rows(first.service)).toEqual(['the board dinner: closed']);
    expect(first.service.documentById(gala.id)).toBeNull();
  });
});

describe('settings a newer or damaged file holds in a shape that cannot be upgraded', () => {
  const cases: [string, unknown][] = [
    ['bosses: "x"', { bosses: 'x' }],
    ['bosses: [null]', { bosses: [null] }],
    ['a null template', { templates: { acknowledgement: null } }],
  ];
  for (const [name, settings] of cases) {
    it(`${name}: the app starts on the defaults, the requests kept, the settings set aside with a notice`, () => {
      const { service } = openTestStack(dir, clock);
      const logged = service.logRequest(requestDetails());
      const file = readJson('follow-through.json');
      writeFileSync(MAIN(), JSON.stringify({ ...file, settings: { ...(file.settings as object), ...(settings as object) } }));

      const again = openTestStack(dir, clock);
      expect(again.data.notices).toEqual([
        'Your settings could not be read, so the app is using its defaults. The settings as they were found are under "Needs attention" in Settings; saving Settings replaces them.',
      ]);
      expect(again.service.appSettings().settings.bosses).toEqual([{ id: 'boss-1', name: '', email: '' }]);
      expect(again.service.request(logged.id).topic).toBe('the sponsorship proposal');
      expect(again.data.status().needsAttention.map((item) => item.key)).toEqual(['settings']);
    });
  }
});

describe('a main file that has lost its requests', () => {
  it('is treated as damaged: moved to quarantine, the backup restored, and the user told', () => {
    const first = openTestStack(dir, clock);
    first.service.logRequest(requestDetails());
    clock.set(new Date('2026-11-11T09:00:00Z'));
    first.data.backUpAtStart(clock.now(), first.service.requestCount());
    const file = readJson('follow-through.json');
    delete file.requests;
    writeFileSync(MAIN(), JSON.stringify(file));

    const again = openTestStack(dir, clock);
    expect(again.data.notices[0]).toMatch(
      /^The data file could not be used: it has no list of requests \(the "requests" key is missing\)\. It was moved, unchanged, to .*quarantine.*\. The backup of Wed 11 Nov 2026, 09:00 \(1 request\) was restored in its place/,
    );
    expect(rows(again.service)).toEqual(['the sponsorship proposal: waiting']);
  });

  it('an empty object is damaged too, and never "updated from format 1"', () => {
    writeFileSync(MAIN(), '{}');
    const { data, service } = openTestStack(dir, clock);
    expect(data.notices).toHaveLength(1);
    expect(data.notices[0]).not.toContain('format 1');
    expect(data.notices[0]).toMatch(/^The data file could not be used: it has no list of requests/);
    expect(data.notices[0]).toMatch(/There was no backup to restore, so the app starts with an empty list\.$/);
    expect(readFileSync(path.join(dir, 'quarantine', readdirSync(path.join(dir, 'quarantine'))[0]!), 'utf8')).toBe('{}');
    expect(service.requestCount()).toBe(0);
  });
});

describe('a main file saved with a byte-order mark (as Notepad saves UTF-8)', () => {
  it('is read as it is, not quarantined', () => {
    const { service } = openTestStack(dir, clock);
    service.logRequest(requestDetails({ topic: 'the café booking' }));
    writeFileSync(MAIN(), `\ufeff${readFileSync(MAIN(), 'utf8')}`);
    const again = openTestStack(dir, clock);
    expect(again.data.notices).toEqual([]);
    expect(existsSync(path.join(dir, 'quarantine'))).toBe(false);
    expect(rows(again.service)).toEqual(['the café booking: waiting']);
  });
});

describe('data written by a newer version (tests/fixtures/v4-from-newer)', () => {
  beforeEach(() => {
    const fixture = path.resolve('tests/fixtures/v4-from-newer');
    for (const name of readdirSync(fixture)) copyFileSync(path.join(fixture, name), path.join(dir, name));
  });

  it('keeps unknown top-level keys, settings and event fields through a write, unchanged', () => {
    const { service } = openTestStack(dir, clock);
    const gala = service.listRequests({ ...ALL, text: 'spring gala' }).requests[0]!;
    service.askBoss(gala.id, gala.version, 'Any news?');
    const saved = readJson('follow-through.json') as {
      mailbox: unknown;
      settings: { replyTone: unknown; bosses: { pronouns?: unknown }[]; workingHours: { lunch?: unknown } };
      requests: Record<string, { events: Record<string, unknown>[] }>;
    };
    expect(saved.mailbox).toEqual({ account: 'priya@follow.example', lastUid: 4211 });
    expect(saved.settings.replyTone).toBe('warm');
    expect(saved.settings.bosses[0]!.pronouns).toBe('she/her');
    expect(saved.settings.workingHours.lunch).toBe('12:30-13:15');
    const events = saved.requests[gala.id]!.events;
    expect(events.map((e) => e.type)).toEqual(['logged', 'client-message-sent', 'asked', 'corrected', 'asked']);
    expect(events[0]!.source).toEqual({ kind: 'imap', uid: 4207 });
    expect(events[2]!.via).toBe('teams');
  });

  it('keeps them when Settings are saved too', () => {
    const { service } = openTestStack(dir, clock);
    service.saveSettings({ ...service.currentSettings(), assistantName: 'Priya Shah' });
    const saved = readJson('follow-through.json') as { settings: Record<string, unknown> };
    expect(saved.settings.assistantName).toBe('Priya Shah');
    expect(saved.settings.replyTone).toBe('warm');
  });
});

describe('undo delete after a restore', () => {
  it('is refused with the reason, and writes nothing into the restored data', async () => {
    const { service, data, handlers } = openTestStack(dir, clock);
    const start = data.backups.list()[0]!;
    const gala = service.logRequest(requestDetails());
    service.deleteRequest(gala.id, gala.version);
    expect((await handlers.restoreBackup({ id: start.id })).ok).toBe(true);
    const before = readFileSync(MAIN(), 'utf8');
    expect(await handlers.undoDelete({ id: gala.id })).toMatchObject({
      ok: false,
      error: 'That request can no longer be brought back here. It is in the backups from before it was deleted.',
    });
    expect(await handlers.listDeleted(undefined)).toEqual({ ok: true, value: [] });
    expect(readFileSync(MAIN(), 'utf8')).toBe(before);
  });
});
