import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import type { DataFile } from '../../shared/store/documents';
import type { ArchiveIndex } from '../../shared/store/archive-index';
import { openTestStack } from '../support/open-test-store';
import { requestDetails } from '../support/fixtures';

let dir: string;
const clock = new SettableClock(new Date('2026-11-10T09:00:00Z'));
const FIXTURE_V1 = path.resolve('tests/fixtures/v1/follow-through.json');
const read = <T>(name: string) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as T;
const ALL = { status: 'all', bossId: null, text: '', offset: 0, limit: 200 } as const;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-data-'));
  clock.set(new Date('2026-11-10T09:00:00Z'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a format-1 file (the first release)', () => {
  beforeEach(() => copyFileSync(FIXTURE_V1, path.join(dir, 'follow-through.json')));

  it('opens with every request, note and decision, in format 7, the closed one archived', () => {
    const { service, data } = openTestStack(dir, clock);
    const topics = service
      .listRequests(ALL)
      .requests.map((r) => `${r.topic}: ${r.status}`)
      .sort();
    expect(topics).toEqual([
      'a site visit: parked',
      'the board dinner: closed',
      'the sponsorship renewal: decided',
      'the spring gala: waiting',
    ]);
    const byTopic = (topic: string) => service.listRequests({ ...ALL, text: topic }).requests[0]!;
    expect(service.request(byTopic('the spring gala').id)).toMatchObject({
      strikes: 1,
      state: { acknowledgedAt: '2026-11-02T09:00:00.000Z' },
    });
    expect(service.request(byTopic('a site visit').id).state.park).toMatchObject({ outcome: 'in-2-weeks' });
    const dinner = service.request(byTopic('the board dinner').id);
    expect(dinner.state.notes.map((n) => n.text)).toEqual(['Venue has a seat until Friday.']);
    expect(dinner.state.decision?.text).toBe('Yes, one guest pass.');
    expect(service.request(byTopic('the sponsorship renewal').id).state.decision?.text).toBe('Renew at silver level.');
    expect(service.appSettings().settings.assistantName).toBe("Siobhán O'Neill");

    const main = read<DataFile>('follow-through.json');
    expect(main.schemaVersion).toBe(7);
    expect(Object.values(main.requests).map((r) => r.rev)).toEqual(Object.values(main.requests).map((r) => r.events.length));
    expect(Object.keys(main.requests)).not.toContain(dinner.id);
    expect(Object.keys(read<{ requests: object }>('follow-through-archive-2026.json').requests)).toEqual([dinner.id]);
    expect(read<ArchiveIndex>('follow-through-archive-index.json').requests).toEqual({ 2026: [dinner.id] });
    expect(data.notices).toEqual(['Your data was updated from format 1 to format 7; the file as it was is kept in the backups.']);
  });

  it('keeps the file exactly as found in a backup made before migrating', () => {
    const { data } = openTestStack(dir, clock);
    const before = data.backups.list().find((b) => b.kind === 'before-migration')!;
    expect(before.requests).toBe(4);
    expect(readFileSync(path.join(data.backups.dir, before.id, 'follow-through.json'))).toEqual(readFileSync(FIXTURE_V1));
  });

  it('is migrated once: the next start finds format 7 and changes nothing', () => {
    openTestStack(dir, clock);
    const after = readFileSync(path.join(dir, 'follow-through.json'), 'utf8');
    const second = openTestStack(dir, clock);
    expect(second.data.notices).toEqual([]);
    expect(readFileSync(path.join(dir, 'follow-through.json'), 'utf8')).toBe(after);
  });
});

/** Copies a fixture folder's data files into the test's folder, as a user's folder would hold them. */
function copyFixture(folder: string) {
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.json'))) copyFileSync(path.join(folder, name), path.join(dir, name));
}

/** Every request as "topic: status", sorted: what a fixture must still hold after opening. */
const topicsAndStatuses = (service: ReturnType<typeof openTestStack>['service']) =>
  service
    .listRequests(ALL)
    .requests.map((r) => `${r.topic}: ${r.status}`)
    .sort();

