import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { count } from '../../shared/copy/plural';
import { writeFileAtomic } from './atomic-write';
import { removeCrashLeftovers } from './crash-leftovers';
import { format } from 'date-fns';
import { foldRequest } from '../../shared/domain/request-state';
import { ARCHIVE_INDEX_VERSION, buildArchiveSummary, emptyArchiveIndex, type ArchiveIndex } from '../../shared/store/archive-index';
import { checkDataFile, parseJson, type CheckedFile } from '../../shared/store/check-data-file';
import { SCHEMA_VERSION, type DataFile } from '../../shared/store/documents';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { mainFileContent } from '../../shared/store/kept-fields';
import { UnreadableFileError } from '../../shared/store/migrations';
import { Backups } from './backups';
import { NeedsAttention } from './needs-attention';
import { RequestStore } from './request-store';
import { ARCHIVE_INDEX_FILE, MAIN_FILE, QUARANTINE_DIR, serialize, withInternal, type OpenStoreFile } from './store-files';

export interface OpenedData {
  store: RequestStore;
  /** What happened to the files on the way in, in words for the user (empty when nothing did). */
  notices: string[];
}

const when = (iso: string) => format(new Date(iso), 'EEE d MMM yyyy, HH:mm');

/**
 * Opens the data folder the safe way: the main file is read and checked before electron-store
 * touches it. An older format is backed up, then migrated; a request that fails its check is
 * saved aside for mending and left out; a file that cannot be used at all is moved to
 * `quarantine/` (never deleted) and the newest readable backup put in its place.
 */
export function openDataFolder(folder: string, open: OpenStoreFile, now: Date, backups = new Backups(folder)): OpenedData {
  const attention = new NeedsAttention(folder);
  const mainPath = path.join(folder, `${MAIN_FILE}.json`);
  const notices: string[] = [];
  removeCrashLeftovers(folder);
  let checked: CheckedFile<DataFile> | null = null;
  // conf's own bookkeeping key, carried through so that nothing re-reads the file for it.
  let internal: unknown = undefined;
  const readMain = () => {
    const raw = parseJson(readFileSync(mainPath, 'utf8'));
    internal = raw.__internal__;
    return checkDataFile(raw);
  };

  if (existsSync(mainPath)) {
    try {
      checked = readMain();
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      const quarantined = quarantine(folder, mainPath, now);
      const backup = backups.newestReadable();
      if (backup) {
        backups.restoreInto(backup.id);
        checked = readMain();
        notices.push(
          `The data file could not be used: ${error.message}. It was moved, unchanged, to ${quarantined}. ` +
            `The backup of ${when(backup.createdAt)} (${count(backup.requests, 'request', 'requests')}) was restored in its place; anything recorded after it is in the moved file.`,
        );
      } else {
        notices.push(
          `The data file could not be used: ${error.message}. It was moved, unchanged, to ${quarantined}. ` +
            'There was no backup to restore, so the app starts with an empty list.',
        );
      }
    }
  }

  if (checked && (checked.migratedFrom !== null || checked.setAside.length)) {
    // The file as found is kept before anything is rewritten.
    const kind = checked.migratedFrom !== null ? 'before-migration' : 'before-repair';
    backups.create(kind, now, Object.keys(checked.data.requests).length + checked.setAside.length);
    attention.save(`${MAIN_FILE}.json`, checked.setAside, now);
    writeFileAtomic(mainPath, serialize(withInternal(mainFileContent(checked.data, checked.kept), internal)));
    if (checked.migratedFrom !== null)
      notices.push(
        `Your data was updated from format ${checked.migratedFrom} to format ${SCHEMA_VERSION}; the file as it was is kept in the backups.`,
      );
    const settingsAside = checked.setAside.some((item) => item.key === 'settings');
    const records = checked.setAside.length - (settingsAside ? 1 : 0);
    if (settingsAside) {
      notices.push(
        'Your settings could not be read, so the app is using its defaults. The settings as they were found are under "Needs attention" in Settings; saving Settings replaces them.',
      );
    }
    if (records) {
      notices.push(
        `${records === 1 ? 'One record' : `${records} records`} could not be read and ${records === 1 ? 'was' : 'were'} set aside: see "Needs attention" in Settings.`,
      );
    }
  }

  const data: DataFile = checked?.data ?? { schemaVersion: SCHEMA_VERSION, settings: DEFAULT_SETTINGS, requests: {}, clients: {} };
  if (!existsSync(mainPath)) {
    mkdirSync(folder, { recursive: true });
    writeFileAtomic(mainPath, serialize(withInternal(data, {})));
  }
  const store = new RequestStore(
    folder,
    open,
    data,
    internal,
    emptyArchiveIndex(),
    (file, items) => attention.save(file, items, new Date()),
    checked?.kept,
  );
  store.replaceIndex(readArchiveIndex(folder, store, now));
  return { store, notices };
}

/** The archive index as saved, or rebuilt from the archives (with the outcomes) if it is missing, unreadable or of another version. */
function readArchiveIndex(folder: string, store: RequestStore, now: Date): ArchiveIndex {
  const indexPath = path.join(folder, `${ARCHIVE_INDEX_FILE}.json`);
  if (existsSync(indexPath)) {
    try {
      const raw = parseJson(readFileSync(indexPath, 'utf8'));
      if (raw.schemaVersion === SCHEMA_VERSION && raw.indexVersion === ARCHIVE_INDEX_VERSION && raw.requests && raw.clients)
        return raw as unknown as ArchiveIndex;
    } catch {
      // Rebuilt below: the index is derived from the archives.
    }
  }
  const years = store.archiveYears();
  if (!years.length) return emptyArchiveIndex();
  const filed = store.archivedDocumentsByYear().map(({ doc, year }) => ({ state: foldRequest(doc.id, doc.events, now), year }));
  const summary = buildArchiveSummary(filed);
  store.saveSummary(summary);
  return summary.index;
}

function quarantine(folder: string, file: string, now: Date): string {
  const dir = path.join(folder, QUARANTINE_DIR);
  mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${now.toISOString().replace(/[:.]/g, '-')}-${path.basename(file)}`);
  renameSync(file, target);
  return target;
}
