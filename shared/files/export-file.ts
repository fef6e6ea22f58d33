import { DomainError } from '../domain/domain-error';
import { attentionLabel } from '../store/attention-label';
import { documentOf, SCHEMA_VERSION, type RequestDocument } from '../store/documents';
import { describeIssues, requestDocumentSchema } from '../store/event-schema';
import { isObject } from '../store/migrations';
import type { RequestEvent } from '../domain/events';
import { requestDetailsSchema } from '../ipc/schemas';

/** A JSON export: every request with its full history, in the data files' own document form. */
export interface ExportFile {
  app: 'follow-through';
  format: number;
  exportedAt: string;
  requests: RequestDocument[];
}

export function buildExport(docs: readonly RequestDocument[], now: Date): ExportFile {
  return { app: 'follow-through', format: SCHEMA_VERSION, exportedAt: now.toISOString(), requests: [...docs] };
}

/** What importing one request of an export does. */
export interface ImportItem {
  id: string;
  /** "Jane Doe · the venue contract", as far as the record says. */
  label: string;
  outcome: 'add' | 'already-there' | 'rejected';
  /** Why it was rejected, or what was changed to add it (an unknown boss mapped to the default). */
  reason: string | null;
}

/** One record of an export after its own checks, before it is compared with the data. */
export interface CheckedRecord {
  id: string;
  label: string;
  /** The request to add, as checked (and mapped); null when the record is rejected. */
  doc: RequestDocument | null;
  /**
   * Its history as the file has it, before a boss missing from Settings was mapped: a request
   * already here whose boss was removed since is the same request, not a different history.
   */
  asInFile?: RequestEvent[];
  reason: string | null;
}

/** What the checks need from the app: the clock and the bosses in Settings. */
export interface ImportContext {
  now: string;
  bossIds: string[];
  defaultBossId: string;
  defaultBossName: string;
}

const NOT_AN_EXPORT = 'That file is not a Follow-Through export. Choose a .json file made by "Export all requests".';

/**
 * Checks each record of an export on its own: the data files' structure, then the same field
 * rules a typed request obeys (the form's schema for what was logged and every correction,
 * the IPC rule for the id, and dates from 1990 to now). A request for a boss not in Settings
 * goes to the default boss, and says so. Pure, so it runs where the file is parsed, off main.
 */
export function checkExport(
  raw: unknown,
  context: ImportContext,
  onProgress: (done: number, total: number) => void = () => {},
): CheckedRecord[] {
  if (!isObject(raw) || raw.app !== 'follow-through' || !Array.isArray(raw.requests)) throw new DomainError(NOT_AN_EXPORT);
  const format = Number(raw.format);
  if (!Number.isInteger(format) || format > SCHEMA_VERSION || format < 2) {
    throw new DomainError(
      format > SCHEMA_VERSION
        ? `That export was made by a newer version of Follow-Through (format ${format}). Update the app, then import it.`
        : NOT_AN_EXPORT,
    );
  }
  const records: unknown[] = raw.requests;
  return records.map((record, index) => {
    if (index % PROGRESS_EVERY === 0) onProgress(index, records.length);
    return checkRecord(record, index, context);
  });
}