describe('a format-2 file (archives and revisions)', () => {
  const FIXTURE_V2 = path.resolve('tests/fixtures/v2');
  beforeEach(() => copyFixture(FIXTURE_V2));

  it('is brought to format 7 with every request kept, and the file as found kept in a backup', () => {
    const { service, data } = openTestStack(dir, clock);
    expect(topicsAndStatuses(service)).toEqual([
      'a site visit: parked',
      'the board dinner: closed',
      'the sponsorship renewal: decided',
      'the spring gala: waiting',
    ]);
    expect(data.notices).toEqual(['Your data was updated from format 2 to format 7; the file as it was is kept in the backups.']);
    expect(read<DataFile>('follow-through.json').schemaVersion).toBe(7);
    const before = data.backups.list().find((b) => b.kind === 'before-migration')!;
    expect(readFileSync(path.join(data.backups.dir, before.id, 'follow-through.json'))).toEqual(
      readFileSync(path.join(FIXTURE_V2, 'follow-through.json')),
    );
  });
});

describe('a format-3 file (corrections and withdrawals)', () => {
  const FIXTURE_V3 = path.resolve('tests/fixtures/v3');
  beforeEach(() => copyFixture(FIXTURE_V3));

  it('is brought to format 7: the correction and the withdrawal read back, the file as found kept in a backup', () => {
    const { service, data } = openTestStack(dir, clock);
    expect(topicsAndStatuses(service)).toEqual([
      'a site visit: closed',
      'the board dinner: closed',
      'the sponsorship renewal: decided',
      'the spring gala: waiting',
    ]);
    const gala = service.listRequests({ ...ALL, text: 'spring gala' }).requests[0]!;
    expect(gala.clientName).toBe('Jane Doe Jr');
    const visit = service.listRequests({ ...ALL, text: 'site visit' }).requests[0]!;
    expect(service.request(visit.id).state.withdrawn?.reason).toBe('They no longer need the visit.');
    expect(data.notices).toEqual(['Your data was updated from format 3 to format 7; the file as it was is kept in the backups.']);
    expect(data.attention.list()).toEqual([]);
    expect(read<DataFile>('follow-through.json')).toMatchObject({ schemaVersion: 7, clients: {} });
    const before = data.backups.list().find((b) => b.kind === 'before-migration')!;
    expect(readFileSync(path.join(data.backups.dir, before.id, 'follow-through.json'))).toEqual(
      readFileSync(path.join(FIXTURE_V3, 'follow-through.json')),
    );
    // Messages sent before format 4 read back as emails, with no edit measured.
    const answered = service.listRequests({ ...ALL, text: 'board dinner' }).requests[0]!;
    expect(service.request(answered.id).state.outbound.every((m) => m.medium === 'email' && m.edit === null)).toBe(true);
  });
});

describe.each([
  { format: 4, what: 'client messages by medium, client profiles' },
  { format: 5, what: 'replies; what a client message needs' },
  { format: 6, what: 'a new date agreed with the client' },
])('a format-$format file ($what)', ({ format }) => {
  const fixture = path.resolve(`tests/fixtures/v${format}`);
  beforeEach(() => copyFixture(fixture));

  it('is brought to format 7 with every request kept, and the file as found kept in a backup', () => {
    const { service, data } = openTestStack(dir, clock);
    expect(topicsAndStatuses(service)).toEqual([
      'a site visit: closed',
      'the board dinner: closed',
      'the sponsorship renewal: decided',
      'the spring gala: waiting',
    ]);
    expect(data.notices).toEqual([`Your data was updated from format ${format} to format 7; the file as it was is kept in the backups.`]);
    expect(data.attention.list()).toEqual([]);
    const before = data.backups.list().find((b) => b.kind === 'before-migration')!;
    expect(readFileSync(path.join(data.backups.dir, before.id, 'follow-through.json'))).toEqual(
      readFileSync(path.join(fixture, 'follow-through.json')),
    );
  });
});

