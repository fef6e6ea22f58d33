import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from '../../shared/domain/settings';
import type { ClientProfile } from '../../shared/clients/client-profile';
import { SCHEMA_VERSION, type ArchiveFile, type DataFile, type RequestDocument } from '../../shared/store/documents';
import { checkRequests, type SetAside } from '../../shared/store/check-data-file';
import { readJsonFile } from './damaged-files';
import { migrate, UnreadableFileError, type RawFile } from '../../shared/store/migrations';
import {
  ARCHIVE_INDEX_VERSION,
  archivedTotal,
  buildArchiveSummary,
  yearFiled,
  type ArchiveIndex,
  type ArchiveOutcomes,
  type ArchiveSummary,
} from '../../shared/store/archive-index';
import { foldRequest } from '../../shared/domain/request-state';
import { mainFileContent, NOTHING_KEPT, type KeptFields } from '../../shared/store/kept-fields';
import { syncDirectory } from './atomic-write';
import {
  ARCHIVE_FILE_PATTERN,
  ARCHIVE_INDEX_FILE,
  ARCHIVE_OUTCOMES_FILE,
  archiveFile,
  MAIN_FILE,
  withInternal,
  type OpenStoreFile,
  type StoreFile,
} from './store-files';

/**
 * The only module that reads and writes the data files. The main file holds settings and the
 * requests still open; each closed request moves to the archive file of the year it closed,
 * so an everyday write (an ask) rewrites only the open work. Archives are read only when a
 * screen needs them (search, a closed request, the counts of archived requests' history).
 */
export class RequestStore {
  /**
   * electron-store's handle on the main file, opened at the first write: its constructor reads
   * and parses the whole file again, which start-up has already done (openDataFolder's check).
   */
  private mainHandle: StoreFile | null = null;
  private archives: Map<number, ArchiveFile> | null = null;
  private readonly archiveHandles = new Map<number, StoreFile>();
  private indexHandle: StoreFile | null = null;
  private outcomesHandle: StoreFile | null = null;
  /** Read from its own file the first time a screen needs it. */
  private outcomes: ArchiveOutcomes | null = null;

  constructor(
    readonly folder: string,
    private readonly open: OpenStoreFile,
    private data: DataFile,
    /** conf's internal key as read from the main file, passed back on every write. */
    private readonly internal: unknown,
    private index: ArchiveIndex,
    /** Told of each archived request that fails its check when the archives are first read. */
    private readonly onSetAside: (file: string, items: SetAside[]) => void = () => {},
    /** What the main file holds that this version does not know: written back with every write. */
    private readonly kept: KeptFields = NOTHING_KEPT,
    /** Moves an archive year file that cannot be read out of the way (to quarantine); answers where. */
    private readonly setFileAside: (file: string) => string = (file) => file,
  ) {}

  get path(): string {
    return path.join(this.folder, `${MAIN_FILE}.json`);
  }

  settings(): Settings {
    return this.data.settings;
  }

  saveSettings(settings: Settings): void {
    this.writeMain({ ...this.data, settings });
  }

  /** How each client is addressed, by client key. */
  clientProfiles(): Record<string, ClientProfile> {
    return this.data.clients;
  }

  /** An empty profile is removed rather than kept: the file holds only what the assistant set. */
  saveClientProfile(key: string, profile: ClientProfile | null): void {
    const clients = { ...this.data.clients };
    if (profile) clients[key] = profile;
    else delete clients[key];
    this.writeMain({ ...this.data, clients });
  }

  activeDocuments(): RequestDocument[] {
    return Object.values(this.data.requests);
  }

  /** What the archives hold about clients, without reading them. */
  archiveIndex(): ArchiveIndex {
    return this.index;
  }

