import { SCHEMA_VERSION } from './documents';
import { NOW_PLACEHOLDERS } from '../domain/settings-upgrade';

/** A data file as read from disk, before it is checked: anything JSON can hold. */
export type RawFile = Record<string, unknown>;

/**
 * One pure step per version: MIGRATIONS[n] turns a version-n file into a version-(n+1) one.
 * A step never drops data it does not understand; checking comes after migrating.
 */
export const MIGRATIONS: Record<number, (file: RawFile) => RawFile> = {
  // 1 -> 2: a version field, and a revision counter on every request (its event count).
  1: (file) => {
    const requests = isObject(file.requests) ? file.requests : {};
    return {
      ...file,
      schemaVersion: 2,
      requests: Object.fromEntries(
        Object.entries(requests).map(([id, stored]) => [
          id,
          isObject(stored) && Array.isArray(stored.events) ? { ...stored, rev: stored.events.length } : stored,
        ]),
      ),
    };
  },
  // 2 -> 3: only the number. Format 3 may hold `corrected` and `withdrawn` events, which a
  // format-2 app does not know; the new number makes such an app refuse the file whole.
  2: (file) => ({ ...file, schemaVersion: 3 }),
  // 3 -> 4: the number (see documents.ts). Client profiles start empty; archive files have none.
  // Templates saved before then have their greeting and "where it stands" sentences made placeholders.
  3: (file) => ({ ...file, schemaVersion: 4, ...(isObject(file.settings) && { settings: withPlaceholders(file.settings) }) }),
  // 4 -> 5: only the number (see documents.ts): replies and what a contact needs are new.
  4: (file) => ({ ...file, schemaVersion: 5 }),
  // 5 -> 6: only the number (see documents.ts): a deadline agreed anew is a new event.
  5: (file) => ({ ...file, schemaVersion: 6 }),
  // 6 -> 7: only the number (see documents.ts): a call logged and a closing note are new.
  6: (file) => ({ ...file, schemaVersion: 7 }),
};

function withPlaceholders(settings: RawFile): RawFile {
  if (!isObject(settings.templates)) return settings;
  const templates = Object.fromEntries(
    Object.entries(settings.templates).map(([id, t]) => [
      id,
      isObject(t) && typeof t.body === 'string'
        ? { ...t, body: NOW_PLACEHOLDERS.reduce((text, [old, now]) => text.replace(old, now), t.body) }
        : t,
    ]),
  );
  return { ...settings, templates };
}

export class UnreadableFileError extends Error {}

/** The version a file says it is; the first release wrote none, so no field means 1. */
export function versionOf(file: RawFile): number {
  return file.schemaVersion === undefined ? 1 : Number(file.schemaVersion);
}

/** Brings a file up to SCHEMA_VERSION, one step at a time; says which version it started from. */
export function migrate(file: RawFile): { file: RawFile; from: number } {
  const from = versionOf(file);
  if (!Number.isInteger(from) || from < 1)
    throw new UnreadableFileError(`its format version (${String(file.schemaVersion)}) is not one this app knows`);
  if (from > SCHEMA_VERSION) {
    throw new UnreadableFileError(
      `it was written by a newer version of Follow-Through (format ${from}; this version reads up to ${SCHEMA_VERSION})`,
    );
  }
  let current = file;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new UnreadableFileError(`there is no migration from format ${v}`);
    current = step(current);
  }
  return { file: current, from };
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
