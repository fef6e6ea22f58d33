import { differenceInHours, addDays } from 'date-fns';
import type { Client } from '../domain/request';
import { isWorkingDay, workingDayOnOrAfter, type WorkCalendar } from './work-calendar';

/** Requests from the same client share a contact history: by email, else by name. */
export function clientKey(client: Client): string {
  return (client.email.trim() || client.name.trim()).toLowerCase();
}

/**
 * The client's usual gap between contacts: the median of the gaps between their own
 * inbound contacts, in whole days. Contacts on the same day (a call, then an email) count
 * as one. With no gap to learn from, the default from Settings. Contacts may be given as
 * instants in milliseconds: main passes a client's whole history that way at start-up, without
 * making a Date of each.
 */
export function usualGapDays(inboundContacts: readonly (Date | number)[], defaultDays: number): number {
  const sorted = [...inboundContacts].sort((a, b) => +a - +b);
  const gaps: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const hours = differenceInHours(sorted[i]!, sorted[i - 1]!);
    if (hours >= 24) gaps.push(hours / 24);
  }
  if (gaps.length === 0) return defaultDays;
  gaps.sort((a, b) => a - b);
  const mid = Math.floor(gaps.length / 2);
  const median = gaps.length % 2 ? gaps[mid]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
  return Math.max(1, Math.round(median));
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