describe('a format-7 file (the current format, as the app writes it)', () => {
  const FIXTURE_V7 = path.resolve('tests/fixtures/v7');
  beforeEach(() => copyFixture(FIXTURE_V7));

  it('opens without migration, repair or rewrite; the agreed date, the call logged and the closing note read back', () => {
    const { service, data } = openTestStack(dir, clock);
    expect(topicsAndStatuses(service)).toEqual([
      'a site visit: closed',
      'the board dinner: closed',
      'the sponsorship renewal: decided',
      'the spring gala: waiting',
    ]);
    expect(data.notices).toEqual([]);
    expect(data.attention.list()).toEqual([]);
    expect(readFileSync(path.join(dir, 'follow-through.json'))).toEqual(readFileSync(path.join(FIXTURE_V7, 'follow-through.json')));
    const gala = service.request(service.listRequests({ ...ALL, text: 'spring gala' }).requests[0]!.id);
    expect(gala.state.details.deadline).toBe('2026-11-27');
    expect(gala.state.call).toBeNull();
    expect(gala.state.timeline.at(-1)).toMatchObject({
      kind: 'call-logged',
      held: true,
      note: 'Talked Jane through the two venues.',
      startsAt: '2026-11-10T14:00:00.000Z',
    });
    expect(gala.state.timeline.some((e) => e.kind === 'deadline-agreed' && e.to === '2026-11-27')).toBe(true);
    const visit = service.request(service.listRequests({ ...ALL, text: 'site visit' }).requests[0]!.id);
    expect(visit.state.outbound.at(-1)).toMatchObject({ kind: 'closing', subject: 'A site visit: closed on our side' });
    // Sent once, the closing note is no longer offered.
    expect(visit.drafts).toEqual([]);
  });
});

describe('a file that cannot be used', () => {
  const damage = (text: string) => writeFileSync(path.join(dir, 'follow-through.json'), text);

  it('is moved to quarantine unchanged, and the newest readable backup restored, with a notice saying so', () => {
    const first = openTestStack(dir, clock);
    const { id } = first.service.logRequest(requestDetails({ contact: { channel: 'email', at: '2026-11-10T08:00:00.000Z' } }));
    clock.set(new Date('2026-11-11T09:00:00Z'));
    openTestStack(dir, clock); // the start backup of the 11th holds the request
    damage('{"schemaVersion": 2, "requests": {"x": ');

    clock.set(new Date('2026-11-12T09:00:00Z'));
    const { service, data } = openTestStack(dir, clock);
    expect(service.request(id).topic).toBe('the sponsorship proposal');
    const [quarantined] = readdirSync(path.join(dir, 'quarantine'));
    expect(readFileSync(path.join(dir, 'quarantine', quarantined!), 'utf8')).toBe('{"schemaVersion": 2, "requests": {"x": ');
    expect(data.notices).toHaveLength(1);
    expect(data.notices[0]).toMatch(
      /^The data file could not be used: it is not valid JSON \(.+\)\. It was moved, unchanged, to .+quarantine.+\. The backup of Wed 11 Nov 2026, \d\d:00 \(1 request\) was restored in its place; anything recorded after it is in the moved file\.$/,
    );
  });

  it('with no backup, starts empty and says so', () => {
    damage('not json at all');
    const { service, data } = openTestStack(dir, clock);
    expect(service.listRequests(ALL).total).toBe(0);
    expect(data.notices[0]).toMatch(/There was no backup to restore, so the app starts with an empty list\.$/);
    expect(readdirSync(path.join(dir, 'quarantine'))).toHaveLength(1);
  });

  it('written by a newer version, is quarantined rather than read wrongly', () => {
    damage(JSON.stringify({ schemaVersion: 99, settings: {}, requests: {} }));
    const { data } = openTestStack(dir, clock);
    expect(data.notices[0]).toMatch(/it was written by a newer version of Follow-Through \(format 99; this version reads up to 7\)/);
  });
});

