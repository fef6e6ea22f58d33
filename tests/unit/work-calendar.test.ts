import { describe, expect, it } from 'vitest';
import { addWorkingDays, calendarOf, isWorkingDay, subWorkingDays, workingDayOnOrAfter } from '../../shared/rules/work-calendar';

const d = (iso: string) => new Date(iso);
const weekdays = calendarOf({ workingDays: [1, 2, 3, 4, 5], holidays: [] });

describe('the work calendar', () => {
  it('skips weekends like business days', () => {
    expect(addWorkingDays(d('2026-11-06T10:00:00Z'), 1, weekdays)).toEqual(d('2026-11-09T10:00:00Z'));
    expect(subWorkingDays(d('2026-11-09T10:00:00Z'), 1, weekdays)).toEqual(d('2026-11-06T10:00:00Z'));
  });

  it('skips holidays too', () => {
    const christmas = calendarOf({ workingDays: [1, 2, 3, 4, 5], holidays: ['2026-12-24', '2026-12-25'] });
    // Wednesday 23rd + 2 working days: Thursday and Friday are off, so Monday 28th and Tuesday 29th.
    expect(addWorkingDays(d('2026-12-23T10:00:00Z'), 2, christmas)).toEqual(d('2026-12-29T10:00:00Z'));
    expect(isWorkingDay(d('2026-12-25T10:00:00Z'), christmas)).toBe(false);
  });

  it('follows the working week in Settings (a Sunday-to-Thursday week)', () => {
    const gulf = calendarOf({ workingDays: [0, 1, 2, 3, 4], holidays: [] });
    // Thursday 5th + 1 = Sunday 8th.
    expect(addWorkingDays(d('2026-11-05T10:00:00Z'), 1, gulf)).toEqual(d('2026-11-08T10:00:00Z'));
  });

  it('keeps the local time across a DST change', () => {
    // Friday 23 October 10:00 BST -> Monday 26 October 10:00 GMT.
    expect(addWorkingDays(d('2026-10-23T09:00:00Z'), 1, weekdays)).toEqual(d('2026-10-26T10:00:00Z'));
  });

  it('moves a day off to the next working day', () => {
    expect(workingDayOnOrAfter(d('2026-11-07T15:00:00Z'), weekdays)).toEqual(d('2026-11-09T00:00:00Z'));
    expect(workingDayOnOrAfter(d('2026-11-06T15:00:00Z'), weekdays)).toEqual(d('2026-11-06T00:00:00Z'));
  });

  it('stops searching instead of looping when no day is a working day', () => {
    const none = calendarOf({ workingDays: [], holidays: [] });
    expect(addWorkingDays(d('2026-11-06T10:00:00Z'), 1, none).getTime()).toBeGreaterThan(d('2036-01-01T00:00:00Z').getTime());
  });
});
