import type { ResearchDraftOptions } from '../../shared/drafts/research-draft';
import type { ClientDraftOptions } from '../../shared/drafts/client-drafts';
import type { RequestQuery } from '../../shared/ipc/contract';

/** Every read's cache key, from one place, so each command can say exactly what it makes stale. */
export const keys = {
  settings: ['settings'] as const,
  dataStatus: ['data-status'] as const,
  startAtLogin: ['start-at-login'] as const,
  mailbox: ['mailbox'] as const,
  mailOffers: ['mail-offers'] as const,
  deleted: ['deleted'] as const,
  openOfClient: (name: string, email: string) => ['open-of-client', name.toLowerCase(), email.toLowerCase()] as const,
  counts: ['counts'] as const,
  today: ['today'] as const,
  requests: (query?: RequestQuery) => (query ? (['requests', query] as const) : (['requests'] as const)),
  request: (id: string) => ['request', id] as const,
  digest: (bossId?: string, only?: string[] | null) =>
    bossId === undefined ? (['digest'] as const) : (['digest', bossId, only ?? null] as const),
  askDraft: (id: string, version: number) => ['draft', 'ask', id, version] as const,
  clientDraft: (id: string, version: number, options: ClientDraftOptions | null) => ['draft', 'client', id, version, options] as const,
  researchDraft: (id: string, version: number, options: ResearchDraftOptions | null) =>
    ['draft', 'research', id, version, options] as const,
  draftShares: ['draft-shares'] as const,
  wording: (id: string | null, text: string) => ['wording', id, text] as const,
};

/** What a change to one request can alter: that request, and every list and count it shows in. */
export const changedByRequest = (id: string) => [
  keys.request(id),
  keys.today,
  keys.requests(),
  keys.counts,
  keys.digest(),
  keys.draftShares,
];
