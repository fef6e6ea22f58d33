import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { foldRequest } from '../../shared/domain/request-state';
import { historyContacts } from '../../shared/rules/chase-prediction';
import {
  archivedTotal,
  buildArchiveSummary,
  emptyArchiveSummary,
  summaryWith,
  summaryWithAll,
  summaryWithout,
  yearFiled,
} from '../../shared/store/archive-index';
import { attentionLabel } from '../../shared/store/attention-label';
import { backupsToKeep } from '../../shared/store/backup-retention';
import { checkDataFile, parseDataFile } from '../../shared/store/check-data-file';
import { migrate, MIGRATIONS, UnreadableFileError } from '../../shared/store/migrations';
import { logged } from '../support/fixtures';

describe('migrations', () => {
  it('1 -> 2 adds the version and a revision equal to each request’s event count, and keeps the rest', () => {
    const v1 = {
      settings: { assistantName: 'Sam' },
      requests: { r1: { id: 'r1', events: [logged(), { type: 'asked', at: '2026-11-02T10:00:00.000Z', note: '' }] } },
    };
    expect(MIGRATIONS[1]!(v1)).toEqual({
      schemaVersion: 2,
      settings: { assistantName: 'Sam' },
      requests: { r1: { ...v1.requests.r1, rev: 2 } },
    });
  });

  it('runs from the version a file states (none means 1), and refuses a newer or a nonsense one', () => {
    expect(migrate({ requests: {} }).from).toBe(1);
    expect(migrate({ schemaVersion: 2, requests: {} })).toEqual({ from: 2, file: { schemaVersion: 7, requests: {} } });
    expect(migrate({ schemaVersion: 3, requests: {} })).toEqual({ from: 3, file: { schemaVersion: 7, requests: {} } });
    expect(migrate({ schemaVersion: 4, requests: {} })).toEqual({ from: 4, file: { schemaVersion: 7, requests: {} } });
    expect(migrate({ schemaVersion: 5, requests: {} })).toEqual({ from: 5, file: { schemaVersion: 7, requests: {} } });
    expect(migrate({ schemaVersion: 6, requests: {} })).toEqual({ from: 6, file: { schemaVersion: 7, requests: {} } });
    expect(() => migrate({ schemaVersion: 8 })).toThrow(
      new UnreadableFileError('it was written by a newer version of Follow-Through (format 8; this version reads up to 7)'),
    );
    expect(() => migrate({ schemaVersion: 'two' })).toThrow('its format version (two) is not one this app knows');
    expect(() => migrate({ schemaVersion: 0 })).toThrow(new UnreadableFileError('its format version (0) is not one this app knows'));
  });

  it('1 -> 2 leaves a request whose events are not a list as it was, for the check to set aside', () => {
    expect(MIGRATIONS[1]!({ requests: { odd: { id: 'odd', events: 'x' }, text: 'hello' } })).toEqual({
      schemaVersion: 2,
      requests: { odd: { id: 'odd', events: 'x' }, text: 'hello' },
    });
  });

  it('3 -> 4 makes the old greeting a placeholder, and leaves alone a template it cannot read', () => {
    const settings = {
      templates: { update: { subject: 'Update', body: 'Dear {{clientName}},\n\nNews.' }, answer: null, reply: { subject: 'Re' } },
    };
    expect(MIGRATIONS[3]!({ schemaVersion: 3, settings }).settings).toEqual({
      templates: { update: { subject: 'Update', body: '{{greeting}}\n\nNews.' }, answer: null, reply: { subject: 'Re' } },
    });
  });
});

