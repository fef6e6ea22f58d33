import type { Settings } from '../domain/settings';
import { upgradeSettings } from '../domain/settings-upgrade';
import { clientProfileSchema, settingsSchema } from '../ipc/schemas';
import type { ClientProfile } from '../clients/client-profile';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { SCHEMA_VERSION, type DataFile, type RequestDocument } from './documents';
import { describeIssues, requestDocumentSchema } from './event-schema';
import { isObject, migrate, UnreadableFileError, type RawFile } from './migrations';
import { unknownTopLevel, type KeptField, type KeptFields } from './kept-fields';

/** Something in a file that could not be used, kept with what was wrong so it can be mended by hand. */
export interface SetAside {
  /** The request id, or "settings". */
  key: string;
  problem: string;
  raw: unknown;
}

export interface CheckedFile<T> {
  data: T;
  /** The format version the file was in, if it had to be migrated. */
  migratedFrom: number | null;
  setAside: SetAside[];
  /** What the file holds that this version does not know, to be written back unchanged. */
  kept: KeptFields;
}

/** Parses and checks the text of a data file; throws UnreadableFileError if it cannot be used at all. */
export function parseDataFile(text: string): CheckedFile<DataFile> {
  return checkDataFile(parseJson(text));
}

export function parseJson(text: string): RawFile {
  let raw: unknown;
  try {
    // A byte-order mark (Notepad adds one when it saves UTF-8) is not part of the JSON.
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new UnreadableFileError(`it is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(raw)) throw new UnreadableFileError('it does not hold an object');
  return raw;
}

/**
 * A data file brought to the current version and checked: a request that fails the schema is
 * set aside (not silently dropped) and the rest are kept; settings that fail are set aside and
 * the defaults used. A file whose shape is wrong as a whole is unreadable.
 */
export function checkDataFile(raw: RawFile): CheckedFile<DataFile> {
  // Every version of the app has written "requests", even when empty: a file without it has lost its data, not had none.
  if (raw.requests === undefined) throw new UnreadableFileError('it has no list of requests (the "requests" key is missing)');
  const { file, from } = migrate(raw);
  if (!isObject(file.requests)) throw new UnreadableFileError('its "requests" is not a list of requests');
  const setAside: SetAside[] = [];
  const requests = checkRequests(file.requests, setAside);
  let settings: Settings = DEFAULT_SETTINGS;
  let keptSettings: KeptField[] = [];
  if (file.settings !== undefined) {
    const checked = checkStoredSettings(file.settings);
    if (checked.ok) {
      settings = checked.settings;
      keptSettings = checked.kept;
    } else setAside.push({ key: 'settings', problem: checked.problem, raw: file.settings });
  }
  const clients: Record<string, ClientProfile> = {};
  for (const [key, value] of Object.entries(isObject(file.clients) ? file.clients : {})) {
    const parsed = clientProfileSchema.safeParse(value);
    if (parsed.success) clients[key] = parsed.data;
    else setAside.push({ key: `client ${key}`, problem: describeIssues(parsed.error), raw: value });
  }
  return {
    data: { schemaVersion: SCHEMA_VERSION, settings, requests, clients },
    migratedFrom: from === SCHEMA_VERSION ? null : from,
    setAside,
    kept: { topLevel: unknownTopLevel(file), settings: keptSettings },
  };
}

type CheckedSettings = { ok: true; settings: Settings; kept: KeptField[] } | { ok: false; problem: string };

/**
 * Stored settings upgraded and checked. Settings an older or damaged file holds in a shape
 * the upgrade cannot read (`bosses: "x"`, a null template) are set aside like a bad request,
 * and the defaults used: the app always starts.
 */
function checkStoredSettings(stored: unknown): CheckedSettings {
  if (!isObject(stored)) return { ok: false, problem: 'they are not a set of settings' };
  const shape = upgradeCannotRead(stored);
  if (shape) return { ok: false, problem: shape };
  const { parsed, kept } = parseStoredSettings(upgradeSettings(stored));
  return parsed.success ? { ok: true, settings: parsed.data, kept } : { ok: false, problem: describeIssues(parsed.error) };
}

/**
 * What the upgrade reads before the schema checks anything: the bosses (each an object) and the
 * templates (each with a text). In any other shape the upgrade could not run, so it is named here.
 */
function upgradeCannotRead(stored: RawFile): string | null {
  const { bosses, templates } = stored;
  if (bosses !== undefined && !(Array.isArray(bosses) && bosses.every(isObject))) return 'bosses: not a list of bosses';
  const isTemplate = (t: unknown) => isObject(t) && typeof t.body === 'string';
  if (templates !== undefined && !(isObject(templates) && Object.values(templates).every(isTemplate))) {
    return 'templates: each needs a subject and a text';
  }
  return null;
}

/**
 * The settings schema is strict, because it also guards what the renderer sends. In a stored
 * file, a field this version does not know (written by a newer version, or a hand edit) is
 * taken out before the check and kept, to be written back unchanged; anything else wrong
 * still sets the settings aside.
 */
function parseStoredSettings(raw: unknown) {
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success || !parsed.error.issues.every((issue) => issue.code === 'unrecognized_keys')) return { parsed, kept: [] };
  // The settings came from a JSON file, so a JSON round trip copies them exactly.
  const trimmed: unknown = JSON.parse(JSON.stringify(raw));
  const kept: KeptField[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const holder = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)[key], trimmed) as Record<
      string,
      unknown
    >;
    for (const key of issue.keys) {
      kept.push({ path: [...(issue.path as (string | number)[]), key], value: holder[key] });
      delete holder[key];
    }
  }
  return { parsed: settingsSchema.safeParse(trimmed), kept };
}

/** The requests of a data or archive file that pass the schema; the others go to `setAside`. */
export function checkRequests(requests: Record<string, unknown>, setAside: SetAside[]): Record<string, RequestDocument> {
  const good: Record<string, RequestDocument> = {};
  for (const [key, value] of Object.entries(requests)) {
    const parsed = requestDocumentSchema.safeParse(value);
    if (!parsed.success) setAside.push({ key, problem: describeIssues(parsed.error), raw: value });
    else if (parsed.data.id !== key)
      setAside.push({ key, problem: `it is filed under "${key}" but its id is "${parsed.data.id}"`, raw: value });
    else good[key] = parsed.data;
  }
  return good;
}
