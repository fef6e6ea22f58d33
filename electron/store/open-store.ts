import { existsSync, renameSync } from 'node:fs';

export interface OpenedStore<T> {
  file: T;
  /** Where an unreadable data file was moved, so the user can be told and nothing is lost. */
  movedAside: string | null;
}

/**
 * Opens the store; if the file on disk cannot be parsed, it is moved aside (never
 * overwritten) and a fresh store is started, so the app still opens.
 */
export function openStore<T>(create: () => T, filePath: string, now: Date): OpenedStore<T> {
  try {
    return { file: create(), movedAside: null };
  } catch (error) {
    if (!existsSync(filePath)) throw error;
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const movedAside = filePath.replace(/\.json$/, `.unreadable-${stamp}.json`);
    renameSync(filePath, movedAside);
    return { file: create(), movedAside };
  }
}