describe('checking a data file', () => {
  it('sets aside a request that fails the schema, naming the field, and keeps the others', () => {
    const good = { id: 'good', rev: 1, events: [logged()] };
    const checked = checkDataFile({
      schemaVersion: 2,
      requests: {
        good,
        'bad-date': { id: 'bad-date', rev: 1, events: [{ ...logged(), at: '2 Nov' }] },
        'no-logged': { id: 'no-logged', rev: 1, events: [{ type: 'asked', at: '2026-11-02T10:00:00.000Z', note: '' }] },
        misfiled: { ...good, id: 'other' },
      },
    });
    expect(Object.keys(checked.data.requests)).toEqual(['good']);
    expect(checked.setAside.map((s) => [s.key, s.problem])).toEqual([
      ['bad-date', 'event 1, at: Invalid ISO datetime'],
      ['no-logged', 'event 1, type: The first event must be "logged".'],
      ['misfiled', 'it is filed under "misfiled" but its id is "other"'],
    ]);
  });

  it('sets aside settings that fail their schema and uses the defaults, rather than losing the requests', () => {
    const checked = checkDataFile({ schemaVersion: 2, settings: { strikeLimit: 0 }, requests: {} });
    expect(checked.data.settings.strikeLimit).toBe(3);
    expect(checked.setAside).toEqual([
      { key: 'settings', problem: 'strikeLimit: The strike limit must be between 1 and 10.', raw: { strikeLimit: 0 } },
    ]);
  });

  it('drops a settings field this version does not know, and keeps the rest of the settings', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      strikeLimit: 4,
      sidebarWidth: 240,
      workingHours: { start: '08:00', end: '16:00', lunch: '12:00' },
    };
    const checked = checkDataFile({ schemaVersion: 2, settings: stored, requests: {} });
    expect(checked.setAside).toEqual([]);
    expect(checked.data.settings.strikeLimit).toBe(4);
    expect(checked.data.settings.workingHours).toEqual({ start: '08:00', end: '16:00' });
    expect(checked.data.settings).not.toHaveProperty('sidebarWidth');
  });

  it('refuses a file whose requests are not a record', () => {
    expect(() => checkDataFile({ schemaVersion: 2, requests: [] })).toThrow('its "requests" is not a list of requests');
  });
});

describe('why a stored request was set aside', () => {
  const problems = (requests: Record<string, unknown>) =>
    checkDataFile({ schemaVersion: 7, requests }).setAside.map((s) => [s.key, s.problem]);

  it('names the field, an event by its number, and at most three faults', () => {
    expect(
      problems({
        empty: { id: 'empty', rev: 1, events: [] },
        notarray: { id: 'notarray', rev: 1, events: 'x' },
        noid: { id: '', rev: 1, events: [logged()] },
        rev: { id: 'rev', rev: 3, events: [logged()] },
        text: 'hello',
        many: {
          id: 'many',
          rev: 'x',
          events: [
            { ...logged(), at: 'x' },
            { type: 'asked', at: 'y', note: 5 },
          ],
        },
      }),
    ).toEqual([
      ['empty', 'events: There are no events.; rev: The revision does not match the number of events.'],
      ['notarray', 'events: Invalid input: expected array, received string'],
      ['noid', 'id: Too small: expected string to have >=1 characters'],
      ['rev', 'rev: The revision does not match the number of events.'],
      ['text', 'Invalid input: expected object, received string'],
      [
        'many',
        'rev: Invalid input: expected number, received string; event 1, at: Invalid ISO datetime; event 2, at: Invalid ISO datetime',
      ],
    ]);
  });

  it('names a list item in the settings by its place, not as an event', () => {
    const checked = checkDataFile({ schemaVersion: 7, requests: {}, settings: { ...DEFAULT_SETTINGS, holdUpReasons: [5] } });
    expect(checked.setAside.map((s) => s.problem)).toEqual(['holdUpReasons.0: Invalid input: expected string, received number']);
  });

  it('names a settings field by its dotted path', () => {
    const checked = checkDataFile({
      schemaVersion: 7,
      requests: {},
      settings: { ...DEFAULT_SETTINGS, workingHours: { start: 'nine', end: '17:30' } },
    });
    expect(checked.setAside.map((s) => s.problem)).toEqual([
      'workingHours.start: The start of the working day must be a time like 09:00.; workingHours.end: The working day must end after it starts.',
    ]);
  });
});

