import { describe, expect, it } from 'vitest';
import { mergedArchiveText } from '../../shared/store/archive-merge';
import { mainFileContent, NOTHING_KEPT, unknownTopLevel, withKeptFields } from '../../shared/store/kept-fields';
import type { DataFile } from '../../shared/store/documents';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';

// Two promises the store makes about files on disk: restoring a backup never takes a closed
// request out of the archives, and a field written by a newer version is written back unchanged.

/** A request document with `n` events (only their count matters to the merge) and a mark to tell copies apart. */
const doc = (id: string, n: number, copy: string) => ({
  id,
  rev: n,
  copy,
  events: Array.from({ length: n }, (_, i) => ({ type: i === 0 ? 'logged' : 'asked', at: `2026-01-0${i + 1}T09:00:00.000Z` })),
});
const archive = (requests: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ schemaVersion: 7, year: 2026, requests, ...extra });
const merged = (backup: string, live: string) => JSON.parse(mergedArchiveText(backup, live)) as Record<string, unknown>;

describe('restoring a backup’s copy of an archive', () => {
  it('keeps every request either copy holds, each as the copy with more events', () => {
    const backup = archive({ a: doc('a', 3, 'backup'), b: doc('b', 2, 'backup'), c: doc('c', 5, 'backup') });
    const live = archive({ a: doc('a', 4, 'live'), c: doc('c', 2, 'live'), d: doc('d', 1, 'live') });
    const out = merged(backup, live);
    const requests = out.requests as Record<string, { copy: string; events: unknown[] }>;
    expect(Object.entries(requests).map(([id, r]) => [id, r.copy, r.events.length])).toEqual([
      ['a', 'live', 4],
      ['c', 'backup', 5],
      ['d', 'live', 1],
      ['b', 'backup', 2],
    ]);
    expect(out).toMatchObject({ schemaVersion: 7, year: 2026 });
  });

  it('keeps the live copy of a request when both have as many events', () => {
    const out = merged(archive({ a: doc('a', 3, 'backup') }), archive({ a: doc('a', 3, 'live') }));
    expect((out.requests as Record<string, { copy: string }>).a!.copy).toBe('live');
  });

  it('brings back a request with no events yet, but not one whose events cannot be read', () => {
    const out = merged(archive({ empty: { id: 'empty', rev: 0, events: [] }, broken: { id: 'broken', events: 'x' } }), archive({}));
    expect(Object.keys(out.requests as object)).toEqual(['empty']);
  });

  it('takes the newer format number of the two, and every top-level field of both, the live copy’s winning', () => {
    const out = merged(archive({}, { schemaVersion: 8, fromNewerApp: 'kept', note: 'backup' }), archive({}, { note: 'live' }));
    expect(out).toEqual({ schemaVersion: 8, year: 2026, fromNewerApp: 'kept', note: 'live', requests: {} });
    expect(merged(archive({}, { schemaVersion: 4 }), archive({})).schemaVersion).toBe(7);
  });

  it('keeps the live copy’s format when neither has a number it can read', () => {
    const out = merged(JSON.stringify({ requests: {} }), JSON.stringify({ schemaVersion: 'five', requests: {} }));
    expect(out.schemaVersion).toBe('five');
  });

  it('reads a copy whose requests are not an object as having none', () => {
    const out = merged(archive([1, 2]), archive('none'));
    expect(out.requests).toEqual({});
    const live = merged(archive({ a: doc('a', 1, 'backup') }), archive(null));
    expect(Object.keys(live.requests as object)).toEqual(['a']);
  });

  it('gives way to the other copy, as it was, when one cannot be read', () => {
    const good = archive({ a: doc('a', 1, 'x') });
    expect(mergedArchiveText('{not json', good)).toBe(good);
    expect(mergedArchiveText(good, '[1,2]')).toBe(good);
  });
});

describe('fields from a newer version', () => {
  it('finds the top-level keys this version does not know', () => {
    expect(
      unknownTopLevel({ schemaVersion: 7, settings: {}, requests: {}, clients: {}, __internal__: {}, sync: { on: true }, theme2: 'x' }),
    ).toEqual({ sync: { on: true }, theme2: 'x' });
  });

  it('puts each kept field back at its path, copying what it passes through', () => {
    const known = { a: { b: 1 }, list: [{ x: 1 }, { x: 2 }] };
    const out = withKeptFields(known, [
      { path: ['a', 'newer'], value: 'kept' },
      { path: ['list', 1, 'y'], value: 2 },
      { path: ['top'], value: true },
    ]);
    expect(out).toEqual({ a: { b: 1, newer: 'kept' }, list: [{ x: 1 }, { x: 2, y: 2 }], top: true });
    // The object passed in is not changed.
    expect(known).toEqual({ a: { b: 1 }, list: [{ x: 1 }, { x: 2 }] });
  });

  it('passes over a place that is empty, one past the end of a list, or a name on a list, adding nothing', () => {
    const known = { a: null, list: [{ x: 1 }], b: {} };
    const out = withKeptFields(known, [
      { path: ['a', 'newer'], value: 'lost' },
      { path: ['list', 1, 'y'], value: 'lost' },
      { path: ['list', 'name'], value: 'lost' },
      { path: ['b', 'missing', 'deep'], value: 'lost' },
    ]);
    expect(out).toStrictEqual({ a: null, list: [{ x: 1 }], b: {} });
    expect(Object.keys(out.list)).toEqual(['0']);
  });

  it('leaves a field out where its place is gone, and never overwrites a value this version set', () => {
    const known = { a: { b: 1 }, list: [{ x: 1 }], n: 3 };
    const out = withKeptFields(known, [
      { path: ['gone', 'newer'], value: 'lost' },
      { path: ['list', 5, 'y'], value: 'lost' },
      { path: ['list', 'key'], value: 'lost' },
      { path: ['n', 'inside'], value: 'lost' },
      { path: ['a', 'b'], value: 'old' },
      { path: [], value: 'lost' },
    ]);
    expect(out).toEqual({ a: { b: 1 }, list: [{ x: 1 }], n: 3 });
  });

  it('writes the main file with what it knows over what it kept', () => {
    const data = { schemaVersion: 7, settings: { ...DEFAULT_SETTINGS }, requests: {}, clients: {} } as DataFile;
    const content = mainFileContent(data, {
      topLevel: { sync: { on: true }, requests: 'an old key never wins' },
      settings: [{ path: ['workingHours', 'lunch'], value: '12:00' }],
    });
    expect(content).toEqual({
      sync: { on: true },
      schemaVersion: 7,
      settings: { ...DEFAULT_SETTINGS, workingHours: { start: '09:00', end: '17:30', lunch: '12:00' } },
      requests: {},
      clients: {},
    });
    expect(mainFileContent(data, NOTHING_KEPT)).toEqual(data);
  });
});
