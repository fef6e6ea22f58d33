import { addDays, getDay, lightFormat, startOfDay } from 'date-fns';
import type { Settings } from '../domain/settings';

/**
 * The assistant's working days: which weekdays (0 = Sunday ... 6 = Saturday) and which dates
 * are holidays. "Business days" everywhere in the rules mean these days. date-fns'
 * addBusinessDays knows only Monday to Friday, so the stepping is done here, a day at a time
 * with date-fns' addDays, which keeps the local wall-clock time across DST changes.
 */
export interface WorkCalendar {
  workingDays: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
}

/** One calendar per settings object: the rules ask for it for every request on every screen. Settings are never mutated, only replaced. */
const calendars = new WeakMap<object, WorkCalendar>();

export function calendarOf(settings: Pick<Settings, 'workingDays' | 'holidays'>): WorkCalendar {
  let cal = calendars.get(settings);
  if (!cal) calendars.set(settings, (cal = { workingDays: new Set(settings.workingDays), holidays: new Set(settings.holidays) }));
  return cal;
}

/** A calendar with no working day at all would loop forever; ten years is the end of the search. */
const MAX_STEPS = 3660;

export function isWorkingDay(date: Date, cal: WorkCalendar): boolean {
  if (!cal.workingDays.has(getDay(date))) return false;
  // lightFormat, and only with holidays set: this runs for every day stepped over, on every screen.
  if (cal.holidays.size === 0) return true;
  return !cal.holidays.has(lightFormat(date, 'yyyy-MM-dd'));
}

function step(date: Date, amount: number, direction: 1 | -1, cal: WorkCalendar): Date {
  let current = date;
  let counted = 0;
  for (let i = 0; counted < amount; i++) {
    if (i >= MAX_STEPS) break;
    current = addDays(current, direction);
    if (isWorkingDay(current, cal)) counted++;
  }
  return current;
}

/** The same time `amount` working days later; from a day off, counting starts on the next working day. */
export function addWorkingDays(date: Date, amount: number, cal: WorkCalendar): Date {
  return step(date, amount, 1, cal);
}

export function subWorkingDays(date: Date, amount: number, cal: WorkCalendar): Date {
  return step(date, amount, -1, cal);
}

/** The start of the last working day on or before `date`. */
export function workingDayOnOrBefore(date: Date, cal: WorkCalendar): Date {
  const day = startOfDay(date);
  return isWorkingDay(day, cal) ? day : startOfDay(subWorkingDays(day, 1, cal));
}

/** The start of the first working day on or after `date`. */
export function workingDayOnOrAfter(date: Date, cal: WorkCalendar): Date {
  const day = startOfDay(date);
  return isWorkingDay(day, cal) ? day : startOfDay(addWorkingDays(day, 1, cal));
}