describe('reading a data file’s text', () => {
  const minimal = { schemaVersion: 7, requests: {} };

  it('reads a file saved with a byte-order mark, as Notepad saves UTF-8', () => {
    expect(parseDataFile(`\uFEFF${JSON.stringify(minimal)}`).data.requests).toEqual({});
  });

  it('says why a file cannot be used at all', () => {
    expect(() => parseDataFile('{"requests":')).toThrow(new UnreadableFileError('it is not valid JSON (Unexpected end of JSON input)'));
    expect(() => parseDataFile('[1, 2]')).toThrow(new UnreadableFileError('it does not hold an object'));
    expect(() => parseDataFile('{"schemaVersion": 5}')).toThrow(
      new UnreadableFileError('it has no list of requests (the "requests" key is missing)'),
    );
  });

  it('keeps nothing extra from settings this version knows whole', () => {
    expect(checkDataFile({ ...minimal, settings: DEFAULT_SETTINGS }).kept).toEqual({ topLevel: {}, settings: [] });
  });

  it('says which format it was upgraded from, and nothing when it was current', () => {
    expect(checkDataFile(minimal).migratedFrom).toBeNull();
    expect(checkDataFile({ schemaVersion: 2, requests: {} }).migratedFrom).toBe(2);
  });

  it('keeps what a newer version wrote: top-level keys and settings fields, each at its place', () => {
    const checked = checkDataFile({
      ...minimal,
      sync: { on: true },
      settings: { ...DEFAULT_SETTINGS, sidebarWidth: 240, workingHours: { start: '08:00', end: '16:00', lunch: '12:00' } },
    });
    expect(checked.kept).toEqual({
      topLevel: { sync: { on: true } },
      settings: [
        { path: ['workingHours', 'lunch'], value: '12:00' },
        { path: ['sidebarWidth'], value: 240 },
      ],
    });
  });

  it('sets the settings aside, naming every fault, when an unknown field comes with a wrong one', () => {
    const checked = checkDataFile({ ...minimal, settings: { ...DEFAULT_SETTINGS, strikeLimit: 0, sidebarWidth: 240 } });
    expect(checked.setAside.map((s) => [s.key, s.problem])).toEqual([
      ['settings', 'strikeLimit: The strike limit must be between 1 and 10.; Unrecognized key: "sidebarWidth"'],
    ]);
    expect(checked.kept.settings).toEqual([]);
  });

  it('sets aside settings in a shape the upgrade cannot read, saying which part', () => {
    const problem = (settings: unknown) => checkDataFile({ ...minimal, settings }).setAside.map((s) => [s.key, s.problem]);
    expect(problem('dark mode')).toEqual([['settings', 'they are not a set of settings']]);
    expect(problem({ bosses: 'Alex' })).toEqual([['settings', 'bosses: not a list of bosses']]);
    expect(problem({ bosses: [null] })).toEqual([['settings', 'bosses: not a list of bosses']]);
    expect(problem({ bosses: [{ id: 'b1', name: 'Alex', email: '' }, 'Robin'] })).toEqual([['settings', 'bosses: not a list of bosses']]);
    expect(problem({ templates: { update: null } })).toEqual([['settings', 'templates: each needs a subject and a text']]);
    expect(problem({ templates: { update: { subject: 'Hi', body: 5 } } })).toEqual([
      ['settings', 'templates: each needs a subject and a text'],
    ]);
    expect(problem({ templates: [] })).toEqual([['settings', 'templates: each needs a subject and a text']]);
    // None stored at all, or an empty set: today's defaults fill them in.
    expect(problem({ templates: {} })).toEqual([]);
    expect(problem({})).toEqual([]);
  });

  it('keeps each client’s profile that reads, and sets aside one that does not', () => {
    const checked = checkDataFile({
      ...minimal,
      clients: { 'jane@acme.example': { title: 'Dr', greeting: null, preferredChannel: 'phone' }, 'bob@x.example': { title: 5 } },
    });
    expect(checked.data.clients).toEqual({
      'jane@acme.example': { title: 'Dr', greeting: null, preferredChannel: 'phone', timeZone: null },
    });
    expect(checked.setAside.map((s) => s.key)).toEqual(['client bob@x.example']);
  });
});

