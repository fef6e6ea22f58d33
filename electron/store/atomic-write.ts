import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';

/**
 * Every file the app writes outside electron-store appears whole or not at all, as conf's own
 * writes do: the text goes to a temporary file beside the target, is flushed to the disk, and
 * only then renamed over the target. A crash at any point leaves the old file or the new one.
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
}

/** The same for a copy: the whole copy is flushed before it takes the target's name. */
export function copyFileAtomic(source: string, target: string): void {
  const temp = `${target}.${process.pid}.tmp`;
  copyFileSync(source, temp);
  flush(temp);
  renameSync(temp, target);
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
