import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { nextOf, pendingItems } from '../../shared/rules/pending';
import { scheduleOf } from '../../shared/rules/schedule';
import { dueCount, todaySections, type TodaySectionKind } from '../../shared/rules/today';
import { logged, settings } from '../support/fixtures';

const config = settings({ holidays: ['2026-11-11'] });
const ack = (at: string): RequestEvent => ({ type: 'client-message-sent', at, kind: 'acknowledgement', subject: 'Thanks' });
const asked = (at: string): RequestEvent => ({ type: 'asked', at, note: '' });

/** A fixture of requests in many states, all from the week of Monday 2 November 2026. */
const fixture: Record<string, RequestEvent[]> = {
  // New, unacknowledged since Monday 08:30.
  fresh: [logged('2026-11-02T09:00:00Z', { client: { name: 'Ann New', company: '', email: 'ann@x.example', phone: '' } })],
  // Acknowledged and asked on Monday: next ask Wednesday, update due Friday 6th.
  steady: [
    logged('2026-11-02T09:00:00Z', { client: { name: 'Ben Steady', company: '', email: 'ben@x.example', phone: '' } }),
    ack('2026-11-02T09:05:00Z'),
    asked('2026-11-02T09:10:00Z'),
  ],
  // Parked on Tuesday 3rd with a two-week re-ask: back on Tuesday 17th.
  parked: [
    logged('2026-10-26T09:00:00Z', {
      client: { name: 'Cat Parked', company: '', email: 'cat@x.example', phone: '' },
      contact: { channel: 'phone', at: '2026-10-26T08:00:00.000Z' },
    }),
    ack('2026-10-26T09:05:00Z'),
    asked('2026-10-26T09:10:00Z'),
    asked('2026-10-28T09:10:00Z'),
    asked('2026-11-03T09:10:00Z'),
    { type: 'parked', at: '2026-11-03T09:10:00Z', strikeLimit: 3 },
    { type: 'park-outcome-chosen', at: '2026-11-03T09:11:00Z', outcome: 'in-2-weeks', returnsOn: '2026-11-17T00:00:00.000Z' },
  ],
  // Decided on Tuesday 3rd: the answer is owed.
  decided: [
    logged('2026-11-02T09:00:00Z', { client: { name: 'Dan Decided', company: '', email: 'dan@x.example', phone: '' } }),
    ack('2026-11-02T09:05:00Z'),
    { type: 'decided', at: '2026-11-03T15:00:00Z', decision: 'Yes' },
  ],
  // A deadline on Friday 13th.
  deadline: [
    logged('2026-11-02T09:00:00Z', {
      client: { name: 'Eve Deadline', company: '', email: 'eve@x.example', phone: '' },
      deadline: '2026-11-13',
    }),
    ack('2026-11-02T09:05:00Z'),
    asked('2026-11-02T09:10:00Z'),
  ],
  // The client owes a signature by Thursday 5th.
  step: [
    logged('2026-11-02T09:00:00Z', { client: { name: 'Fay Step', company: '', email: 'fay@x.example', phone: '' } }),
    ack('2026-11-02T09:05:00Z'),
    asked('2026-11-02T09:10:00Z'),
    { type: 'client-step-set', at: '2026-11-02T09:20:00Z', what: 'sign the form', chaseOn: '2026-11-05T00:00:00.000Z' },
  ],
};

/** The fixture as it stood at `now`: only the events that had happened by then. */
function statesAt(at: Date) {
  return Object.entries(fixture).map(([id, events]) =>
    foldRequest(
      id,
      events.filter((e) => new Date(e.at) <= at),
      at,
    ),
  );
}

function today(now: string): Partial<Record<TodaySectionKind, string[]>> {
  const at = new Date(now);
  const states = statesAt(at);
  const out: Partial<Record<TodaySectionKind, string[]>> = {};
  for (const section of todaySections(states, config, () => ({ gapDays: 7 }), at)) {
    if (section.rows.length) out[section.kind] = section.rows.map((r) => `${r.requestId}:${r.action}`);
  }
  return out;
}