describe('the archive index', () => {
  const contacted = (at: string) => ({
    type: 'client-contacted' as const,
    at,
    channel: 'phone' as const,
    contactAt: at,
    note: '',
    chased: true,
  });
  const state = (id: string, events = [logged()]) => foldRequest(id, events, new Date('2026-12-01T00:00:00Z'));

  it('adds and removes exactly one request’s contacts and chase outcomes', () => {
    const a = state('a', [logged(), contacted('2026-11-09T09:00:00.000Z')]);
    const b = state('b');
    const both = buildArchiveSummary([
      { state: a, year: 2026 },
      { state: b, year: 2026 },
    ]);
    expect(both.index.requests).toEqual({ 2026: ['a', 'b'] });
    // Jane Doe's contacts, oldest first, as instants: both requests came on Mon 2 Nov at 08:30, then she chased on Mon 9 Nov at 09:00.
    const jane = both.index.clients['jane@acme.example']!;
    expect(historyContacts(jane)).toEqual([Date.UTC(2026, 10, 2, 8, 30), Date.UTC(2026, 10, 2, 8, 30), Date.UTC(2026, 10, 9, 9, 0)]);
    expect(jane.last).toBe(Date.UTC(2026, 10, 9, 9, 0));
    // The two first contacts make no gap; 2 Nov 08:30 to 9 Nov 09:00 is 168 whole hours.
    expect(jane.gapHours).toEqual([168]);
    expect(both.outcomes.chases).toEqual([{ at: '2026-11-09T09:00:00.000Z', kind: 'chased' }]);
    expect(summaryWithout(both, a)).toEqual(summaryWith(emptyArchiveSummary(), b, 2026));
    expect(summaryWithout(summaryWithout(both, a), b).index.clients).toEqual({});
  });

  it('files each request under its year, sorted, and finds any of them again', () => {
    const summary = buildArchiveSummary(
      ['m', 'c', 'x', 'q', 'f'].map((id) => ({ state: state(id), year: 2025 })).concat({ state: state('b'), year: 2026 }),
    );
    expect(summary.index.requests).toEqual({ 2025: ['c', 'f', 'm', 'q', 'x'], 2026: ['b'] });
    expect(['c', 'f', 'm', 'q', 'x', 'b', 'a', 'n', 'z'].map((id) => yearFiled(summary.index, id))).toEqual([
      2025,
      2025,
      2025,
      2025,
      2025,
      2026,
      undefined,
      undefined,
      undefined,
    ]);
    expect(archivedTotal(summary.index)).toBe(6);
  });

  it('adds to what is filed without losing it: other years, other clients, earlier outcomes, no id twice', () => {
    const bob = (id: string) =>
      state(id, [logged('2026-11-02T09:00:00.000Z', { client: { name: 'Bob Ray', company: '', email: 'bob@x.example', phone: '' } })]);
    const before = buildArchiveSummary([
      { state: state('c', [logged(), contacted('2026-11-09T09:00:00.000Z')]), year: 2025 },
      { state: bob('b'), year: 2026 },
    ]);
    const withDraft = (id: string) =>
      state(id, [
        logged(),
        {
          type: 'client-message-sent',
          at: '2026-11-03T10:00:00.000Z',
          kind: 'update',
          subject: 'News',
          edit: { edited: false, wordsChanged: 0 },
        },
      ]);
    expect(summaryWithAll(summaryWith(before, withDraft('d1'), 2026), [{ state: state('m'), year: 2025 }]).outcomes.drafts).toEqual([
      { at: '2026-11-03T10:00:00.000Z', template: 'update', edited: false, wordsChanged: 0 },
    ]);
    const after = summaryWithAll(before, [
      { state: state('m'), year: 2025 },
      { state: state('c', [logged(), contacted('2026-11-09T09:00:00.000Z')]), year: 2025 },
    ]);
    expect(after.index.requests).toEqual({ 2025: ['c', 'm'], 2026: ['b'] });
    expect(Object.keys(after.index.clients).sort()).toEqual(['bob@x.example', 'jane@acme.example']);
    expect(after.outcomes.chases).toEqual([
      { at: '2026-11-09T09:00:00.000Z', kind: 'chased' },
      { at: '2026-11-09T09:00:00.000Z', kind: 'chased' },
    ]);
    // What was passed in is left as it was.
    expect(before.index.requests).toEqual({ 2025: ['c'], 2026: ['b'] });
  });

  it('takes out one request: the year goes with its last one, and nothing else moves', () => {
    const summary = buildArchiveSummary([
      { state: state('c'), year: 2025 },
      { state: state('m'), year: 2025 },
      { state: state('x'), year: 2025 },
      { state: state('b'), year: 2026 },
    ]);
    expect(summaryWithout(summary, state('m')).index.requests).toEqual({ 2025: ['c', 'x'], 2026: ['b'] });
    expect(summaryWithout(summary, state('b')).index.requests).toEqual({ 2025: ['c', 'm', 'x'] });
    // Not filed (reopened before it was archived): the archive is as it was.
    expect(summaryWithout(summary, state('n')).index.requests).toEqual({ 2025: ['c', 'm', 'x'], 2026: ['b'] });
    const stranger = state('s', [
      logged('2026-11-02T09:00:00.000Z', { client: { name: 'Sue Other', company: '', email: 's@x.example', phone: '' } }),
    ]);
    expect(summaryWithout(summary, stranger).index.clients).toEqual(summary.index.clients);
  });

  it('takes out only that request’s outcomes, even where another has one at the same moment', () => {
    const T = '2026-11-09T09:00:00.000Z';
    const edit = (edited: boolean, wordsChanged: number) => ({ edited, wordsChanged });
    // Bob was sent an update at T, edited by 4 words; Jane was acknowledged at T, unedited, and chased at T.
    const bob = state('b', [
      logged('2026-11-02T09:00:00.000Z', { client: { name: 'Bob Ray', company: '', email: 'bob@x.example', phone: '' } }),
      { type: 'client-message-sent', at: T, kind: 'update', subject: 'News', edit: edit(true, 4) },
    ]);
    const jane = state('a', [
      logged(),
      { type: 'client-message-sent', at: T, kind: 'acknowledgement', subject: 'Thanks', edit: edit(false, 0) },
      contacted(T),
    ]);
    // Sue, filed first, was chased and acknowledged the week before: an outcome of the same kind as Jane's, at another time.
    const sue = state('s', [
      logged('2026-10-26T09:00:00.000Z', {
        client: { name: 'Sue Other', company: '', email: 's@x.example', phone: '' },
        contact: { channel: 'email', at: '2026-10-26T08:00:00.000Z' },
      }),
      { type: 'client-message-sent', at: '2026-11-02T09:00:00.000Z', kind: 'acknowledgement', subject: 'Thanks', edit: edit(true, 1) },
      contacted('2026-11-02T10:00:00.000Z'),
    ]);
    const both = buildArchiveSummary([
      { state: sue, year: 2026 },
      { state: bob, year: 2026 },
      { state: jane, year: 2026 },
    ]);
    expect(both.outcomes.chases).toEqual([
      { at: '2026-11-02T10:00:00.000Z', kind: 'chased' },
      { at: T, kind: 'beaten' },
      { at: T, kind: 'chased' },
    ]);
    const left = summaryWithout(both, jane);
    expect(left.outcomes).toEqual({
      ...emptyArchiveSummary().outcomes,
      chases: [
        { at: '2026-11-02T10:00:00.000Z', kind: 'chased' },
        { at: T, kind: 'beaten' },
      ],
      drafts: [
        { at: '2026-11-02T09:00:00.000Z', template: 'acknowledgement', edited: true, wordsChanged: 1 },
        { at: T, template: 'update', edited: true, wordsChanged: 4 },
      ],
    });
    // Taken out again, it finds nothing of its own: Bob's stay.
    expect(summaryWithout(left, jane).outcomes).toEqual(left.outcomes);
  });

  it('starts empty', () => {
    expect(emptyArchiveSummary()).toEqual({
      index: { schemaVersion: 7, indexVersion: 2, requests: {}, clients: {} },
      outcomes: { schemaVersion: 7, indexVersion: 2, chases: [], drafts: [] },
    });
  });
});

