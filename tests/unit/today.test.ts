import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { scheduleOf } from '../../shared/rules/schedule';
import { dueCount, todaySections, type TodaySectionKind } from '../../shared/rules/today';
import { logged, settings } from '../support/fixtures';

const config = settings({ holidays: ['2026-11-11'] });
const ack = (at: string): RequestEvent => ({ type: 'client-message-sent', at, kind: 'acknowledgement', subject: 'Thanks' });
const asked = (at: string): RequestEvent => ({ type: 'asked', at, note: '' });
/** A request from `name`, logged the moment they emailed (`contactAt`), then `events`, as it stands at `now`. */
const requestFrom = (
  id: string,
  name: string,
  contactAt: string,
  events: RequestEvent[],
  now: Date,
  overrides: Parameters<typeof logged>[1] = {},
) =>
  foldRequest(
    id,
    [
      logged(contactAt, {
        client: { name, company: '', email: `${id}@x.example`, phone: '' },
        contact: { channel: 'email', at: contactAt },
        ...overrides,
      }),
      ...events,
    ],
    now,
  );

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

/**
 * Today at `now`, section by section: each row as "request:item+item", most urgent first, a
 * late item marked "!". One row per request, in the section of its most urgent item (or of its
 * deadline, when that is near).
 */
function today(now: string): Partial<Record<TodaySectionKind, string[]>> {
  const at = new Date(now);
  const states = statesAt(at);
  const out: Partial<Record<TodaySectionKind, string[]>> = {};
  for (const section of todaySections(states, config, () => ({ gapDays: 7 }), at)) {
    if (section.rows.length) {
      out[section.kind] = section.rows.map((r) => `${r.requestId}:${r.items.map((i) => `${i.kind}${i.late ? '!' : ''}`).join('+')}`);
    }
  }
  return out;
}

