import { DomainError } from '../../shared/domain/domain-error';
import type { Settings } from '../../shared/domain/settings';
import type { BackupSummary, DataStatus } from '../../shared/ipc/contract';
import { calendarOf, isWorkingDay } from '../../shared/rules/work-calendar';
import { Backups } from './backups';
import { NeedsAttention } from './needs-attention';
import { openDataFolder } from './open-data-folder';
import type { RequestStore } from './request-store';
import type { OpenStoreFile } from './store-files';

/**
 * The user-data folder as a whole: the store, its backups, the records set aside, and what
 * happened on the way in. Main and the tests open it the same way.
 */
export class DataFolder {
  readonly backups: Backups;
  readonly attention: NeedsAttention;
  readonly notices: string[];
  store: RequestStore;

  constructor(
    readonly folder: string,
    private readonly open: OpenStoreFile,
    now: Date,
  ) {
    this.backups = new Backups(folder);
    this.attention = new NeedsAttention(folder);
    const opened = openDataFolder(folder, open, now, this.backups);
    this.store = opened.store;
    this.notices = [...opened.notices];
  }

  status(): DataStatus {
    return { folder: this.folder, notices: this.notices, needsAttention: this.attention.list(), backups: this.backups.list() };
  }

  /** One backup at each start. */
  backUpAtStart(now: Date, requests: number): void {
    this.backups.create('start', now, requests);
  }

  /** A backup just before a change the user asked for that adds many records at once (an import). */
  backUpBefore(kind: 'before-import', now: Date, requests: number): void {
    this.backups.create(kind, now, requests);
  }

  /** One backup per working day for an app left open for days: made on the first tick of a working day without one. */
  backUpDaily(now: Date, settings: Settings, requests: number): BackupSummary | null {
    if (!isWorkingDay(now, calendarOf(settings)) || this.backups.hasOneOn(now)) return null;
    return this.backups.create('daily', now, requests);
  }

  /**
   * Puts a backup in place of the current data, after backing up the current data first, and
   * opens the store again on it.
   */
  restore(id: string, now: Date, requests: number): { restored: BackupSummary; savedFirst: BackupSummary | null; store: RequestStore } {
    const restored = this.backups.list().find((b) => b.id === id);
    if (!restored) {
      const message = 'That backup is no longer there. Pick one from the list again.';
      throw new DomainError(message, { id: message });
    }
    const savedFirst = this.backups.create('before-restore', now, requests);
    this.backups.restoreInto(id);
    const opened = openDataFolder(this.folder, this.open, now, this.backups);
    this.store = opened.store;
    this.notices.push(...opened.notices);
    return { restored, savedFirst, store: this.store };
  }
}