describe('backup retention', () => {
  const at = (iso: string, i = 0) => ({ id: `${iso}-${i}`, createdAt: iso });

  it('keeps the newest per day for 10 days, the newest per week for 8 weeks, and the newest 3', () => {
    const backups = [];
    // Two backups a day (start and daily) for 100 days from 1 August 2026.
    for (let d = 0; d < 100; d++) {
      const day = new Date(Date.UTC(2026, 7, 1 + d, 8));
      backups.push(at(day.toISOString(), 0), at(new Date(day.getTime() + 4 * 3600_000).toISOString(), 1));
    }
    const keep = [...backupsToKeep(backups)].sort();
    const days = new Set(keep.map((id) => id.slice(0, 10)));
    // The newest 3 (both of Sunday 8 November, and the 7th's later one); the newest of each of the
    // 10 days 30 October - 8 November (two already counted): 8 more; the newest of each of 8 ISO
    // weeks back to the week of 14 September (the last two fall in the daily ones): 6 more.
    expect(keep.filter((id) => id.startsWith('2026-11-08'))).toHaveLength(2);
    expect(days.has('2026-11-07')).toBe(true);
    expect(days.has('2026-10-30')).toBe(true);
    expect(days.has('2026-10-29')).toBe(false);
    expect(keep.length).toBe(3 + 8 + 6);
    expect(days.has('2026-09-20')).toBe(true);
    expect(days.has('2026-09-13')).toBe(false);
  });
});

