import type { RequestDocument } from './documents';
import { requestDocumentSchema, where } from './event-schema';

/** A request mended where the app can, and what it changed, in words for its history. */
export interface RepairedRequest {
  doc: RequestDocument;
  repairs: string[];
}

/** Each mend is one issue; a record that needs more than this is not the kind the app can mend. */
const MAX_REPAIRS = 50;

/**
 * A request that failed its check on load, mended if every problem is one the app can mend
 * without guessing: a text over its limit is cut to the limit (a header a mail server wrote, a
 * pasted page), and a revision that does not match is set to the event count. Anything else
 * (a date that is not a date, an unknown kind, a missing field) is not mended: null.
 */
export function repairRequest(raw: unknown, key: string): RepairedRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const doc = structuredClone(raw) as Record<string, unknown>;
  const repairs: string[] = [];
  for (let round = 0; round < MAX_REPAIRS; round++) {
    const parsed = requestDocumentSchema.safeParse(doc);
    if (parsed.success) return parsed.data.id === key && repairs.length ? { doc: parsed.data, repairs } : null;
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'too_big' && issue.origin === 'string') {
      const max = Number(issue.maximum);
      const value = valueAt(doc, issue.path);
      if (typeof value !== 'string') return null;
      setAt(doc, issue.path, value.slice(0, max));
      repairs.push(
        `${where(issue.path)} was ${value.length.toLocaleString('en-GB')} characters long; cut to ${max.toLocaleString('en-GB')}`,
      );
    } else if (issue.path.length === 1 && issue.path[0] === 'rev' && Array.isArray(doc.events)) {
      repairs.push(`its revision was ${String(doc.rev)}; set to its ${doc.events.length} events`);
      doc.rev = doc.events.length;
    } else return null;
  }
  return null;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (at, key) => (typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined),
    root,
  );
}

function setAt(root: Record<string, unknown>, path: readonly PropertyKey[], value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1)) as Record<PropertyKey, unknown>;
  parent[path.at(-1)!] = value;
}
