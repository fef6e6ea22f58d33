import { describe, expect, it } from 'vitest';
import { namedDays, saysDeadlineAtRisk } from '../../sim/draft-dates';
import { SimCalendar } from '../../sim/working-time';

// The simulated year judges the app with its own reading of the clock and of the drafts' dates,
// written apart from the app's rules. These pin that reading to DOMAIN.md's own examples.
const local = (s: string) => new Date(s); // TZ is Europe/London in the tests: winter times are UTC.
const cal = new SimCalendar(['2026-12-25', '2026-12-28']);

describe('the simulation’s working-time clock', () => {
  it('DOMAIN.md’s example: a Friday 17:00 email has its aim on Monday 09:30 and its limit on Monday 17:00', () => {
    expect(cal.aimAfter(local('2026-11-27T17:00:00'), 1)).toEqual(local('2026-11-30T09:30:00'));
    expect(cal.limitAfter(local('2026-11-27T17:00:00'), 24)).toEqual(local('2026-11-30T17:00:00'));
  });

  it('skips bank holidays: Thursday 24 December at 15:00 has its limit on Tuesday 29th at 15:00', () => {
    expect(cal.limitAfter(local('2026-12-24T15:00:00'), 24)).toEqual(local('2026-12-29T15:00:00'));
  });

  it('a Saturday message counts from Monday’s start: aim 10:00, limit Tuesday 00:00', () => {
    expect(cal.aimAfter(local('2026-11-28T11:00:00'), 1)).toEqual(local('2026-11-30T10:00:00'));
    expect(cal.limitAfter(local('2026-11-28T11:00:00'), 24)).toEqual(local('2026-12-01T00:00:00'));
  });
});

describe('the simulation’s reading of the dates a draft names', () => {
  const written = local('2026-12-30T09:00:00');

  it('places a day without a year in the year nearest the draft: January next year, December this one', () => {
    const days = namedDays(
      'I will be in touch again by Monday 4 January, or sooner. You emailed me on Monday 28 December at 10:00.',
      written,
    );
    expect(days.map((d) => [d.day, d.promise, d.future])).toEqual([
      [local('2027-01-04T00:00:00'), true, true],
      [local('2026-12-28T00:00:00'), false, false],
    ]);
  });

  it('tells the client’s deadline from our promise, and a weekday that does not match its date (8 January 2027 is a Friday)', () => {
    const [deadline, wrong] = namedDays(
      'I know you needed this by Sunday 27 December. If I haven’t heard by Thursday 8 January, may I call?',
      written,
    );
    expect(deadline).toMatchObject({ theirs: true, future: false, wrongWeekday: false });
    expect(wrong).toMatchObject({ theirs: false, future: true, promise: false, wrongWeekday: true });
    expect(saysDeadlineAtRisk('I know you need this by Friday 8 January, and I may not have an answer by then.')).toBe(true);
    expect(saysDeadlineAtRisk('I have kept every date here ahead of your deadline of Friday 8 January.')).toBe(false);
  });

  it('reads the spoken scripts’ promises too', () => {
    expect(namedDays('You’ll hear from me by Monday 4 January at the latest.', written)[0]).toMatchObject({ promise: true });
    expect(namedDays('I’ll be in touch again by Monday 4 January.', written)[0]).toMatchObject({ promise: true });
  });
});
