import type { RequestEvent } from '../../shared/domain/events';
import type { Settings } from '../../shared/domain/settings';
import { upgradeSettings } from '../../shared/domain/settings-upgrade';
import type { StoreData, StoredRequest } from './store-schema';

/** The subset of electron-store's (and conf's) API that the app uses. */
export interface KeyValueFile {
  get<K extends keyof StoreData>(key: K): StoreData[K];
  set(key: string, value: unknown): void;
  readonly path: string;
}

/**
 * The only module that touches the store file. Everything else goes through here, so moving
 * closed requests into archive files later changes this module alone.
 */
export class RequestStore {
  constructor(private readonly file: KeyValueFile) {}

  get path(): string {
    return this.file.path;
  }

  loadRequests(): StoredRequest[] {
    return Object.values(this.file.get('requests'));
  }

  saveRequest(id: string, events: readonly RequestEvent[]): void {
    const stored: StoredRequest = { id, events: [...events] };
    // Request ids are UUIDs, so the dotted key cannot split on a "." inside an id.
    this.file.set(`requests.${id}`, stored);
  }

  /** Defaults fill any setting added since the file was written; retired default wording is upgraded. */
  loadSettings(): Settings {
    return upgradeSettings(this.file.get('settings'));
  }

  saveSettings(settings: Settings): void {
    this.file.set('settings', settings);
  }
}