describe('naming a record set aside', () => {
  it('uses the client and topic as far as the first event still says them', () => {
    expect(attentionLabel({ id: 'x', events: [logged('2026-11-02T09:00:00.000Z', { topic: ' the venue contract ' })] })).toBe(
      'Jane Doe · the venue contract',
    );
    expect(attentionLabel({ events: [{ type: 'logged', request: { client: { name: 'Siobhán O’Neill' } } }] })).toBe('Siobhán O’Neill');
    expect(attentionLabel({ events: [{ type: 'logged', request: { topic: 42, client: 'nobody' } }] })).toBeNull();
    expect(attentionLabel({ events: 'garbled' })).toBeNull();
    expect(attentionLabel(null)).toBeNull();
  });

  it('reads as far as it can: a first event or request that is not an object, a client that is not one, a name that is not text', () => {
    expect(attentionLabel({ events: ['logged'] })).toBeNull();
    expect(attentionLabel({ events: [{ type: 'logged', request: 'x' }] })).toBeNull();
    expect(attentionLabel({ events: [{ type: 'logged', request: { client: 'Jane', topic: ' the gala ' } }] })).toBe('the gala');
    expect(attentionLabel({ events: [{ type: 'logged', request: { client: { name: 7 }, topic: 'the gala' } }] })).toBe('the gala');
    expect(attentionLabel({ events: [{ type: 'logged', request: { client: { name: '  Jane Doe ' } } }] })).toBe('Jane Doe');
  });
});
