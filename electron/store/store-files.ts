/**
 * The files in the user-data folder and how electron-store writes them. Every write goes
 * through electron-store's `store` setter: conf serialises the whole object and writes it
 * atomically (temp file, fsync, rename, via `atomically`), so a crash leaves the old file or
 * the new one, never half of each.
 */
export const MAIN_FILE = 'follow-through';
export const ARCHIVE_INDEX_FILE = 'follow-through-archive-index';
export const ARCHIVE_OUTCOMES_FILE = 'follow-through-archive-outcomes';
export const archiveFile = (year: number) => `follow-through-archive-${year}`;
export const ARCHIVE_FILE_PATTERN = /^follow-through-archive-(\d{4})\.json$/;
export const BACKUP_DIR = 'backups';
export const QUARANTINE_DIR = 'quarantine';
export const NEEDS_ATTENTION_DIR = 'needs-attention';

/** The part of electron-store's (and conf's) API the app uses: the whole file as one object. */
export interface StoreFile {
  store: Record<string, unknown>;
  readonly path: string;
}

/** Opens (creating if need be) the electron-store file `name`.json in the data folder. */
export type OpenStoreFile = (name: string) => StoreFile;

const INTERNAL_KEY = '__internal__';

/**
 * Compact JSON (the files are for the app, and a tenth the size of pretty-printed JSON). conf
 * re-reads the file before a write unless the object carries its internal key, so the store
 * always passes that key along; it is left out of the file while conf has nothing in it.
 */
export function serialize(value: Record<string, unknown>): string {
  const { [INTERNAL_KEY]: internal, ...rest } = value;
  return JSON.stringify(internal && typeof internal === 'object' && Object.keys(internal).length ? value : rest);
}

export const withInternal = (data: object, internal: unknown): Record<string, unknown> => ({ [INTERNAL_KEY]: internal ?? {}, ...data });

/** The options the app gives electron-store for every data file. */
export const STORE_FILE_OPTIONS = {
  serialize,
  clearInvalidConfig: false,
  watch: false,
  accessPropertiesByDotNotation: false,
} as const;

/**
 * The options electron-store hands to `conf` (the library it is built on) for a file: `name`
 * becomes `configName` and the folder is the user-data folder. Tests and the benchmark open
 * the same files through `conf` with exactly these.
 */
export function confOptionsFor(cwd: string, name: string) {
  return { ...STORE_FILE_OPTIONS, configName: name, cwd, projectName: 'follow-through' };
}
