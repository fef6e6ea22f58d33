import { differenceInCalendarDays } from 'date-fns';
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
function formatter(locale: string, format: keyof typeof FORMATS): Intl.DateTimeFormat {
  const key = `${format}|${locale}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, FORMATS[format]);
    formatters.set(key, made);
  }
  return made;
}

/** "Tuesday 3 November" in en-GB, "Tuesday, November 3" in en-US. */
export function formatDay(date: Date, locale: string): string {
  return formatter(locale, 'day').format(date);
}

/** "Tuesday 3 November at 15:00" in en-GB, "Tuesday, November 3 at 3:00 PM" in en-US: the locale's own short time. */
export function formatMoment(date: Date, locale: string): string {
  return `${formatDay(date, locale)} at ${formatter(locale, 'time').format(date)}`;
}

/**
 * "Tuesday 3 November at 3:00 pm": a time as people say it, for scripts. "15:00" reads well in
 * an email but sounds like a timetable when spoken.
 */
export function formatSpokenMoment(date: Date, locale: string): string {
  return `${formatDay(date, locale)} at ${formatter(locale, 'spokenTime').format(date)}`;
}

const CONTACT_PHRASES: Record<ContactChannel, string> = {
  email: 'you emailed me',
  phone: 'you called me',
  voicemail: 'you left me a voicemail',
  'in-person': 'we spoke in person',
  other: 'you got in touch',
};

/** "you called me on Tuesday 3 November at 15:00": the specific the client recognises. */
export function describeContact(channel: ContactChannel, at: Date, locale: string, spoken = false): string {
  return `${CONTACT_PHRASES[channel]} on ${(spoken ? formatSpokenMoment : formatMoment)(at, locale)}`;
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
export function theirMessage(channel: ContactChannel, at: Date, now: Date, locale: string, spoken = false): string {
  const days = differenceInCalendarDays(now, at);
  const hour = at.getHours();
  const when =
    days === 0
      ? hour < 12
        ? 'this morning'
        : hour < 17
          ? 'this afternoon'
          : 'this evening'
      : days === 1
        ? 'yesterday'
        : `on ${(spoken ? formatSpokenMoment : formatMoment)(at, locale)}`;
  return `${MESSAGE_NOUNS[channel]} ${when}`;
}

/** What they said, as logged, in their words: 'You wrote: “…”.' Nothing when nothing was noted. */
export function theirWords(channel: ContactChannel, note: string): string {
  const words = note.trim().replace(/[.!?…]+$/u, '');
  if (!words) return '';
  return `${channel === 'email' || channel === 'other' ? 'You wrote' : 'You said'}: “${words}.”`;
}