describe('archives', () => {
  const close = (stack: ReturnType<typeof openTestStack>, id: string) => {
    const v = () => stack.service.request(id).version;
    stack.service.recordDecision(id, v(), 'Yes.');
    stack.service.markSent(id, v(), 'answer', 'email', { subject: 'Your request', body: '', proposalId: null });
  };

  it('an ask rewrites only the main file; closing moves the request to its year, reopening brings it back', () => {
    const stack = openTestStack(dir, clock);
    const done = stack.service.logRequest(requestDetails({ topic: 'the gala' }));
    const open = stack.service.logRequest(requestDetails({ topic: 'the dinner' }));
    close(stack, done.id);
    const archive = path.join(dir, 'follow-through-archive-2026.json');
    const archived = readFileSync(archive);
    const mtime = statSync(archive).mtimeMs;

    stack.service.askBoss(open.id, stack.service.request(open.id).version, '');
    expect(readFileSync(archive)).toEqual(archived);
    expect(statSync(archive).mtimeMs).toBe(mtime);
    expect(Object.keys(read<DataFile>('follow-through.json').requests)).toEqual([open.id]);

    // Search and the history reach into the archive, after a restart too.
    const later = openTestStack(dir, clock);
    expect(later.service.listRequests({ ...ALL, text: 'gala' }).requests.map((r) => r.id)).toEqual([done.id]);
    expect(later.service.request(done.id).state.timeline.map((t) => t.kind)).toEqual(['logged', 'decided', 'client-message-sent']);
    later.service.reopen(done.id, later.service.request(done.id).version);
    expect(Object.keys(read<DataFile>('follow-through.json').requests).sort()).toEqual([done.id, open.id].sort());
    expect(read<{ requests: object }>('follow-through-archive-2026.json').requests).toEqual({});
    expect(read<ArchiveIndex>('follow-through-archive-index.json').requests).toEqual({});
  });

  it('an index from the previous version is rebuilt at start; lost chase outcomes are rebuilt when first needed', () => {
    const stack = openTestStack(dir, clock);
    const { id } = stack.service.logRequest(requestDetails({ contact: { channel: 'email', at: '2026-11-02T08:30:00.000Z' } }));
    // Jane chases on Friday 6 November at 10:00 (no update had gone out), then the answer closes the request.
    stack.service.logClientContact(id, stack.service.request(id).version, {
      channel: 'phone',
      contactAt: '2026-11-06T10:00:00.000Z',
      note: 'Any news?',
      needs: 'reply',
    });
    close(stack, id);
    // The index as version 1 of the format wrote it: ids to years, contacts as dates, the outcomes inside.
    writeFileSync(
      path.join(dir, 'follow-through-archive-index.json'),
      JSON.stringify({
        schemaVersion: 5,
        requests: { [id]: 2026 },
        clients: { 'jane@acme.example': ['2026-11-02T08:30:00.000Z'] },
        chases: [],
        drafts: [],
      }),
    );
    rmSync(path.join(dir, 'follow-through-archive-outcomes.json'));

    const restarted = openTestStack(dir, clock);
    expect(read<ArchiveIndex>('follow-through-archive-index.json')).toMatchObject({ indexVersion: 2, requests: { 2026: [id] } });
    // Her two contacts, 2 Nov 08:30 and 6 Nov 10:00, are 97 whole hours apart.
    expect(read<ArchiveIndex>('follow-through-archive-index.json').clients['jane@acme.example']).toMatchObject({
      last: Date.parse('2026-11-06T10:00:00.000Z'),
      gapHours: [97],
    });
    expect(restarted.service.listRequests(ALL).chasesBeaten.overall).toEqual({ beaten: 0, chased: 1, rate: 0 });

    // The outcomes file lost: start-up does not need it, and the queue's figure rebuilds it from the archive.
    const outcomes = path.join(dir, 'follow-through-archive-outcomes.json');
    rmSync(outcomes);
    const again = openTestStack(dir, clock);
    again.service.todayView();
    expect(existsSync(outcomes)).toBe(false);
    expect(again.service.listRequests(ALL).chasesBeaten.overall).toEqual({ beaten: 0, chased: 1, rate: 0 });
    expect(read<{ chases: unknown[] }>('follow-through-archive-outcomes.json').chases).toEqual([
      { at: '2026-11-06T10:00:00.000Z', kind: 'chased' },
    ]);
  });

  it('a move cut short (the request in both files) is finished at the next start', () => {
    const stack = openTestStack(dir, clock);
    const { id } = stack.service.logRequest(requestDetails());
    const mainBefore = readFileSync(path.join(dir, 'follow-through.json'), 'utf8');
    close(stack, id);
    // As if the app died after writing the archive but before the main file dropped the request.
    const main = read<DataFile>('follow-through.json');
    const closedDoc = read<{ requests: DataFile['requests'] }>('follow-through-archive-2026.json').requests[id]!;
    writeFileSync(path.join(dir, 'follow-through.json'), JSON.stringify({ ...main, requests: { [id]: closedDoc } }));
    expect(mainBefore).not.toBe(readFileSync(path.join(dir, 'follow-through.json'), 'utf8'));

    const restarted = openTestStack(dir, clock);
    expect(Object.keys(read<DataFile>('follow-through.json').requests)).toEqual([]);
    expect(restarted.service.listRequests(ALL).requests.map((r) => `${r.id}: ${r.status}`)).toEqual([`${id}: closed`]);
  });
});