function checkRecord(record: unknown, index: number, context: ImportContext): CheckedRecord {
  const rawId = isObject(record) && typeof record.id === 'string' ? record.id : '';
  const id = rawId.length > 0 && rawId.length <= 100 ? rawId : `#${index + 1}`;
  const label = (attentionLabel(record) ?? `Request ${index + 1} in the file`).slice(0, 200);
  const reject = (reason: string): CheckedRecord => ({ id, label, doc: null, reason });
  const parsed = requestDocumentSchema.safeParse(record);
  if (!parsed.success) return reject(`Not a complete request: ${describeIssues(parsed.error).replace(/\.$/, '')}.`);
  const idProblem = idRule(parsed.data.id);
  if (idProblem) return reject(idProblem);
  let mapped: string | null = null;
  const events: RequestEvent[] = [];
  const asInFile: RequestEvent[] = [];
  for (const [i, event] of parsed.data.events.entries()) {
    const at = Date.parse(event.at);
    if (at < EARLIEST || at > Date.parse(context.now) + CLOCK_SKEW_MS)
      return reject(`Event ${i + 1} is dated ${event.at.slice(0, 10)}; dates must fall between 1990 and today.`);
    const details = event.type === 'logged' ? event.request : event.type === 'corrected' ? event.details : null;
    if (!details) {
      events.push(event);
      asInFile.push(event);
      continue;
    }
    const checked = requestDetailsSchema.safeParse(details);
    if (!checked.success) return reject(`Its details break the form's rules: ${describeIssues(checked.error).replace(/\.$/, '')}.`);
    if (Date.parse(checked.data.contact.at) > Date.parse(context.now) + CLOCK_SKEW_MS)
      return reject('The client’s contact time is in the future.');
    let bossId = checked.data.bossId;
    if (!context.bossIds.includes(bossId)) {
      mapped = bossId;
      bossId = context.defaultBossId;
    }
    const next = { ...checked.data, bossId };
    if (event.type === 'logged') {
      events.push({ ...event, request: next });
      asInFile.push({ ...event, request: checked.data });
    } else if (event.type === 'corrected') {
      events.push({ ...event, details: next });
      asInFile.push({ ...event, details: checked.data });
    }
  }
  const reason = mapped ? `Its boss “${mapped.slice(0, 40)}” is not in Settings, so it goes to ${context.defaultBossName}.` : null;
  return { id: parsed.data.id, label, doc: documentOf(parsed.data.id, events), reason, ...(mapped && { asInFile }) };
}

/** The IPC rule for a request id: 1 to 100 characters, with nothing around it a screen could not send back. */
function idRule(id: string): string | null {
  if (id !== id.trim()) return 'Its id has spaces around it, so it could not be opened or deleted here.';
  if (id.length > 100) return 'Its id is longer than 100 characters, so it could not be opened or deleted here.';
  if ([...id].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f))
    return 'Its id holds a control character, so it could not be opened or deleted here.';
  return null;
}

const EARLIEST = Date.parse('1990-01-01T00:00:00Z');
const PROGRESS_EVERY = 500;
/** An export made on a machine whose clock runs a little ahead is still taken. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * Compares checked records with the data as it is: a request not here yet is added, one
 * already here with the same history is left alone, and anything else is rejected with the
 * reason (a record that failed its checks, an id listed twice, or an id that is here with a
 * different history, which is never overwritten).
 */
export function planImport(
  checked: readonly CheckedRecord[],
  existing: (id: string) => RequestDocument | null,
): { items: ImportItem[]; toAdd: RequestDocument[] } {
  const items: ImportItem[] = [];
  const toAdd: RequestDocument[] = [];
  const seen = new Set<string>();
  for (const { id, label, doc, reason, asInFile } of checked) {
    const reject = (why: string) => items.push({ id, label, outcome: 'rejected', reason: why });
    if (!doc) {
      reject(reason ?? 'Not a complete request.');
      continue;
    }
    if (seen.has(id)) {
      reject('It is listed twice in the file; the first was used.');
      continue;
    }
    seen.add(id);
    const here = existing(id);
    if (!here) {
      toAdd.push(doc);
      items.push({ id, label, outcome: 'add', reason });
    } else if (sameHistory(here.events, doc.events) || (asInFile && sameHistory(here.events, asInFile))) {
      items.push({ id, label, outcome: 'already-there', reason: null });
    } else {
      reject('A request with this id is already here with a different history; yours was kept as it is.');
    }
  }
  return { items, toAdd };
}

const sameHistory = (a: readonly RequestEvent[], b: readonly RequestEvent[]) => JSON.stringify(a) === JSON.stringify(b);
