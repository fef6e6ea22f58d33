import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { RequestQuery, TodayQuery } from '../../shared/ipc/contract';
import { fetchOrThrow } from './api';
import { keys } from './query-keys';

/**
 * Screens that show what is due now look again every minute, so "due today" turns over at
 * midnight without a click; TanStack Query also refreshes them when the window regains focus.
 */
const CLOCK_DRIVEN = { refetchInterval: 60_000 } as const;

export const useSettings = () => useQuery({ queryKey: keys.settings, queryFn: () => fetchOrThrow('getSettings', undefined) });

export const useDeletedRequests = () => useQuery({ queryKey: keys.deleted, queryFn: () => fetchOrThrow('listDeleted', undefined) });
/** The data folder, its backups, the records set aside and what happened on load. */
export const useDataStatus = () => useQuery({ queryKey: keys.dataStatus, queryFn: () => fetchOrThrow('getDataStatus', undefined) });

export const useDraftShares = () => useQuery({ queryKey: keys.draftShares, queryFn: () => fetchOrThrow('getDraftShares', undefined) });
/** This computer's login item, as the system holds it. */
export const useStartAtLogin = () => useQuery({ queryKey: keys.startAtLogin, queryFn: () => fetchOrThrow('getStartAtLogin', undefined) });
export const useMailbox = () => useQuery({ queryKey: keys.mailbox, queryFn: () => fetchOrThrow('getMailbox', undefined) });
/** Clients' emails found in the inbox; read again every minute while a screen shows them (main reads the inbox every few minutes). */
export const useMailOffers = (enabled: boolean) =>
  useQuery({ queryKey: keys.mailOffers, queryFn: () => fetchOrThrow('getMailOffers', undefined), enabled, refetchInterval: 60_000 });

/** The open requests of the client typed into New request; nothing is asked until a name or an address is there. */
export const useOpenRequestsOfClient = (name: string, email: string) =>
  useQuery({
    queryKey: keys.openOfClient(name.trim(), email.trim()),
    queryFn: () => fetchOrThrow('openRequestsOfClient', { name, email }),
    enabled: name.trim().length > 1 || email.includes('@'),
  });

export const useCounts = () => useQuery({ queryKey: keys.counts, queryFn: () => fetchOrThrow('getCounts', undefined), ...CLOCK_DRIVEN });

/** Today as it first opens: every boss, the first page of each section. */
export const FIRST_TODAY: TodayQuery = { bossId: null, rowsPerSection: {} };
export const todayQuery = (query: TodayQuery = FIRST_TODAY) => ({
  queryKey: [...keys.today, query],
  queryFn: () => fetchOrThrow('getToday', query),
  ...CLOCK_DRIVEN,
});
/** The rows shown stay while a boss filter or "Show more" is read, instead of flashing empty. */
export const useToday = (query: TodayQuery) => useQuery({ ...todayQuery(query), placeholderData: keepPreviousData });

/** Rows a list asks main for at a time: a screenful or two, never the whole history. */
export const LIST_PAGE = 40;

export type RequestFilter = Omit<RequestQuery, 'offset' | 'limit'>;
/**
 * A page just read is not read again only because a second component (the table, under the
 * page that asked for the count) starts showing it: commands invalidate what they change, and
 * the clock's refresh still comes every minute.
 */
const FRESH_FOR = 5_000;
export const pageQuery = (filter: RequestFilter, page: number) => {
  const query: RequestQuery = { ...filter, offset: page * LIST_PAGE, limit: LIST_PAGE };
  return { queryKey: keys.requests(query), queryFn: () => fetchOrThrow('listRequests', query), staleTime: FRESH_FOR, ...CLOCK_DRIVEN };
};

/**
 * The first page of a filtered list, with how many match in all. The previous answer stays on
 * screen while a new search runs, instead of flashing empty.
 */
export const useRequestList = (filter: RequestFilter) => useQuery({ ...pageQuery(filter, 0), placeholderData: keepPreviousData });

/** The pages of a list that the rows on screen fall in (a virtualised list asks as it scrolls). */
export const useRequestPages = (filter: RequestFilter, pages: readonly number[]) =>
  useQueries({ queries: pages.map((page) => ({ ...pageQuery(filter, page), placeholderData: keepPreviousData })) });

export const requestQuery = (id: string) => ({
  queryKey: keys.request(id),
  queryFn: () => fetchOrThrow('getRequest', { id }),
  ...CLOCK_DRIVEN,
});
export const useRequestView = (id: string) => useQuery(requestQuery(id));

/** The lists as they first open: the queue shows what is open, Parked what is parked. */
export const OPEN_REQUESTS: RequestFilter = { status: 'open', bossId: null, text: '' };
export const PARKED_REQUESTS: RequestFilter = { status: 'parked', bossId: null, text: '' };

/** Main's never-blame check on text the assistant edited. */
export const useWordingCheck = (id: string | null, text: string | null) =>
  useQuery({
    queryKey: keys.wording(id, text ?? ''),
    queryFn: () => fetchOrThrow('checkWording', { id, text: text ?? '' }),
    enabled: text !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