describe('backups', () => {
  it('one at each start; Restore backs up the current data first, then puts the backup in place', async () => {
    const first = openTestStack(dir, clock);
    const gala = first.service.logRequest(
      requestDetails({ topic: 'the gala', contact: { channel: 'email', at: '2026-11-10T08:00:00.000Z' } }),
    );
    clock.set(new Date('2026-11-11T09:00:00Z'));
    const second = openTestStack(dir, clock);
    second.service.logRequest(requestDetails({ topic: 'the dinner', contact: { channel: 'email', at: '2026-11-11T08:00:00.000Z' } }));
    const backups = second.data.status().backups;
    expect(backups.map((b) => `${b.kind} ${b.requests}`)).toEqual(['start 1', 'start 0']);

    const result = await second.handlers.restoreBackup({ id: backups[0]!.id });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.savedFirst).toMatchObject({ kind: 'before-restore', requests: 2 });
    expect(second.service.listRequests(ALL).requests.map((r) => r.topic)).toEqual([gala.topic]);
    expect(second.data.status().backups.map((b) => b.kind)).toEqual(['before-restore', 'start', 'start']);
  });

  it('restoring, then restoring what that restore saved, in the same instant, loses nothing', async () => {
    const first = openTestStack(dir, clock);
    first.service.logRequest(requestDetails({ topic: 'the gala', contact: { channel: 'email', at: '2026-11-10T08:00:00.000Z' } }));
    clock.set(new Date('2026-11-11T09:00:00Z'));
    const stack = openTestStack(dir, clock);
    stack.service.logRequest(requestDetails({ topic: 'the dinner', contact: { channel: 'email', at: '2026-11-11T08:00:00.000Z' } }));
    const topics = () =>
      stack.service
        .listRequests(ALL)
        .requests.map((r) => r.topic)
        .sort();

    await stack.handlers.restoreBackup({ id: stack.data.status().backups[0]!.id });
    expect(topics()).toEqual(['the gala']);
    const savedFirst = stack.data.status().backups[0]!;
    expect(savedFirst).toMatchObject({ kind: 'before-restore', requests: 2 });
    await stack.handlers.restoreBackup({ id: savedFirst.id });
    expect(topics()).toEqual(['the dinner', 'the gala']);
    expect(stack.data.status().backups.map((b) => `${b.kind} ${b.requests}`)).toEqual([
      'before-restore 1',
      'before-restore 2',
      'start 1',
      'start 0',
    ]);
  });

  it('a daily backup on a working day that has none yet, and never twice a day', () => {
    const stack = openTestStack(dir, clock);
    stack.service.logRequest(requestDetails({ contact: { channel: 'email', at: '2026-11-10T08:00:00.000Z' } }));
    const settings = stack.service.currentSettings();
    expect(stack.data.backUpDaily(new Date('2026-11-10T15:00:00Z'), settings, 1)).toBeNull(); // the start backup covers today
    expect(stack.data.backUpDaily(new Date('2026-11-14T10:00:00Z'), settings, 1)).toBeNull(); // Saturday
    expect(stack.data.backUpDaily(new Date('2026-11-16T08:00:00Z'), settings, 1)).toMatchObject({ kind: 'daily', requests: 1 });
    expect(stack.data.backUpDaily(new Date('2026-11-16T17:00:00Z'), settings, 1)).toBeNull();
  });
});

it('leaves no partial backup folders or temp files behind', () => {
  const stack = openTestStack(dir, clock);
  stack.service.logRequest(requestDetails({ contact: { channel: 'email', at: '2026-11-10T08:00:00.000Z' } }));
  expect(readdirSync(dir).filter((f) => /partial|restoring|\.tmp/.test(f))).toEqual([]);
  expect(existsSync(path.join(dir, 'backups'))).toBe(true);
  mkdirSync(path.join(dir, 'backups', 'not-a-backup'));
  expect(stack.data.backups.list().every((b) => b.id !== 'not-a-backup')).toBe(true);
});
