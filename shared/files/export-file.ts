import { DomainError } from '../domain/domain-error';
import { attentionLabel } from '../store/attention-label';
import { documentOf, SCHEMA_VERSION, type RequestDocument } from '../store/documents';
import { describeIssues, requestDocumentSchema } from '../store/event-schema';
import { isObject } from '../store/migrations';

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
  reason: string | null;
}

const NOT_AN_EXPORT = 'That file is not a Follow-Through export. Choose a .json file made by "Export all requests".';

/**
 * Reads an export against the data as it is: a request not here yet is added, one already here
 * with the same history is left alone, and anything else is rejected with the reason (a record
 * that fails the data files' own check, an id listed twice, or an id that is here with a
 * different history, which is never overwritten).
 */
export function planImport(
  raw: unknown,
  existing: (id: string) => RequestDocument | null,
): { items: ImportItem[]; toAdd: RequestDocument[] } {
  if (!isObject(raw) || raw.app !== 'follow-through' || !Array.isArray(raw.requests)) throw new DomainError(NOT_AN_EXPORT);
  const format = Number(raw.format);
  if (!Number.isInteger(format) || format > SCHEMA_VERSION || format < 2) {
    throw new DomainError(
      format > SCHEMA_VERSION
        ? `That export was made by a newer version of Follow-Through (format ${format}). Update the app, then import it.`
        : NOT_AN_EXPORT,
    );
  }
  const items: ImportItem[] = [];
  const toAdd: RequestDocument[] = [];
  const seen = new Set<string>();
  raw.requests.forEach((record: unknown, index) => {
    const id = isObject(record) && typeof record.id === 'string' ? record.id : `#${index + 1}`;
    const label = attentionLabel(record) ?? `Request ${index + 1} in the file`;
    const reject = (reason: string) => items.push({ id, label, outcome: 'rejected', reason });
    const parsed = requestDocumentSchema.safeParse(record);
    if (!parsed.success) return reject(`Not a complete request: ${describeIssues(parsed.error).replace(/\.$/, '')}.`);
    if (seen.has(id)) return reject('It is listed twice in the file; the first was used.');
    seen.add(id);
    const here = existing(id);
    if (!here) {
      toAdd.push(documentOf(id, parsed.data.events));
      return items.push({ id, label, outcome: 'add', reason: null });
    }
    if (JSON.stringify(here.events) === JSON.stringify(parsed.data.events))
      return items.push({ id, label, outcome: 'already-there', reason: null });
    return reject('A request with this id is already here with a different history; yours was kept as it is.');
  });
  return { items, toAdd };
}
