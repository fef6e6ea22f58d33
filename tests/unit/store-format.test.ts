import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { foldRequest } from '../../shared/domain/request-state';
import { historyContacts } from '../../shared/rules/chase-prediction';
import { buildArchiveSummary, emptyArchiveSummary, summaryWith, summaryWithout } from '../../shared/store/archive-index';
import { attentionLabel } from '../../shared/store/attention-label';
import { backupsToKeep } from '../../shared/store/backup-retention';
import { checkDataFile } from '../../shared/store/check-data-file';
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
    expect(migrate({ schemaVersion: 2, requests: {} })).toEqual({ from: 2, file: { schemaVersion: 5, requests: {} } });
    expect(migrate({ schemaVersion: 3, requests: {} })).toEqual({ from: 3, file: { schemaVersion: 5, requests: {} } });
    expect(migrate({ schemaVersion: 4, requests: {} })).toEqual({ from: 4, file: { schemaVersion: 5, requests: {} } });
    expect(() => migrate({ schemaVersion: 6 })).toThrow(
      new UnreadableFileError('it was written by a newer version of Follow-Through (format 6; this version reads up to 5)'),
    );
    expect(() => migrate({ schemaVersion: 'two' })).toThrow('its format version (two) is not one this app knows');
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
});
