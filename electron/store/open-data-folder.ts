import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { count } from '../../shared/copy/plural';
import { writeFileAtomic } from './atomic-write';
import { removeCrashLeftovers } from './crash-leftovers';
import { format } from 'date-fns';
import { foldRequest } from '../../shared/domain/request-state';
import { ARCHIVE_INDEX_VERSION, buildArchiveSummary, emptyArchiveIndex, type ArchiveIndex } from '../../shared/store/archive-index';
import { checkDataFile, type CheckedFile } from '../../shared/store/check-data-file';
import { SCHEMA_VERSION, type DataFile } from '../../shared/store/documents';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { mainFileContent } from '../../shared/store/kept-fields';
import { UnreadableFileError } from '../../shared/store/migrations';
import { Backups } from './backups';
import { NeedsAttention } from './needs-attention';
import { RequestStore } from './request-store';
import { ARCHIVE_INDEX_FILE, ARCHIVE_OUTCOMES_FILE, MAIN_FILE, serialize, withInternal, type OpenStoreFile } from './store-files';
import { quarantine, readJsonFile, setAsideIfUnreadable } from './damaged-files';

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
    // A byte-order mark is taken off at once (readJsonFile): conf could not write the file after it.
    const raw = readJsonFile(mainPath);
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
    (file) => quarantine(folder, path.join(folder, file), new Date()),
  );
  // The derived files: a damaged one is moved aside and made again from the archives.
  const outcomes = setAsideIfUnreadable(
    folder,
    `${ARCHIVE_OUTCOMES_FILE}.json`,
    now,
    'it is made again from the archives when first needed.',
  );
  if (outcomes) notices.push(outcomes);
  const index = setAsideIfUnreadable(folder, `${ARCHIVE_INDEX_FILE}.json`, now, 'it was made again from the archives.');
  if (index) notices.push(index);
  store.replaceIndex(readArchiveIndex(folder, store, now));
  return { store, notices };
}

/** The archive index as saved, or rebuilt from the archives (with the outcomes) if it is missing, unreadable or of another version. */
function readArchiveIndex(folder: string, store: RequestStore, now: Date): ArchiveIndex {
  const indexPath = path.join(folder, `${ARCHIVE_INDEX_FILE}.json`);
  if (existsSync(indexPath)) {
    try {
      const raw = readJsonFile(indexPath);
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
