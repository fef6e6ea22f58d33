import { addDays, addMilliseconds, max, set, startOfDay } from 'date-fns';
import type { Settings } from '../domain/settings';
import { calendarOf, isWorkingDay } from './work-calendar';

type WorkingWeek = Pick<Settings, 'workingDays' | 'holidays' | 'workingHours'>;

/** Ten years of days: the end of any search, so a calendar with no working time cannot loop. */
const MAX_DAYS = 3660;
const HOUR_MS = 60 * 60 * 1000;

/** `day` at the clock time "HH:mm", local time. */
function atClock(day: Date, clock: string): Date {
  const [hours, minutes] = clock.split(':').map(Number);
  return set(startOfDay(day), { hours, minutes, seconds: 0, milliseconds: 0 });
}

/**
 * `hours` of working time after `from`: only the working hours (Settings) of working days
 * count. With 09:00–17:30 hours, one working hour after Friday 17:00 is Monday 09:30.
 */
export function addWorkingHours(from: Date, hours: number, week: WorkingWeek): Date {
  const cal = calendarOf(week);
  let remaining = hours * HOUR_MS;
  let day = startOfDay(from);
  for (let i = 0; i < MAX_DAYS; i++) {
    if (isWorkingDay(day, cal)) {
      const open = max([from, atClock(day, week.workingHours.start)]);
      const close = atClock(day, week.workingHours.end);
      const available = close.getTime() - open.getTime();
      if (available > 0) {
        if (remaining <= available) return addMilliseconds(open, remaining);
        remaining -= available;
      }
    }
    day = startOfDay(addDays(day, 1));
  }
  return addMilliseconds(from, hours * HOUR_MS);
}

/**
 * `hours` after `from`, where the hours of days off do not count: the first-response limit.
 * 24 such hours after Friday 17:00 is Monday 17:00, the same time on the next working day.
 */
export function addHoursSkippingDaysOff(from: Date, hours: number, week: Pick<Settings, 'workingDays' | 'holidays'>): Date {
  const cal = calendarOf(week);
  let remaining = hours * HOUR_MS;
  let at = from;
  for (let i = 0; i < MAX_DAYS; i++) {
    const midnight = startOfDay(addDays(at, 1));
    if (isWorkingDay(at, cal)) {
      const span = midnight.getTime() - at.getTime();
      if (remaining <= span) return addMilliseconds(at, remaining);
      remaining -= span;
    }
    at = midnight;
  }
  return addMilliseconds(from, hours * HOUR_MS);
}
