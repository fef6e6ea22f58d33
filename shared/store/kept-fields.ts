import type { DataFile } from './documents';

/** A field this version does not know, where it was found. */
export interface KeptField {
  path: readonly (string | number)[];
  value: unknown;
}

/**
 * What the main file holds that this version of the app does not understand, kept so that
 * every write puts it back unchanged: data from a newer version is never cut down by an
 * older one. Unknown fields of events stay on the events themselves (the event schema
 * passes them through).
 */
export interface KeptFields {
  /** Top-level keys other than the ones DataFile names. */
  topLevel: Record<string, unknown>;
  /** Settings fields the settings schema does not know, at their paths inside `settings`. */
  settings: KeptField[];
}

export const NOTHING_KEPT: KeptFields = { topLevel: {}, settings: [] };

const KNOWN_TOP_LEVEL = new Set(['schemaVersion', 'settings', 'requests', 'clients', '__internal__']);

export function unknownTopLevel(file: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(file).filter(([key]) => !KNOWN_TOP_LEVEL.has(key)));
}

/**
 * `known` with each kept field put back at its path, where the object that held it is still
 * there and has not since been given a value of that name. Containers on the way are copied,
 * never changed in place.
 */
export function withKeptFields<T>(known: T, kept: readonly KeptField[]): T {
  let out: unknown = known;
  for (const { path, value } of kept) out = putAt(out, path, value);
  return out as T;
}

function putAt(node: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (!path.length || typeof node !== 'object' || node === null) return node;
  const [head, ...rest] = path;
  const key = head!;
  if (Array.isArray(node)) {
    if (typeof key !== 'number' || key >= node.length) return node;
    const copy: unknown[] = [...(node as unknown[])];
    copy[key] = putAt(copy[key], rest, value);
    return copy;
  }
  const record = node as Record<string | number, unknown>;
  if (!rest.length) return key in record ? record : { ...record, [key]: value };
  if (!(key in record)) return record;
  return { ...record, [key]: putAt(record[key], rest, value) };
}

/** The main file as written: what the app knows, with what it does not know put back. */
export function mainFileContent(data: DataFile, kept: KeptFields): Record<string, unknown> {
  return { ...kept.topLevel, ...data, settings: withKeptFields(data.settings, kept.settings) };
}
