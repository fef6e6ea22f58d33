import { format, parse } from 'date-fns';
import type { Settings } from '../domain/settings';
import { ITEM_COPY } from '../copy/labels';
import type { TodaySection } from './today';
import { calendarOf, isWorkingDay } from './work-calendar';

/** What a desktop notification (or, in the window, a banner) says about one due item. */
export interface DueNotice {
  /** One notice per item per day: section, request and the day. */
  key: string;
  requestId: string;
  title: string;
  body: string;
}

/** Notifications stay quiet on days off and outside working hours, or when turned off. */
export function isQuietTime(now: Date, settings: Settings): boolean {
  if (!settings.notificationsEnabled || !isWorkingDay(now, calendarOf(settings))) return true;
  const start = parse(settings.workingHours.start, 'HH:mm', now);
  const end = parse(settings.workingHours.end, 'HH:mm', now);
  return now < start || now >= end;
}

/** One notice for each item due on Today, keyed so that it is shown once a day at most. */
export function dueNotices(sections: readonly TodaySection[], now: Date): DueNotice[] {
  const day = format(now, 'yyyy-MM-dd');
  return sections.flatMap((section) =>
    section.rows.flatMap((row) =>
      row.items.map((item) => ({
        key: `${day}:${item.kind}:${row.requestId}`,
        requestId: row.requestId,
        title: ITEM_COPY[item.kind].notice,
        body: `${row.clientName}: ${row.topic}`,
      })),
    ),
  );
}

/** Which of today's notices have not been shown yet; quiet hours show none. */
export function noticesToShow(sections: readonly TodaySection[], shown: ReadonlySet<string>, now: Date, settings: Settings): DueNotice[] {
  if (isQuietTime(now, settings)) return [];
  return dueNotices(sections, now).filter((n) => !shown.has(n.key));
}