  /**
   * The archives' chase outcomes and draft uses, read on first use (the chases-beaten figure,
   * the unedited share, a request filed), or rebuilt from the archives if the file is missing,
   * unreadable or of another version: it is derived from them.
   */
  archiveOutcomes(now: Date): ArchiveOutcomes {
    if (this.outcomes) return this.outcomes;
    const file = path.join(this.folder, `${ARCHIVE_OUTCOMES_FILE}.json`);
    if (existsSync(file)) {
      try {
        const raw = readJsonFile(file);
        if (
          raw.schemaVersion === SCHEMA_VERSION &&
          raw.indexVersion === ARCHIVE_INDEX_VERSION &&
          Array.isArray(raw.chases) &&
          Array.isArray(raw.drafts)
        )
          return (this.outcomes = raw as unknown as ArchiveOutcomes);
      } catch {
        // Rebuilt below.
      }
    }
    const filed = this.archivedDocumentsByYear().map(({ doc, year }) => ({ state: foldRequest(doc.id, doc.events, now), year }));
    const { outcomes } = buildArchiveSummary(filed);
    if (filed.length) this.writeOutcomes(outcomes);
    return (this.outcomes = outcomes);
  }

  /** The index and the outcomes together, as the service changes them when it files or reopens requests. */
  archiveSummary(now: Date): ArchiveSummary {
    return { index: this.index, outcomes: this.archiveOutcomes(now) };
  }

  saveActive(doc: RequestDocument): void {
    this.writeMain({ ...this.data, requests: { ...this.data.requests, [doc.id]: doc } });
  }

  /** Adds many open requests in one write of the main file (an import). */
  saveAllActive(docs: readonly RequestDocument[]): void {
    if (!docs.length) return;
    this.writeMain({ ...this.data, requests: { ...this.data.requests, ...Object.fromEntries(docs.map((d) => [d.id, d])) } });
  }

  /** Takes an open request out of the main file (deleted: logged by mistake). */
  removeActive(id: string): void {
    const requests = { ...this.data.requests };
    delete requests[id];
    this.writeMain({ ...this.data, requests });
  }

  /**
   * Moves closed requests to the archive of their year, with the index updated. The archives
   * are written before the main file drops them, so a crash between the two leaves a request
   * in both (the next start finishes the move), never in neither.
   */
  archiveAll(filed: readonly { doc: RequestDocument; year: number }[], summary: ArchiveSummary): void {
    const archives = this.loadArchives();
    const byYear = new Map<number, RequestDocument[]>();
    for (const { doc, year } of filed) {
      const docs = byYear.get(year) ?? [];
      docs.push(doc);
      byYear.set(year, docs);
    }
    for (const [year, docs] of byYear) {
      const file = archives.get(year) ?? { schemaVersion: SCHEMA_VERSION, year, requests: {} };
      this.writeArchive({ ...file, requests: { ...file.requests, ...Object.fromEntries(docs.map((d) => [d.id, d])) } });
    }
    this.writeSummary(summary);
    if (filed.some(({ doc }) => doc.id in this.data.requests)) {
      const requests = { ...this.data.requests };
      for (const { doc } of filed) delete requests[doc.id];
      this.writeMain({ ...this.data, requests });
    }
  }

  /** Brings an archived request back to the main file (reopened); main first, for the same reason. */
  unarchive(doc: RequestDocument, summary: ArchiveSummary): void {
    const year = yearFiled(this.index, doc.id);
    this.writeMain({ ...this.data, requests: { ...this.data.requests, [doc.id]: doc } });
    this.writeSummary(summary);
    const file = year === undefined ? undefined : this.loadArchives().get(year);
    if (file) {
      const requests = { ...file.requests };
      delete requests[doc.id];
      this.writeArchive({ ...file, requests });
    }
  }

  isArchived(id: string): boolean {
    return !(id in this.data.requests) && yearFiled(this.index, id) !== undefined;
  }

  archivedCount(): number {
    return archivedTotal(this.index);
  }

  /** Every archived request (the archives are read on first use and kept). */
  archivedDocuments(): RequestDocument[] {
    const out: RequestDocument[] = [];
    for (const file of this.loadArchives().values()) {
      for (const doc of Object.values(file.requests)) if (!(doc.id in this.data.requests)) out.push(doc);
    }
    return out;
  }

