import { addDays, format, getDay, setHours, setMinutes, startOfDay } from 'date-fns';

/**
 * The sim's own reading of DOMAIN.md's clock, written apart from the app's rules so that the
 * figures judge the app rather than repeat it: the aim counts working hours (09:00 to 17:30 on
 * working days), the limit counts every hour of a working day and skips days off.
 */
export class SimCalendar {
  private readonly off: Set<string>;

  constructor(holidays: readonly string[]) {
    this.off = new Set(holidays);
  }

  isWorkingDay(d: Date): boolean {
    return getDay(d) !== 0 && getDay(d) !== 6 && !this.off.has(format(d, 'yyyy-MM-dd'));
  }

  /** `hours` of time on working days after `since`: 24 gives the same time on the next working day. */
  limitAfter(since: Date, hours: number): Date {
    let t = since;
    let left = hours * 3_600_000;
    for (;;) {
      const next = startOfDay(addDays(t, 1));
      if (this.isWorkingDay(t)) {
        const span = next.getTime() - t.getTime();
        if (span >= left) return new Date(t.getTime() + left);
        left -= span;
      }
      t = next;
    }
  }

  /** `hours` of working hours after `since`. */
  aimAfter(since: Date, hours: number): Date {
    let t = since;
    let left = hours * 3_600_000;
    for (;;) {
      const next = startOfDay(addDays(t, 1));
      const open = setMinutes(setHours(startOfDay(t), 9), 0);
      const close = setMinutes(setHours(startOfDay(t), 17), 30);
      if (this.isWorkingDay(t) && t < close) {
        const from = t < open ? open : t;
        const span = close.getTime() - from.getTime();
        if (span >= left) return new Date(from.getTime() + left);
        left -= span;
      }
      t = next;
    }
  }
}
