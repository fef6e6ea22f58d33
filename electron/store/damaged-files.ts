import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { parseJson } from '../../shared/store/check-data-file';
import type { RawFile } from '../../shared/store/migrations';
import { QUARANTINE_DIR } from './store-files';

/**
 * Moves a file that cannot be used to `quarantine/`, unchanged (never deleted), and answers where
 * it went. Done before electron-store opens the file again: conf re-reads a file when it is
 * opened, so a damaged one left in place would make every later write fail.
 */
export function quarantine(folder: string, file: string, now: Date): string {
  const dir = path.join(folder, QUARANTINE_DIR);
  mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${now.toISOString().replace(/[:.]/g, '-')}-${path.basename(file)}`);
  renameSync(file, target);
  return target;
}

const BOM = 0xfeff;

/**
 * A data file read as JSON. A UTF-8 byte-order mark (Notepad writes one) is accepted, and the
 * file is written back without it at once: the app's reader takes it, but conf's does not, and a
 * file that opens fine and then refuses every write is worse than either. Throws
 * UnreadableFileError for what is not JSON.
 */
export function readJsonFile(file: string): RawFile {
  const text = readFileSync(file, 'utf8');
  const raw = parseJson(text);
  if (text.charCodeAt(0) === BOM) writeFileAtomic(file, text.slice(1));
  return raw;
}

/**
 * A file the app can always make again from others (the archive index and outcomes, the
 * window's place): when it is there and cannot be read, it is moved to quarantine, so that
 * the next open starts it afresh. Answers the sentence for the user, or null when it was fine.
 */
export function setAsideIfUnreadable(folder: string, name: string, now: Date, rebuilt: string): string | null {
  const file = path.join(folder, name);
  if (!existsSync(file)) return null;
  try {
    readJsonFile(file);
    return null;
  } catch (error) {
    const moved = quarantine(folder, file, now);
    const why = error instanceof Error ? error.message : String(error);
    return `${name} could not be read (${why}); ${rebuilt} The damaged file was moved, unchanged, to ${moved}.`;
  }
}
