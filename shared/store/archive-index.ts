import type { RequestState } from '../domain/request-state';
import { clientHistory, clientKey, historyContacts, type ClientHistory } from '../rules/chase-prediction';
import { chaseOutcomes, type ChaseOutcome } from '../rules/chases-beaten';
import { draftUses, type DraftUse } from '../rules/draft-use';
import { SCHEMA_VERSION } from './documents';

/** Bumped when the index's shape changes: an index of another version is rebuilt from the archives. */
export const ARCHIVE_INDEX_VERSION = 2;

export type { ClientHistory };

/**
 * What start-up needs from archived requests without reading the archives: which year each is
 * filed under, and each client's contact history (their usual gap counts every request they
 * made). It is derived from the archives and can always be rebuilt from them.
 */
export interface ArchiveIndex {
  schemaVersion: typeof SCHEMA_VERSION;
  indexVersion: typeof ARCHIVE_INDEX_VERSION;
  /**
   * The ids filed under each year, sorted: read at every start, and a list of strings parses
   * several times faster than an object with as many keys (50,000 archived: 4 ms against 33).
   */
  requests: Record<string, string[]>;
  clients: Record<string, ClientHistory>;
}

/** Where `id` is in a sorted list, or where it would go. */
function position(sorted: readonly string[], id: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The year an archived request is filed under, if it is archived. */
export function yearFiled(index: ArchiveIndex, id: string): number | undefined {
  for (const [year, ids] of Object.entries(index.requests)) if (ids[position(ids, id)] === id) return Number(year);
  return undefined;
}

/** How many requests the archives hold. */
export function archivedTotal(index: ArchiveIndex): number {
  return Object.values(index.requests).reduce((n, ids) => n + ids.length, 0);
}

function withoutFiled(requests: Record<string, string[]>, id: string): Record<string, string[]> {
  const out = { ...requests };
  for (const [year, ids] of Object.entries(requests)) {
    const at = position(ids, id);
    if (ids[at] !== id) continue;
    const left = [...ids];
    left.splice(at, 1);
    if (left.length) out[year] = left;
    else delete out[year];
  }
  return out;
}

/**
 * What only some screens need from archived requests, kept in its own file and read when one of
 * them first asks: every chase outcome (the chases-beaten figure spans all history) and every
 * measured draft use (the unedited share in Settings). Derived from the archives too.
 */
export interface ArchiveOutcomes {
  schemaVersion: typeof SCHEMA_VERSION;
  indexVersion: typeof ARCHIVE_INDEX_VERSION;
  chases: ChaseOutcome[];
  drafts: DraftUse[];
}

/** Both, as the service changes them together when requests are filed or leave the archive. */
export interface ArchiveSummary {
  index: ArchiveIndex;
  outcomes: ArchiveOutcomes;
}

export const emptyArchiveIndex = (): ArchiveIndex => ({
  schemaVersion: SCHEMA_VERSION,
  indexVersion: ARCHIVE_INDEX_VERSION,
  requests: {},
  clients: {},
});
export const emptyArchiveOutcomes = (): ArchiveOutcomes => ({
  schemaVersion: SCHEMA_VERSION,
  indexVersion: ARCHIVE_INDEX_VERSION,
  chases: [],
  drafts: [],
});
export const emptyArchiveSummary = (): ArchiveSummary => ({ index: emptyArchiveIndex(), outcomes: emptyArchiveOutcomes() });

export { clientHistory };

const contactsOf = (state: RequestState) => state.inbound.map((c) => Date.parse(c.at));

/** The summary with many closed requests filed at once (copied once, not once per request). */
export function summaryWithAll(summary: ArchiveSummary, filed: readonly { state: RequestState; year: number }[]): ArchiveSummary {
  const byYear = new Map<number, string[]>();
  const added = new Map<string, number[]>();
  const chases = [...summary.outcomes.chases];
  const drafts = [...summary.outcomes.drafts];
  for (const { state, year } of filed) {
    const key = clientKey(state.details.client);
    byYear.set(year, [...(byYear.get(year) ?? []), state.id]);
    added.set(key, [...(added.get(key) ?? []), ...contactsOf(state)]);
    chases.push(...chaseOutcomes(state));
    drafts.push(...draftUses(state));
  }
  const requests = { ...summary.index.requests };
  for (const [year, ids] of byYear) {
    const filed = new Set([...(requests[year] ?? []), ...ids]);
    requests[year] = [...filed].sort();
  }
  const clients = { ...summary.index.clients };
  for (const [key, contacts] of added) clients[key] = clientHistory([...(clients[key] ? historyContacts(clients[key]) : []), ...contacts]);
  return { index: { ...summary.index, requests, clients }, outcomes: { ...summary.outcomes, chases, drafts } };
}

/** The summary with a closed request filed under `year`. */
export function summaryWith(summary: ArchiveSummary, state: RequestState, year: number): ArchiveSummary {
  return summaryWithAll(summary, [{ state, year }]);
}

/** The summary without a request's contributions (it was reopened and left the archive). */
export function summaryWithout(summary: ArchiveSummary, state: RequestState): ArchiveSummary {
  const requests = withoutFiled(summary.index.requests, state.id);
  const key = clientKey(state.details.client);
  const history = summary.index.clients[key];
  const left = removeEach(history ? historyContacts(history) : [], contactsOf(state), (a, b) => a === b);
  const clients = { ...summary.index.clients };
  if (left.length) clients[key] = clientHistory(left);
  else delete clients[key];
  return {
    index: { ...summary.index, requests, clients },
    outcomes: {
      ...summary.outcomes,
      chases: removeEach(summary.outcomes.chases, chaseOutcomes(state), (a, b) => a.at === b.at && a.kind === b.kind),
      drafts: removeEach(summary.outcomes.drafts, draftUses(state), (a, b) => a.at === b.at && a.template === b.template),
    },
  };
}

export function buildArchiveSummary(filed: readonly { state: RequestState; year: number }[]): ArchiveSummary {
  return summaryWithAll(emptyArchiveSummary(), filed);
}

/** `list` with one occurrence of each of `gone` taken out. */
function removeEach<T>(list: readonly T[], gone: readonly T[], same: (a: T, b: T) => boolean): T[] {
  const out = [...list];
  for (const g of gone) {
    const i = out.findIndex((x) => same(x, g));
    if (i >= 0) out.splice(i, 1);
  }
  return out;
}
