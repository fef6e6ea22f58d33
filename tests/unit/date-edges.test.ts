import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { fitSubject } from '../../shared/drafts/subject';
import { beforeDeadline, deadlinePassed, deadlineRisk } from '../../shared/rules/deadline';
import { addHoursSkippingDaysOff, addWorkingHours } from '../../shared/rules/working-time';
import { calendarOf } from '../../shared/rules/work-calendar';
import { logged, settings } from '../support/fixtures';

// The edges of the rules that place dates and cut text: the instant a limit is reached, the
// day a deadline falls, the character a subject is cut at. Each expected value by hand;
// November 2026 is GMT in London, so these instants are local time.
const d = (iso: string) => new Date(iso);
const config = settings();
const cal = calendarOf(config);

describe('a subject too long for the mail buttons (300 characters)', () => {
  it('is kept whole at exactly 300', () => {
    const subject = 'a'.repeat(300);
    expect(fitSubject(subject)).toBe(subject);
  });

  it('is cut at the last word break in its first 299 characters, without the punctuation before it, and ends with “…”', () => {
    // "a"×200, a space, "b"×50, " – ", then "c"×100: the last break before character 299 is the one after the dash.
    expect(fitSubject(`${'a'.repeat(200)} ${'b'.repeat(50)} – ${'c'.repeat(100)}`)).toBe(`${'a'.repeat(200)} ${'b'.repeat(50)}…`);
  });

  it('is cut mid-word when the only break is in its first half (at character 150 or before)', () => {
    expect(fitSubject(`${'a'.repeat(150)} ${'b'.repeat(200)}`)).toBe(`${'a'.repeat(150)} ${'b'.repeat(148)}…`);
    expect(fitSubject(`${'a'.repeat(151)} ${'b'.repeat(200)}`)).toBe(`${'a'.repeat(151)}…`);
    expect(fitSubject(`${'a'.repeat(100)} ${'b'.repeat(250)}`)).toHaveLength(300);
  });
});

describe('a date placed before the client’s deadline (Tuesday 10 November)', () => {
  const state = foldRequest('r1', [logged('2026-11-02T09:00:00Z', { deadline: '2026-11-10' })], d('2026-11-05T09:00:00Z'));
  const place = (day: string, after: string, deadlineFrom: string | null) =>
    beforeDeadline(state, d(day), cal, d(after), deadlineFrom === null ? null : d(deadlineFrom));

  it('stays where it is when it comes before the deadline', () => {
    expect(place('2026-11-09T00:00:00Z', '2026-11-05T10:00:00Z', null)).toEqual({ day: d('2026-11-09T00:00:00Z'), capped: false });
  });

  it('moves to the working day before, Monday 9th, when that comes after the last touch', () => {
    expect(place('2026-11-11T00:00:00Z', '2026-11-05T10:00:00Z', null)).toEqual({ day: d('2026-11-09T00:00:00Z'), capped: true });
  });

  it('touched on Monday 9th itself: the deadline day, when the deadline may be used', () => {
    expect(place('2026-11-11T00:00:00Z', '2026-11-09T10:00:00Z', '2026-11-10T00:00:00Z')).toEqual({
      day: d('2026-11-10T00:00:00Z'),
      capped: true,
    });
    // Already on the deadline day: left there, and not said to have been moved.
    expect(place('2026-11-10T00:00:00Z', '2026-11-09T10:00:00Z', '2026-11-10T00:00:00Z')).toEqual({
      day: d('2026-11-10T00:00:00Z'),
      capped: false,
    });
  });

  it('left as it is when the deadline may not be used: no deadline day, or one already passed', () => {
    expect(place('2026-11-11T00:00:00Z', '2026-11-09T10:00:00Z', null)).toEqual({ day: d('2026-11-11T00:00:00Z'), capped: false });
    expect(place('2026-11-11T00:00:00Z', '2026-11-09T10:00:00Z', '2026-11-11T00:00:00Z')).toEqual({
      day: d('2026-11-11T00:00:00Z'),
      capped: false,
    });
  });

  it('a deadline on a Sunday is read on the Monday, which the draft does not call “ahead of” it', () => {
    const sunday = foldRequest('r1', [logged('2026-11-02T09:00:00Z', { deadline: '2026-11-15' })], d('2026-11-13T09:00:00Z'));
    // Touched on Friday 13th, the working day before: the next working day after the deadline, Monday 16th.
    expect(beforeDeadline(sunday, d('2026-11-17T00:00:00Z'), cal, d('2026-11-13T10:00:00Z'), d('2026-11-14T00:00:00Z'))).toEqual({
      day: d('2026-11-16T00:00:00Z'),
      capped: false,
    });
  });
});

