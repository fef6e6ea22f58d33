import { isObject, type RawFile } from './migrations';
import { parseJson } from './check-data-file';

/**
 * The text of an archive file after a backup's copy of it is restored: every request either
 * copy holds. A request in both keeps the copy with more events, because events are only ever
 * appended, so the longer list is the later one. A restore therefore never takes a closed
 * request out of the archives: one closed after the backup was made stays, and one the live
 * file lost comes back. A copy that cannot be read gives way to the other.
 */
export function mergedArchiveText(backupText: string, liveText: string): string {
  let backup: RawFile;
  let live: RawFile;
  try {
    live = parseJson(liveText);
  } catch {
    return backupText;
  }
  try {
    backup = parseJson(backupText);
  } catch {
    return liveText;
  }
  const liveRequests = isObject(live.requests) ? live.requests : {};
  const requests: Record<string, unknown> = { ...liveRequests };
  for (const [id, doc] of Object.entries(isObject(backup.requests) ? backup.requests : {})) {
    if (eventCount(doc) > eventCount(liveRequests[id])) requests[id] = doc;
  }
  const version = Math.max(Number(live.schemaVersion) || 0, Number(backup.schemaVersion) || 0) || live.schemaVersion;
  return JSON.stringify({ ...backup, ...live, schemaVersion: version, requests });
}

function eventCount(doc: unknown): number {
  return isObject(doc) && Array.isArray(doc.events) ? doc.events.length : -1;
}