describe('the Today selection', () => {
  it('Monday morning: acknowledgement and first asks due; an older request owes its third ask and a client update', () => {
    expect(today('2026-11-02T10:00:00Z')).toEqual({
      acknowledge: ['fresh:draft-acknowledgement'],
      // Cat's third ask has been due since Friday 30 October; Ann's and Dan's first asks since today.
      ask: ['parked:ask', 'fresh:ask', 'decided:ask'],
      // Parked on the boss side, but the client last heard from us on 26 October.
      update: ['parked:draft-update'],
    });
  });

  it('Wednesday: second asks fall due two business days after Monday’s; the answer is owed since Tuesday', () => {
    expect(today('2026-11-04T09:00:00Z')).toEqual({
      acknowledge: ['fresh:draft-acknowledgement'],
      // Oldest due first (the fresh request's first ask was due Monday), then by client name.
      ask: ['fresh:ask', 'steady:ask', 'deadline:ask', 'step:ask'],
      answer: ['decided:draft-answer'],
      update: ['parked:draft-update'],
    });
  });

  it('Thursday: the client step is due to chase', () => {
    expect(today('2026-11-05T09:00:00Z')['client-step']).toEqual(['step:draft-follow-up']);
  });

  it('Friday: updates are due, ordered by the expected chase', () => {
    // Parked's client last heard on 26 October; the others on Monday 2nd, Ann before the rest.
    expect(today('2026-11-06T09:00:00Z').update).toEqual([
      'parked:draft-update',
      'fresh:draft-update',
      'steady:draft-update',
      'deadline:draft-update',
      'step:draft-update',
    ]);
  });

  it('the weekend changes nothing that is already due, and adds nothing new', () => {
    const friday = today('2026-11-06T17:00:00Z');
    expect(today('2026-11-08T12:00:00Z')).toEqual(friday);
  });

  it('a holiday is not a business day: the deadline horizon reaches past it', () => {
    // Monday 9th + 3 business days with Wednesday 11th off = Friday 13th: the deadline shows.
    expect(today('2026-11-09T09:00:00Z').deadline).toEqual(['deadline:open']);
    // Friday 6th + 3 business days = Wednesday 11th... a holiday, so not yet.
    expect(today('2026-11-06T09:00:00Z').deadline).toBeUndefined();
  });

  it('a parked request returns on its re-ask date, under "Back from parking", not before', () => {
    expect(today('2026-11-16T09:00:00Z').reask).toBeUndefined();
    expect(today('2026-11-17T09:00:00Z').reask).toEqual(['parked:ask']);
  });

  it('counts what is due for the badge, leaving deadlines out', () => {
    const at = new Date('2026-11-09T09:00:00Z');
    const sections = todaySections(statesAt(at), config, () => ({ gapDays: 7 }), at);
    // Monday 9th: 1 acknowledgement, 5 updates, 4 asks, 1 answer and 1 client step are due: 12.
    // The one approaching deadline is on Today too, but nothing is owed on it yet.
    expect(today('2026-11-09T09:00:00Z')).toMatchObject({ deadline: ['deadline:open'] });
    expect(dueCount(sections)).toBe(12);
  });
});

describe('the schedule Today works from', () => {
  it('holds what the rules say is pending, with the instants Today compares', () => {
    const at = new Date('2026-11-04T12:00:00Z');
    const steady = foldRequest('steady', fixture.steady!, at);
    const schedule = scheduleOf(steady, config, { gapDays: 7 });
    expect(schedule.items).toEqual(pendingItems(steady, config, { gapDays: 7 }));
    expect(schedule.dueMs).toEqual(schedule.items.map((i) => new Date(i.dueAt).getTime()));
    expect(schedule.firstDueMs).toBe(Math.min(...schedule.dueMs));
    expect(schedule.next).toEqual(nextOf(schedule.items));
    expect(schedule.chase).toBe('2026-11-09T09:05:00.000Z'); // the acknowledgement plus the usual 7 days
    expect(scheduleOf(foldRequest('deadline', fixture.deadline!, at), config, { gapDays: 7 }).deadlineMs).toBe(
      new Date(2026, 10, 13).getTime(),
    );
  });
});