describe('the Today selection', () => {
  it('Monday morning: one row per request, everything due on it, the most urgent first', () => {
    expect(today('2026-11-02T10:00:00Z')).toEqual({
      // Ann: unacknowledged since 08:30, and her first ask.
      acknowledge: ['fresh:acknowledge+ask'],
      // Cat's client last heard from us on 26 October: the update was due Friday 30th, late since
      // today; her third ask has been due since Friday too.
      update: ['parked:update!+ask'],
      ask: ['decided:ask'],
    });
  });

  it('Wednesday: second asks fall due two business days after Monday’s; the answer is owed since Tuesday', () => {
    expect(today('2026-11-04T09:00:00Z')).toEqual({
      // Past the first-response limit (Tuesday 08:30): late.
      acknowledge: ['fresh:acknowledge!+ask'],
      // All due Wednesday: by client name.
      ask: ['steady:ask', 'deadline:ask', 'step:ask'],
      answer: ['decided:answer'],
      update: ['parked:update!'],
    });
  });

  it('Thursday: the client step joins the row of its request, after the ask', () => {
    expect(today('2026-11-05T09:00:00Z').ask).toEqual(['steady:ask', 'deadline:ask', 'step:ask+client-step']);
  });

  it('Friday: updates come before asks on a row, and rows of updates go by the expected chase', () => {
    // Cat's client last heard on 26 October; the others on Monday 2nd at 09:05, then by name.
    expect(today('2026-11-06T09:00:00Z').update).toEqual([
      'parked:update!',
      'steady:update+ask',
      'deadline:update+ask',
      'step:update+ask+client-step',
    ]);
  });

  it('rows of updates go by when the client would chase, even where the due dates run the other way', () => {
    const at = new Date('2026-11-05T12:00:00Z'); // Thursday
    // Adam, heard from on Monday 26 October, chases every 14 days: he would chase Monday 9th, but the
    // weekly cadence made his update due Monday 2nd. Zoe, heard from Tuesday 3rd, chases every 2 days:
    // she would chase today, Thursday 5th, and her update fell due yesterday.
    const adam = requestFrom(
      'adam',
      'Adam Early',
      '2026-10-26T08:00:00.000Z',
      [ack('2026-10-26T10:00:00Z'), asked('2026-11-05T09:00:00Z')],
      at,
    );
    const zoe = requestFrom(
      'zoe',
      'Zoe Late',
      '2026-11-03T08:00:00.000Z',
      [ack('2026-11-03T10:00:00Z'), asked('2026-11-05T09:00:00Z')],
      at,
    );
    const gaps: Record<string, number> = { adam: 14, zoe: 2 };
    const [update] = todaySections([adam, zoe], config, (s) => ({ gapDays: gaps[s.id]! }), at).filter((s) => s.kind === 'update');
    expect(update!.rows.map((r) => [r.clientName, r.items[0]!.due, r.expectedChase])).toEqual([
      ['Zoe Late', '2026-11-04T00:00:00.000Z', '2026-11-05T10:00:00.000Z'],
      ['Adam Early', '2026-11-02T00:00:00.000Z', '2026-11-09T10:00:00.000Z'],
    ]);
  });

  it('rows of asks go by when the ask fell due, whatever the clients’ chases', () => {
    const at = new Date('2026-11-06T12:00:00Z'); // Friday
    // Both acknowledged long ago and asked once. Una was asked on Monday (next ask Wednesday) and would chase on the 20th;
    // Vic was asked on Tuesday (next ask Thursday) and would chase on the 10th.
    const row = (id: string, name: string, askedAt: string, gap: number) => ({
      state: requestFrom(id, name, '2026-11-02T08:30:00.000Z', [ack('2026-11-02T09:05:00Z'), asked(askedAt)], at),
      gap,
    });
    const rows = [row('vic', 'Vic Later', '2026-11-03T09:00:00Z', 8), row('una', 'Una Earlier', '2026-11-02T09:10:00Z', 18)];
    const gaps = Object.fromEntries(rows.map((r) => [r.state.id, r.gap]));
    const sections = todaySections(
      rows.map((r) => r.state),
      config,
      (s) => ({ gapDays: gaps[s.id]! }),
      at,
    );
    expect(sections.find((s) => s.kind === 'ask')!.rows.map((r) => [r.clientName, r.items[0]!.due, r.expectedChase])).toEqual([
      ['Una Earlier', '2026-11-04T00:00:00.000Z', '2026-11-20T09:05:00.000Z'],
      ['Vic Later', '2026-11-05T00:00:00.000Z', '2026-11-10T09:05:00.000Z'],
    ]);
  });

  it('puts a request on Today for its deadline alone, its call alone, or an item due this very minute; never a closed one', () => {
    const at = '2026-11-04T10:00:00Z'; // Wednesday: the deadline warning (3 working days) reaches Monday 9th.
    // Logged, acknowledged and asked this morning: nothing of theirs is due.
    const quiet = (id: string, name: string, extra: RequestEvent[] = [], overrides: Parameters<typeof logged>[1] = {}) =>
      requestFrom(
        id,
        name,
        '2026-11-04T07:30:00.000Z',
        [ack('2026-11-04T08:30:00Z'), asked('2026-11-04T09:00:00Z'), ...extra],
        new Date(at),
        overrides,
      );
    const states = [
      quiet('deadline', 'Dee Monday', [], { deadline: '2026-11-09' }),
      quiet('later', 'Lee Tuesday', [], { deadline: '2026-11-10' }),
      quiet('call', 'Cal Today', [
        { type: 'call-proposed', at: '2026-11-04T09:30:00Z', startsAt: '2026-11-04T14:00:00.000Z', minutes: 30 },
      ]),
      quiet('tomorrow', 'Tom Tomorrow', [
        { type: 'call-proposed', at: '2026-11-04T09:30:00Z', startsAt: '2026-11-05T09:00:00.000Z', minutes: 30 },
      ]),
      quiet('closed', 'Clo Closed', [{ type: 'withdrawn', at: '2026-11-04T09:40:00Z', reason: 'No longer needed.' }], {
        deadline: '2026-11-05',
      }),
    ];
    const rows = todaySections(states, config, () => ({ gapDays: 7 }), new Date(at)).flatMap((s) =>
      s.rows.map((r) => [s.kind, r.clientName, r.items.map((i) => `${i.kind} ${i.due}`)]),
    );
    expect(rows).toEqual([
      ['deadline', 'Dee Monday', ['deadline 2026-11-09T00:00:00.000Z']],
      ['call', 'Cal Today', ['call 2026-11-04T14:00:00.000Z']],
    ]);
    // The next ask on those rows falls due Friday 6th: due at 00:00 that day, on Today from that very instant.
    const friday = new Date('2026-11-06T00:00:00Z');
    const onFriday = todaySections([quiet('call', 'Cal Today')], config, () => ({ gapDays: 7 }), friday);
    expect(onFriday.flatMap((s) => s.rows.map((r) => [s.kind, r.clientName, r.nextAskDue]))).toEqual([
      ['ask', 'Cal Today', '2026-11-06T00:00:00.000Z'],
    ]);
  });

  it('says when the next ask and the client’s chase fall, and puts a park awaiting its outcome with the asks', () => {
    const at = new Date('2026-11-04T10:00:00Z');
    const parked = requestFrom(
      'parked',
      'Pat Parked',
      '2026-10-26T08:00:00.000Z',
      [
        ack('2026-10-26T09:05:00Z'),
        asked('2026-10-26T09:10:00Z'),
        asked('2026-10-28T09:10:00Z'),
        { type: 'client-message-sent', at: '2026-11-04T08:00:00Z', kind: 'update', subject: 'News' },
        asked('2026-11-04T09:00:00Z'),
        { type: 'parked', at: '2026-11-04T09:00:00Z', strikeLimit: 3 },
      ],
      at,
    );
    const decided = requestFrom(
      'decided',
      'Dan Decided',
      '2026-11-02T08:30:00.000Z',
      [ack('2026-11-02T09:05:00Z'), { type: 'decided', at: '2026-11-03T15:00:00Z', decision: 'Yes' }],
      at,
    );
    const rows = todaySections([parked, decided], config, () => ({ gapDays: 7 }), at).flatMap((s) =>
      s.rows.map((r) => [s.kind, r.clientName, r.action, r.nextAskDue, r.expectedChase]),
    );
    expect(rows).toEqual([
      // Parked today: no ask is due. The client, sent an update at 08:00 today, would chase a week on,
      // Wednesday 11th; that is a holiday here, so first thing Thursday.
      ['ask', 'Pat Parked', 'choose-park', null, '2026-11-12T00:00:00.000Z'],
      // Decided: the answer is what they are owed, and no chase is predicted.
      ['answer', 'Dan Decided', 'draft-answer', null, null],
    ]);
  });

  it('the weekend changes nothing that is already due, and adds nothing new: Friday’s updates are late on Monday', () => {
    const friday = today('2026-11-06T17:00:00Z');
    expect(today('2026-11-08T12:00:00Z')).toEqual(friday);
    expect(today('2026-11-09T09:00:00Z').update).toContain('steady:update!+ask');
  });

  it('a holiday is not a business day: the deadline horizon reaches past it, and the row goes to the deadlines', () => {
    // Monday 9th + 3 business days with Wednesday 11th off = Friday 13th: the deadline shows.
    expect(today('2026-11-09T09:00:00Z').deadline).toEqual(['deadline:update!+ask+deadline']);
    // Friday 6th + 3 business days = Thursday 12th, past the holiday: not yet.
    expect(today('2026-11-06T09:00:00Z').deadline).toBeUndefined();
  });

  it('a parked request comes back on its re-ask date, and not before', () => {
    expect(today('2026-11-16T09:00:00Z').update).toContain('parked:update!');
    // Its late update stays the most urgent thing on the row.
    expect(today('2026-11-17T09:00:00Z').update).toContain('parked:update!+reask');
  });

  it('a row is late when anything on it is late: the acknowledgement owed since Monday is on Wednesday, not on Monday', () => {
    const rowOf = (now: string, id: string) =>
      todaySections(statesAt(new Date(now)), config, () => ({ gapDays: 7 }), new Date(now))
        .flatMap((section) => section.rows)
        .find((row) => row.requestId === id);
    expect(rowOf('2026-11-02T10:00:00Z', 'fresh')?.late).toBe(false);
    expect(rowOf('2026-11-04T09:00:00Z', 'fresh')?.late).toBe(true);
    // Monday: Cat's update is late, Dan's ask is merely due.
    expect(rowOf('2026-11-02T10:00:00Z', 'parked')?.late).toBe(true);
    expect(rowOf('2026-11-02T10:00:00Z', 'decided')?.late).toBe(false);
  });

  it('counts what is due for the badge, leaving deadlines out', () => {
    const at = new Date('2026-11-09T09:00:00Z');
    const sections = todaySections(statesAt(at), config, () => ({ gapDays: 7 }), at);
    // Monday 9th: Ann 3 (acknowledgement, ask, update), Ben 2, Cat 1, Dan 1 (the answer), Eve 2
    // (her deadline is on the row but not counted), Fay 3: 12.
    expect(dueCount(sections)).toBe(12);
  });
});