describe('the deadline’s risk and its passing', () => {
  const asked = (at: string): RequestEvent => ({ type: 'asked', at, note: '' });
  const parkedWith = (deadline: string, outcome?: 'in-2-weeks' | 'until-raised', returnsOn: string | null = null) =>
    foldRequest(
      'r1',
      [
        logged('2026-11-02T09:00:00Z', { deadline }),
        asked('2026-11-02T10:00:00Z'),
        asked('2026-11-04T10:00:00Z'),
        asked('2026-11-06T10:00:00Z'),
        { type: 'parked', at: '2026-11-06T10:00:00Z', strikeLimit: 3 },
        ...(outcome ? [{ type: 'park-outcome-chosen', at: '2026-11-06T10:05:00Z', outcome, returnsOn } as RequestEvent] : []),
      ],
      d('2026-11-06T11:00:00Z'),
    );
  const risk = (state: ReturnType<typeof parkedWith>) => deadlineRisk(state, config, cal, d('2026-11-06T11:00:00Z'));

  it('parked, far from the deadline: none until an outcome brings it back on or after the deadline, or never', () => {
    // Deadline Friday 20th; the warning (3 working days) reaches Wednesday 11th.
    expect(risk(parkedWith('2026-11-20'))).toBeNull();
    expect(risk(parkedWith('2026-11-20', 'in-2-weeks', '2026-11-20T00:00:00.000Z'))).toBe('unlikely');
    expect(risk(parkedWith('2026-11-23', 'in-2-weeks', '2026-11-20T00:00:00.000Z'))).toBeNull();
    expect(risk(parkedWith('2026-11-20', 'until-raised'))).toBe('unlikely');
  });

  it('has not passed without a deadline', () => {
    const none = foldRequest('r1', [logged('2026-11-02T09:00:00Z')], d('2026-11-06T11:00:00Z'));
    expect(deadlinePassed(none, d('2026-11-06T11:00:00Z'))).toBe(false);
  });
});

describe('working hours (09:00–17:30, Monday to Friday)', () => {
  const week = { workingDays: [1, 2, 3, 4, 5], holidays: [], workingHours: { start: '09:00', end: '17:30' } };

  it('one hour from 16:30 ends at closing time the same day, not the next morning', () => {
    expect(addWorkingHours(d('2026-11-06T16:30:00Z'), 1, week)).toEqual(d('2026-11-06T17:30:00Z'));
  });

  it('one hour from after closing on Friday ends Monday at 10:00', () => {
    expect(addWorkingHours(d('2026-11-06T18:00:00Z'), 1, week)).toEqual(d('2026-11-09T10:00:00Z'));
  });

  it('with no working day at all, counts the hours as they come rather than search for ever', () => {
    const never = { ...week, workingDays: [] };
    expect(addWorkingHours(d('2026-11-06T18:00:00Z'), 2, never)).toEqual(d('2026-11-06T20:00:00Z'));
    expect(addHoursSkippingDaysOff(d('2026-11-06T18:00:00Z'), 24, never)).toEqual(d('2026-11-07T18:00:00Z'));
  });

  it('24 hours skipping days off from Friday midnight end at Saturday midnight: all of Friday counts', () => {
    expect(addHoursSkippingDaysOff(d('2026-11-06T00:00:00Z'), 24, week)).toEqual(d('2026-11-07T00:00:00Z'));
    expect(addHoursSkippingDaysOff(d('2026-11-06T00:00:01Z'), 24, week)).toEqual(d('2026-11-09T00:00:01Z'));
  });
});
