import { TZDate } from '@date-fns/tz';
import { startOfDay } from 'date-fns';

/**
 * A client's time zone: an IANA name ("America/New_York"), or a fixed offset ("-04:00") as read
 * from the Date of an email they sent, until the assistant picks their city. Null: the
 * assistant's own zone, as for most clients.
 */
export type ClientZone = string | null;

const OFFSET = /^[+-](0\d|1[0-4]):[0-5]\d$/;

/** An IANA name this system knows, or a fixed offset within ±14:00. */
export function isClientZone(value: string): boolean {
  if (OFFSET.test(value)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The offset of an email's Date header ("Tue, 8 Sep 2026 20:18:00 -0400" gives "-04:00"), when it has one. */
export function offsetOfDateHeader(header: string): string | null {
  const match = /\s([+-])(\d{2})(\d{2})(?:\s*\([^)]*\))?\s*$/.exec(header.trim());
  if (!match) return null;
  const zone = `${match[1]}${match[2]}:${match[3]}`;
  return OFFSET.test(zone) ? zone : null;
}

/** "-04:00" for an instant's offset in minutes east of UTC (-240). */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The zone an email's offset tells of, when it is not the assistant's own at that instant: a
 * client who writes from the same zone needs none, and one abroad gets theirs.
 */
export function zoneFromEmail(offset: string | null, sentAt: Date): ClientZone {
  if (!offset) return null;
  const ours = offsetText(-sentAt.getTimezoneOffset());
  return offset === ours || (offset === '-00:00' && ours === '+00:00') ? null : offset;
}

/**
 * The wall-clock time in `zone` as a UTC instant: formatted with timeZone UTC, it reads as the
 * clock on the client's wall. Intl in Node 20 takes IANA names but not offsets; this takes both.
 */
export function wallClockUtc(date: Date, zone: string): Date {
  const wall = new TZDate(date.getTime(), zone);
  return new Date(Date.UTC(wall.getFullYear(), wall.getMonth(), wall.getDate(), wall.getHours(), wall.getMinutes(), wall.getSeconds()));
}

/** The calendar day it is now for the client, as local midnight of that date: what their deadline is read against. */
export function clientToday(now: Date, zone: ClientZone): Date {
  if (!zone) return startOfDay(now);
  const wall = new TZDate(now.getTime(), zone);
  return new Date(wall.getFullYear(), wall.getMonth(), wall.getDate());
}

/** "New York" for America/New_York, "UTC−04:00" for an offset: how the zone is named to the assistant. */
export function zoneLabel(zone: string): string {
  if (OFFSET.test(zone)) return `UTC${zone.replace('-', '−')}`;
  const city = zone.split('/').at(-1) ?? zone;
  return city.replace(/_/g, ' ');
}
