import type { RequestEvent } from '../../shared/domain/events';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/settings';

export interface StoredRequest {
  id: string;
  events: RequestEvent[];
}

/** The shape of the JSON file in the user-data folder. */
export interface StoreData {
  settings: Settings;
  requests: Record<string, StoredRequest>;
}

/**
 * Options shared by electron-store in the app and by `conf` (the library electron-store is
 * built on) in tests, so both read and write the very same file format.
 */
export const STORE_OPTIONS = {
  name: 'follow-through',
  defaults: { settings: DEFAULT_SETTINGS, requests: {} } satisfies StoreData,
  clearInvalidConfig: false,
} as const;

/**
 * The options electron-store hands to `conf` for STORE_OPTIONS (it renames `name` to
 * `configName` and puts the file in the user-data folder). Tests open the store file
 * through `conf` with exactly these.
 */
export function confOptionsFor(cwd: string) {
  const { name, ...rest } = STORE_OPTIONS;
  return { ...rest, configName: name, cwd };
}
