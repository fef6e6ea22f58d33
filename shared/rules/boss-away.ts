import { addDays, format, parseISO, startOfDay } from 'date-fns';
import type { AwayPeriod, Settings } from '../domain/settings';
import { promisedDay } from './padding';
import { workingDayOnOrAfter, type WorkCalendar } from './work-calendar';

/** The deciding boss's times away, as Settings has them (none for settings saved before they existed). */
export function awayPeriods(settings: Settings, bossId: string): readonly AwayPeriod[] {
  return settings.bosses.find((b) => b.id === bossId)?.away ?? [];
}

/** The time away that `day` falls in, when it does. */
export function awayOn(periods: readonly AwayPeriod[], day: Date): AwayPeriod | null {
  const date = format(day, 'yyyy-MM-dd');
  return periods.find((p) => p.from <= date && date <= p.to) ?? null;
}

/**
 * The first working day on or after `day` when the boss is there: a day inside a time away
 * moves to the first working day after it (and past any time away that follows straight on).
 */
export function bossThereFrom(periods: readonly AwayPeriod[], day: Date, cal: WorkCalendar): Date {
  let at = startOfDay(day);
  for (let guard = 0; guard <= periods.length; guard++) {
    const away = awayOn(periods, at);
    if (!away) return at;
    at = workingDayOnOrAfter(addDays(parseISO(away.to), 1), cal);
  }
  return at;
}

/** Away now: until when, and the first working day back. */
export interface BossAway {
  until: string;
  back: string;
  note: string;
}

export function bossAwayNow(periods: readonly AwayPeriod[], now: Date, cal: WorkCalendar): BossAway | null {
  const away = awayOn(periods, now);
  if (!away) return null;
  return { until: away.to, back: format(bossThereFrom(periods, now, cal), 'yyyy-MM-dd'), note: away.note };
}

/**
 * The day to promise an answer by, around the deciding boss's times away: while they are away
 * the expected days (padded) count from their first working day back; a day that would fall
 * inside a later time away moves past it, padded from that return. The client's deadline caps
 * it afterwards (beforeDeadline), as it caps every promise.
 */
export function promisedAroundAbsence(
  periods: readonly AwayPeriod[],
  now: Date,
  expectedBusinessDays: number,
  factor: number,
  cal: WorkCalendar,
): Date {
  // As if it were asked on the day they are back: the same count a request logged that day gets.
  const from = awayOn(periods, now) ? bossThereFrom(periods, now, cal) : now;
  const day = promisedDay(from, expectedBusinessDays, factor, cal);
  return awayOn(periods, day) ? promisedDay(bossThereFrom(periods, day, cal), expectedBusinessDays, factor, cal) : day;
}
