import { addDays, differenceInMinutes, format, formatDistanceStrict, isSameDay, startOfDay } from 'date-fns';

/** The user's locale, as the browser knows it. */
export const userLocale = (): string => navigator.language || 'en-GB';

/**
 * One formatter per locale and style, made once: building an Intl.DateTimeFormat costs far more
 * than using one, and a screen of rows formats dozens of dates.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${userLocale()} ${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(userLocale(), options)));
  return made;
}

/** "Mon 2 Nov 2026, 08:30": the day, then the locale's own short time (12 or 24 hour). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  const day = formatter({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  return `${day.format(date)}, ${formatter({ timeStyle: 'short' }).format(date)}`;
}

/** "14:00" or "2:00 PM": the locale's own short time. */
export function formatTime(iso: string): string {
  return formatter({ timeStyle: 'short' }).format(new Date(iso));
}

export function formatDay(iso: string): string {
  return formatter({ weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(iso));
}

/** A yyyy-MM-dd calendar day, shown without a time-zone shift. */
export function formatCalendarDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return formatDay(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).toISOString());
}

/** "3 days", "5 hours": how long the client has waited since they reached us. */
export function waited(sinceIso: string, asOfIso: string): string {
  const since = new Date(sinceIso);
  const asOf = new Date(asOfIso);
  if (differenceInMinutes(asOf, since) < 1) return 'under a minute';
  return formatDistanceStrict(since, asOf, { roundingMethod: 'floor' });
}

type DueRelation = 'today' | 'tomorrow' | 'overdue' | 'later';

/** Where a due date stands against the app's clock, by calendar day. */
function relation(dueIso: string, asOfIso: string): DueRelation {
  const due = new Date(dueIso);
  const asOf = new Date(asOfIso);
  if (isSameDay(due, asOf)) return 'today';
  if (isSameDay(due, addDays(asOf, 1))) return 'tomorrow';
  return due < startOfDay(asOf) ? 'overdue' : 'later';
}

/** "Today", "Tomorrow", "Overdue since Mon 2 Nov" or the day: a label standing on its own. */
export function dueLabel(dueIso: string, asOfIso: string): string {
  const day = formatDay(dueIso);
  return { today: 'Today', tomorrow: 'Tomorrow', overdue: `Overdue since ${day}`, later: day }[relation(dueIso, asOfIso)];
}

/**
 * The same inside a sentence: "due today", "overdue since Mon 2 Nov", "due Wed 4 Nov". Only
 * our own words change case; the locale's day and month names stay as the locale writes them.
 */
export function dueWhen(dueIso: string, asOfIso: string): string {
  const day = formatDay(dueIso);
  return { today: 'due today', tomorrow: 'due tomorrow', overdue: `overdue since ${day}`, later: `due ${day}` }[relation(dueIso, asOfIso)];
}

/** "Due today", "Overdue since Mon 2 Nov": the same, opening a phrase. */
export const dueWhenCapitalised = (dueIso: string, asOfIso: string): string => {
  const text = dueWhen(dueIso, asOfIso);
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** The value a datetime-local input shows for an instant, in local time. */
export function toDateTimeLocal(iso: string): string {
  return format(new Date(iso), "yyyy-MM-dd'T'HH:mm");
}
