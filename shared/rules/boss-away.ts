import { addDays, format, parseISO, startOfDay } from 'date-fns';
import type { RequestState } from '../domain/request-state';
import type { AwayPeriod, Settings } from '../domain/settings';
import { promisedDay } from './padding';
import { workingDayOnOrAfter, type WorkCalendar } from './work-calendar';

/** The deciding boss's times away, as Settings has them (none for settings saved before they existed). */
export function awayPeriods(settings: Settings, bossId: string): readonly AwayPeriod[] {
  return settings.bosses.find((b) => b.id === bossId)?.away ?? [];
}

/** The time away that `day` falls in, when it does. */
export function awayOn(periods: readonly AwayPeriod[], day: Date): AwayPeriod | null {
  // Every schedule asks, and most bosses have no time away: no date is formatted for them.
  if (periods.length === 0) return null;
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

/** A request whose client needs it before the boss is back: decided before they leave, or the client told. */
export interface DeadlineWhileAway {
  requestId: string;
  clientName: string;
  topic: string;
  deadline: string;
}

/**
 * The deciding boss's undecided requests whose client deadline falls from today until before
 * their first working day back, soonest first: what Today puts beside the boss's absence.
 */
export function deadlinesWhileAway(states: readonly RequestState[], bossId: string, away: BossAway, now: Date): DeadlineWhileAway[] {
  const today = format(now, 'yyyy-MM-dd');
  return states
    .filter((s) => s.details.bossId === bossId && (s.status === 'waiting' || s.status === 'parked'))
    .filter((s) => s.details.deadline !== null && s.details.deadline >= today && s.details.deadline < away.back)
    .map((s) => ({ requestId: s.id, clientName: s.details.client.name, topic: s.details.topic, deadline: s.details.deadline! }))
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
}