  archivedDocumentsByYear(): { doc: RequestDocument; year: number }[] {
    return [...this.loadArchives().values()].flatMap((file) => Object.values(file.requests).map((doc) => ({ doc, year: file.year })));
  }

  /** Sets the index read at start-up without writing it. */
  replaceIndex(index: ArchiveIndex): void {
    this.index = index;
  }

  saveSummary(summary: ArchiveSummary): void {
    this.writeSummary(summary);
  }

  archiveYears(): number[] {
    return [...this.loadArchives().keys()].sort();
  }

  private loadArchives(): Map<number, ArchiveFile> {
    if (this.archives) return this.archives;
    const archives = new Map<number, ArchiveFile>();
    const names = existsSync(this.folder) ? readdirSync(this.folder) : [];
    for (const name of names) {
      const year = ARCHIVE_FILE_PATTERN.exec(name)?.[1];
      if (!year) continue;
      let raw: RawFile;
      try {
        raw = migrate(readJsonFile(path.join(this.folder, name))).file;
      } catch (error) {
        if (!(error instanceof UnreadableFileError)) throw error;
        this.setYearAside(name, Number(year), error.message);
        continue;
      }
      const setAside: SetAside[] = [];
      const requests = checkRequests((raw.requests ?? {}) as Record<string, unknown>, setAside);
      if (setAside.length) this.onSetAside(name, setAside);
      archives.set(Number(year), { schemaVersion: SCHEMA_VERSION, year: Number(year), requests });
    }
    this.archives = archives;
    return archives;
  }

  /**
   * An archive year file that cannot be read is moved to quarantine, and each request the index
   * filed under that year is listed in Needs attention, so none disappears without a word; the
   * year leaves the index (which is derived), and a request closed that year starts a new file.
   */
  private setYearAside(name: string, year: number, why: string): void {
    const moved = this.setFileAside(name);
    const ids = this.index.requests[String(year)] ?? [];
    const problem = `its archive file ${name} could not be read (${why}); the file was moved, unchanged, to ${moved}. Restore a backup to bring these requests back.`;
    this.onSetAside(name, ids.length ? ids.map((id) => ({ key: id, problem, raw: null })) : [{ key: name, problem, raw: null }]);
    const requests = { ...this.index.requests };
    delete requests[String(year)];
    this.index = { ...this.index, requests };
  }

  private writeMain(next: DataFile): void {
    // Disk first: if the write throws, memory still matches the file.
    this.mainHandle ??= this.open(MAIN_FILE);
    this.mainHandle.store = withInternal(mainFileContent(next, this.kept), this.internal);
    syncDirectory(this.folder);
    this.data = next;
  }

  private writeArchive(file: ArchiveFile): void {
    let handle = this.archiveHandles.get(file.year);
    if (!handle) {
      handle = this.open(archiveFile(file.year));
      this.archiveHandles.set(file.year, handle);
    }
    handle.store = withInternal(file, {});
    syncDirectory(this.folder);
    this.loadArchives().set(file.year, file);
  }

  /** The archived request `id`, read from its year's archive. */
  archivedDocument(id: string): RequestDocument | null {
    const year = yearFiled(this.index, id);
    return year === undefined ? null : (this.loadArchives().get(year)?.requests[id] ?? null);
  }

  private writeSummary({ index, outcomes }: ArchiveSummary): void {
    this.writeOutcomes(outcomes);
    this.indexHandle ??= this.open(ARCHIVE_INDEX_FILE);
    this.indexHandle.store = withInternal(index, {});
    syncDirectory(this.folder);
    this.index = index;
  }

  private writeOutcomes(outcomes: ArchiveOutcomes): void {
    this.outcomesHandle ??= this.open(ARCHIVE_OUTCOMES_FILE);
    this.outcomesHandle.store = withInternal(outcomes, {});
    syncDirectory(this.folder);
    this.outcomes = outcomes;
  }
}