describe('the schedule Today works from', () => {
  it('holds what the rules say is pending, with the instants Today compares', () => {
    const at = new Date('2026-11-04T12:00:00Z');
    const steady = foldRequest('steady', fixture.steady!, at);
    const schedule = scheduleOf(steady, config, { gapDays: 7 });
    // Asked on Monday: the second ask is due Wednesday; acknowledged Monday 09:05 with a usual
    // gap of 7 days, the update is due Friday 6th and late from Monday 9th, when they would chase.
    const ask = { kind: 'ask', owner: 'me', dueAt: '2026-11-04T00:00:00.000Z', lateAfter: null, strike: 2, round: 1, clientOwes: null };
    const update = {
      kind: 'update',
      owner: 'me',
      dueAt: '2026-11-06T00:00:00.000Z',
      lateAfter: '2026-11-09T00:00:00.000Z',
      strike: null,
      round: 1,
      clientOwes: null,
    };
    expect(schedule.items).toEqual([ask, update]);
    expect(schedule.dueMs).toEqual([Date.UTC(2026, 10, 4), Date.UTC(2026, 10, 6)]);
    expect(schedule.lateAfterMs).toEqual([null, Date.UTC(2026, 10, 9)]);
    expect(schedule.firstDueMs).toBe(Date.UTC(2026, 10, 4));
    expect(schedule.next).toEqual(ask);
    expect(schedule.chase).toBe('2026-11-09T09:05:00.000Z'); // the acknowledgement plus the usual 7 days
    expect(scheduleOf(foldRequest('deadline', fixture.deadline!, at), config, { gapDays: 7 }).deadlineMs).toBe(
      new Date(2026, 10, 13).getTime(),
    );
  });
});
