import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file the app writes outside electron-store appears whole or not at all, as conf's own
 * writes do: the text goes to a temporary file beside the target, is flushed to the disk, and
 * only then renamed over the target, and the folder is flushed so that the rename itself is
 * on the disk. A crash or a power cut at any point leaves the old file or the new one.
 */
export function writeFileAtomic(target: string, text: string): void {
  const temp = `${target}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, target);
  syncDirectory(path.dirname(target));
}

/** The same for a copy: the whole copy is flushed before it takes the target's name. */
export function copyFileAtomic(source: string, target: string): void {
  const temp = `${target}.${process.pid}.tmp`;
  copyFileSync(source, temp);
  flush(temp);
  renameSync(temp, target);
  syncDirectory(path.dirname(target));
}

/** Flushes a file already written (a copy into a folder that is renamed into place as a whole). */
export function flush(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Flushes a folder's entries: without it a rename can be lost in a power cut even though the
 * file's bytes were flushed (POSIX keeps names in the folder, not the file). Windows cannot
 * open a folder for this and journals renames itself (NTFS), so there it does nothing.
 */
export function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
