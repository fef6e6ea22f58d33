import type { RequestEvent } from '../domain/events';
import type { Settings } from '../domain/settings';
import type { ClientProfile } from '../clients/client-profile';

/**
 * The version of the data files' format. Each step up has a pure migration in migrations.ts
 * and a fixture of the version before it under tests/fixtures/.
 * 1: `{ settings, requests: { [id]: { id, events } } }`, no version field (the first release).
 * 2: `schemaVersion`, and each request a self-contained document with a revision counter;
 *    closed requests live in per-year archive files beside the main file.
 * 3: two new event kinds, `corrected` and `withdrawn`. Nothing else moves; the step up exists
 *    so that an older app refuses a file holding them (and restores a backup) rather than
 *    setting those requests aside as damaged.
 * 4: client messages say how they went (`medium`: email, call, voicemail) and whether the draft
 *    was edited (`edit`); notes may carry `edit` too; the main file gains `clients`, how each
 *    client is addressed. A format-3 app would drop the new fields on its next write, so the
 *    number moves and such an app refuses the file.
 * 5: a client message may be a `reply` (to a later message of theirs), and a client contact may
 *    say what it `needs` (a reply, an acknowledgement, or none). A format-4 app would set such
 *    requests aside as damaged, so the number moves and such an app refuses the file.
 * 6: a new event kind, `deadline-agreed` (the client agreed a new date). A format-5 app would
 *    set such requests aside as damaged, so the number moves and such an app refuses the file.
 * 7: a new event kind, `call-logged` (how a proposed call went), a new client message kind,
 *    `closing` (the note to a client who withdrew), and a client profile may have a `timeZone`.
 *    A format-6 app would set such requests and profiles aside as damaged, so the number moves
 *    and such an app refuses the file.
 */
export const SCHEMA_VERSION = 7;

/**
 * One request, whole: its id, its revision (how many times it has been written; equal to its
 * event count, because events are only ever appended) and its events. One document a request
 * is the shape a replication engine (CouchDB/PouchDB) would sync, if one is ever added.
 */
export interface RequestDocument {
  id: string;
  rev: number;
  events: RequestEvent[];
}

/** The main data file: settings and every request not yet closed. */
export interface DataFile {
  schemaVersion: typeof SCHEMA_VERSION;
  settings: Settings;
  requests: Record<string, RequestDocument>;
  /** How each client is addressed, by client key (their email, else their name, lower case). */
  clients: Record<string, ClientProfile>;
}

/** An archive file: the requests closed in one calendar year. */
export interface ArchiveFile {
  schemaVersion: typeof SCHEMA_VERSION;
  year: number;
  requests: Record<string, RequestDocument>;
}

export const documentOf = (id: string, events: readonly RequestEvent[]): RequestDocument => ({
  id,
  rev: events.length,
  events: [...events],
});
