import type { BackupSummary } from '../../shared/ipc/contract';
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { copyFileAtomic, flush, syncDirectory, writeFileAtomic } from './atomic-write';
import { isSameDay } from 'date-fns';
import { backupsToKeep } from '../../shared/store/backup-retention';
import { parseDataFile } from '../../shared/store/check-data-file';
import { mergedArchiveText } from '../../shared/store/archive-merge';
import { ARCHIVE_FILE_PATTERN, ARCHIVE_INDEX_FILE, ARCHIVE_OUTCOMES_FILE, BACKUP_DIR, MAIN_FILE } from './store-files';

export type BackupKind = BackupSummary['kind'];

export interface BackupInfo {
  id: string;
  createdAt: string;
  kind: BackupKind;
  /** Requests in the backup: open ones and archived ones. */
  requests: number;
}

const MANIFEST = 'backup.json';
const isDataFile = (name: string) =>
  name === `${MAIN_FILE}.json` || name === `${ARCHIVE_INDEX_FILE}.json` || ARCHIVE_FILE_PATTERN.test(name);

/**
 * Rolling backups in `backups/` beside the data: each a folder with a copy of every data file
 * and a manifest saying when, why and how many requests. Copies are whole files (a
 * copy-on-write clone where the file system offers one), so a backup never shares bytes with
 * the live data.
 */
export class Backups {
  readonly dir: string;

  constructor(private readonly folder: string) {
    this.dir = path.join(folder, BACKUP_DIR);
  }

  list(): BackupInfo[] {
    return this.manifests().map(({ id, createdAt, kind, requests }) => ({ id, createdAt, kind, requests }));
  }

  /**
   * Every backup with its manifest, newest first. `seq` counts backups in the order they were
   * made, so two made in the same millisecond (or under a test's frozen clock) still list in order.
   */
  private manifests(): (BackupInfo & { seq: number })[] {
    if (!existsSync(this.dir)) return [];
    const out: (BackupInfo & { seq: number })[] = [];
    for (const id of readdirSync(this.dir)) {
      try {
        const manifest = JSON.parse(readFileSync(path.join(this.dir, id, MANIFEST), 'utf8')) as Omit<BackupInfo, 'id'> & { seq?: number };
        out.push({ id, createdAt: manifest.createdAt, kind: manifest.kind, requests: manifest.requests, seq: manifest.seq ?? 0 });
      } catch {
        // A folder without a readable manifest is not one of ours, or was cut short: not offered.
      }
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.seq - a.seq);
  }

  /** Copies the data files as they are now, then prunes to the retention rule. */
  create(kind: BackupKind, now: Date, requests: number): BackupInfo | null {
    const files = existsSync(this.folder) ? readdirSync(this.folder).filter(isDataFile) : [];
    if (!files.length) return null;
    // Two backups in the same millisecond (a restore, then a restore of what it saved) must not share a folder.
    const stem = `${now.toISOString().replace(/[:.]/g, '-')}-${kind}`;
    let id = stem;
    for (let n = 2; existsSync(path.join(this.dir, id)); n++) id = `${stem}-${n}`;
    const target = path.join(this.dir, id);
    const partial = `${target}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    for (const name of files) {
      copyFileSync(path.join(this.folder, name), path.join(partial, name), constants.COPYFILE_FICLONE);
      flush(path.join(partial, name));
    }
    const info: BackupInfo = { id, createdAt: now.toISOString(), kind, requests };
    const seq = Math.max(0, ...this.manifests().map((b) => b.seq)) + 1;
    writeFileAtomic(path.join(partial, MANIFEST), JSON.stringify({ createdAt: info.createdAt, kind, requests, seq }));
    // The folder appears whole or not at all.
    renameSync(partial, target);
    syncDirectory(this.dir);
    this.prune();
    return info;
  }

  hasOneOn(day: Date): boolean {
    return this.list().some((b) => isSameDay(new Date(b.createdAt), day));
  }

  /** The newest backup whose main file reads and checks, for recovering from a damaged file. */
  newestReadable(): BackupInfo | null {
    for (const backup of this.list()) {
      try {
        parseDataFile(readFileSync(path.join(this.dir, backup.id, `${MAIN_FILE}.json`), 'utf8'));
        return backup;
      } catch {
        // Try the one before.
      }
    }
    return null;
  }

  /**
   * Puts a backup's main file in place of the live one. Archives are merged, never replaced
   * or removed: a request closed after the backup was made is in no backup's main file, and a
   * restore must not destroy what the backup lacks. The archive index and outcomes are removed,
   * to be rebuilt from the merged archives when the folder is opened again.
   */
  restoreInto(id: string): void {
    const source = path.join(this.dir, id);
    for (const name of readdirSync(source).filter(isDataFile)) {
      if (name === `${ARCHIVE_INDEX_FILE}.json`) continue;
      const from = path.join(source, name);
      const to = path.join(this.folder, name);
      if (ARCHIVE_FILE_PATTERN.test(name) && existsSync(to)) {
        writeFileAtomic(to, mergedArchiveText(readFileSync(from, 'utf8'), readFileSync(to, 'utf8')));
      } else {
        copyFileAtomic(from, to);
      }
    }
    rmSync(path.join(this.folder, `${ARCHIVE_INDEX_FILE}.json`), { force: true });
    rmSync(path.join(this.folder, `${ARCHIVE_OUTCOMES_FILE}.json`), { force: true });
    syncDirectory(this.folder);
  }

  private prune(): void {
    const all = this.list();
    const keep = backupsToKeep(all);
    for (const b of all) if (!keep.has(b.id)) rmSync(path.join(this.dir, b.id), { recursive: true, force: true });
  }
}
