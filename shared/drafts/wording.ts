import { tz } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';
import { wallClockUtc, type ClientZone } from '../clients/time-zone';
import type { ContactChannel } from '../domain/contact-channel';

const FORMATS = {
  day: { weekday: 'long', day: 'numeric', month: 'long' },
  time: { timeStyle: 'short' },
  // hourCycle h12, not hour12: en-GB's hour12 is h11, which says 12:40 as "0:40 pm".
  spokenTime: { hour: 'numeric', minute: '2-digit', hourCycle: 'h12' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * One formatter per locale and format, made on first use: building an Intl.DateTimeFormat costs
 * far more than formatting with one, and every draft and request view formats several dates.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, format: keyof typeof FORMATS, utc: boolean): Intl.DateTimeFormat {
  const key = `${format}|${locale}|${utc}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, utc ? { ...FORMATS[format], timeZone: 'UTC' } : FORMATS[format]);
    formatters.set(key, made);
  }
  return made;
}

/**
 * Formats an instant as the clock reads where the client is (`zone`), or here when null. A zone
 * is turned into its wall-clock time read in UTC (see wallClockUtc), so offsets work as names do.
 */
function format(date: Date, locale: string, kind: keyof typeof FORMATS, zone: ClientZone): string {
  return zone ? formatter(locale, kind, true).format(wallClockUtc(date, zone)) : formatter(locale, kind, false).format(date);
}

/** "Tuesday 3 November" in en-GB, "Tuesday, November 3" in en-US; on the client's calendar when `zone` is theirs. */
export function formatDay(date: Date, locale: string, zone: ClientZone = null): string {
  return format(date, locale, 'day', zone);
}

/** "Tuesday 3 November at 15:00" in en-GB, "Tuesday, November 3 at 3:00 PM" in en-US: the locale's own short time. */
export function formatMoment(date: Date, locale: string, zone: ClientZone = null): string {
  return `${formatDay(date, locale, zone)} at ${format(date, locale, 'time', zone)}`;
}

/**
 * "Tuesday 3 November at 3:00 pm": a time as people say it, for scripts. "15:00" reads well in
 * an email but sounds like a timetable when spoken.
 */
export function formatSpokenMoment(date: Date, locale: string, zone: ClientZone = null): string {
  return `${formatDay(date, locale, zone)} at ${format(date, locale, 'spokenTime', zone)}`;
}

const CONTACT_PHRASES: Record<ContactChannel, string> = {
  email: 'you emailed me',
  phone: 'you called me',
  voicemail: 'you left me a voicemail',
  'in-person': 'we spoke in person',
  other: 'you got in touch',
};

/** "you called me on Tuesday 3 November at 15:00": the specific the client recognises, on their own clock. */
export function describeContact(channel: ContactChannel, at: Date, locale: string, spoken = false, zone: ClientZone = null): string {
  return `${CONTACT_PHRASES[channel]} on ${(spoken ? formatSpokenMoment : formatMoment)(at, locale, zone)}`;
}

export function signOff(name: string, signature: string): string {
  const sig = signature.trim() || name.trim();
  return sig ? `Kind regards,\n${sig}` : 'Kind regards,';
}

export { sentenceCase } from '../copy/case';

const MESSAGE_NOUNS: Record<ContactChannel, string> = {
  email: 'your email',
  phone: 'your call',
  voicemail: 'your voicemail',
  'in-person': 'our conversation',
  other: 'your message',
};

/**
 * "your email this morning", "your call yesterday", "your voicemail on Wednesday 4 November at
 * 11:00": the message a reply answers, as the client would refer to it.
 */
export function theirMessage(
  channel: ContactChannel,
  at: Date,
  now: Date,
  locale: string,
  spoken = false,
  zone: ClientZone = null,
): string {
  // "This morning" and "yesterday" are the client's: counted on their calendar and clock.
  const days = zone ? differenceInCalendarDays(now, at, { in: tz(zone) }) : differenceInCalendarDays(now, at);
  const hour = zone ? wallClockUtc(at, zone).getUTCHours() : at.getHours();
  const when =
    days === 0
      ? hour < 12
        ? 'this morning'
        : hour < 17
          ? 'this afternoon'
          : 'this evening'
      : days === 1
        ? 'yesterday'
        : `on ${(spoken ? formatSpokenMoment : formatMoment)(at, locale, zone)}`;
  return `${MESSAGE_NOUNS[channel]} ${when}`;
}

/** What they said, as logged, in their words: 'You wrote: “…”.' Nothing when nothing was noted. */
export function theirWords(channel: ContactChannel, note: string): string {
  const words = note.trim().replace(/[.!?…]+$/u, '');
  if (!words) return '';
  return `${channel === 'email' || channel === 'other' ? 'You wrote' : 'You said'}: “${words}.”`;
}
