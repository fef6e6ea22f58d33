import { differenceInHours, addDays } from 'date-fns';
import type { Client } from '../domain/request';
import { isWorkingDay, workingDayOnOrAfter, type WorkCalendar } from './work-calendar';

/** Requests from the same client share a contact history: by email, else by name. */
export function clientKey(client: Client): string {
  return (client.email.trim() || client.name.trim()).toLowerCase();
}

/**
 * A client's contact history as kept for archived requests: the gaps of a day or more between
 * their contacts (whole hours, smallest first) and the latest contact, which are all the usual
 * gap needs at start-up; and every contact instant, oldest first, as base-36 milliseconds
 * joined by commas. One string parses in a fraction of the time of as many numbers, and it is
 * read only when an open contact falls inside the history or a request leaves the archive.
 */
export interface ClientHistory {
  contacts: string;
  last: number;
  gapHours: number[];
}

/** A history from contact instants in any order. */
export function clientHistory(contacts: readonly number[]): ClientHistory {
  const sorted = [...contacts].sort((a, b) => a - b);
  return {
    contacts: sorted.map((ms) => ms.toString(36)).join(','),
    last: sorted.at(-1) ?? 0,
    gapHours: contactGapHours(sorted).sort((a, b) => a - b),
  };
}

/** The contact instants of a history, oldest first. */
export function historyContacts(history: ClientHistory): number[] {
  return history.contacts ? history.contacts.split(',').map((s) => parseInt(s, 36)) : [];
}

/** The gaps of a day or more between consecutive contacts (instants, oldest first), in whole hours. */
export function contactGapHours(sorted: readonly number[]): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const hours = differenceInHours(sorted[i]!, sorted[i - 1]!);
    if (hours >= 24) gaps.push(hours);
  }
  return gaps;
}

/**
 * Until a client has shown this many gaps, the default stands in for the ones missing: one
 * quick chase is one reading, not their habit, and must not set every later update's date.
 */
export const GAPS_TO_LEARN = 3;

/**
 * The median of two lists of gaps (hours, each smallest first) taken together, in whole days, at
 * least 1; with fewer than GAPS_TO_LEARN gaps, the default fills the places missing. The lists
 * are walked, not joined: a client's history can hold hundreds of gaps, and start-up adds the
 * open requests' few to each client's.
 */
function medianDays(gaps: readonly number[], defaultDays: number, more: readonly number[] = []): number {
  const known = gaps.length + more.length;
  if (known < GAPS_TO_LEARN) {
    const filled = [...gaps, ...more, ...Array<number>(GAPS_TO_LEARN - known).fill(defaultDays * 24)].sort(ascending);
    return Math.max(1, Math.round(filled[Math.floor(GAPS_TO_LEARN / 2)]! / 24));
  }
  const n = known;
  let i = 0;
  let j = 0;
  const nth = () => {
    if (j >= more.length) return gaps[i++]!;
    if (i < gaps.length && gaps[i]! <= more[j]!) return gaps[i++]!;
    return more[j++]!;
  };
  const mid = Math.floor(n / 2);
  for (let k = 0; k < mid - (n % 2 ? 0 : 1); k++) nth();
  const median = n % 2 ? nth() : (nth() + nth()) / 2;
  return Math.max(1, Math.round(median / 24));
}

const ascending = (a: number, b: number) => a - b;

/**
 * The client's usual gap between contacts: the median of the gaps between their own
 * inbound contacts, in whole days. Contacts less than a day apart (a call, then an email)
 * make no gap. With fewer than three gaps to learn from, the default from Settings fills in.
 */
export function usualGapDays(inboundContacts: readonly (Date | number)[], defaultDays: number): number {
  const sorted = inboundContacts.map(Number).sort(ascending);
  return medianDays(contactGapHours(sorted).sort(ascending), defaultDays);
}

/**
 * The same over a client's archived history and their contacts on open requests, without going
 * over the history again: open contacts usually all come after it, and add only their own gaps.
 * One that falls inside the history changes a gap there, so then every contact is gone over.
 */
export function usualGapWithHistory(history: ClientHistory | undefined, open: readonly number[], defaultDays: number): number {
  if (!history?.contacts) return usualGapDays(open, defaultDays);
  if (!open.length) return medianDays(history.gapHours, defaultDays);
  const later = [...open].sort(ascending);
  if (later[0]! < history.last) return usualGapDays([...historyContacts(history), ...open], defaultDays);
  return medianDays(history.gapHours, defaultDays, contactGapHours([history.last, ...later]).sort(ascending));
}

/**
 * When the client would chase if they heard nothing: last touch plus their usual gap, moved
 * to the start of the next working day when that falls on a day off (a chase on a Saturday is
 * read on Monday, and the app never predicts one for a day nobody is there).
 */
export function expectedChase(lastTouch: Date, gapDays: number, cal: WorkCalendar): Date {
  const at = addDays(lastTouch, gapDays);
  return isWorkingDay(at, cal) ? at : workingDayOnOrAfter(at, cal);
}
