import type { RequestState } from '../domain/request-state';
import { clientKey } from '../rules/chase-prediction';
import { chaseOutcomes, type ChaseOutcome } from '../rules/chases-beaten';
import { draftUses, type DraftUse } from '../rules/draft-use';
import { SCHEMA_VERSION } from './documents';

/**
 * What the rules need from archived requests without reading the archives: which year each
 * is filed under, each client's past contacts (their usual gap counts every request they
 * made) and every chase outcome (the chases-beaten figure spans all history). It is derived
 * from the archives and can always be rebuilt from them.
 */
export interface ArchiveIndex {
  schemaVersion: typeof SCHEMA_VERSION;
  requests: Record<string, number>;
  clients: Record<string, string[]>;
  chases: ChaseOutcome[];
  /** Every measured draft use (the unedited share in Settings counts archived requests too). */
  drafts: DraftUse[];
}

export const emptyArchiveIndex = (): ArchiveIndex => ({ schemaVersion: SCHEMA_VERSION, requests: {}, clients: {}, chases: [], drafts: [] });

/** The index with a closed request filed under `year`. */
export function indexWith(index: ArchiveIndex, state: RequestState, year: number): ArchiveIndex {
  return indexWithAll(index, [{ state, year }]);
}

/** The index with many closed requests filed at once (copied once, not once per request). */
export function indexWithAll(index: ArchiveIndex, filed: readonly { state: RequestState; year: number }[]): ArchiveIndex {
  const requests = { ...index.requests };
  const clients = { ...index.clients };
  const chases = [...index.chases];
  const drafts = [...index.drafts];
  for (const { state, year } of filed) {
    const key = clientKey(state.details.client);
    requests[state.id] = year;
    clients[key] = [...(clients[key] ?? []), ...state.inbound.map((c) => c.at)];
    chases.push(...chaseOutcomes(state));
    drafts.push(...draftUses(state));
  }
  return { ...index, requests, clients, chases, drafts };
}

/** The index without a request's contributions (it was reopened and left the archive). */
export function indexWithout(index: ArchiveIndex, state: RequestState): ArchiveIndex {
  const requests = { ...index.requests };
  delete requests[state.id];
  const key = clientKey(state.details.client);
  return {
    ...index,
    requests,
    clients: {
      ...index.clients,
      [key]: removeEach(
        index.clients[key] ?? [],
        state.inbound.map((c) => c.at),
        (a, b) => a === b,
      ),
    },
    chases: removeEach(index.chases, chaseOutcomes(state), (a, b) => a.at === b.at && a.kind === b.kind),
    drafts: removeEach(index.drafts, draftUses(state), (a, b) => a.at === b.at && a.template === b.template),
  };
}

export function buildArchiveIndex(filed: readonly { state: RequestState; year: number }[]): ArchiveIndex {
  return indexWithAll(emptyArchiveIndex(), filed);
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
