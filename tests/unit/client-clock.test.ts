import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { clientKey, expectedChase, usualGapDays, usualGapWithHistory } from '../../shared/rules/chase-prediction';
import { clientHistory } from '../../shared/store/archive-index';
import { chasesBeaten } from '../../shared/rules/chases-beaten';
import { markClientMessageSent, recordClientContact } from '../../shared/rules/client-track';
import { clientDraft } from '../../shared/drafts/client-drafts';
import { cadenceDays, nextClientUpdateDue, nextUpdateIfSentNow, updateDueAfter } from '../../shared/rules/client-updates';
import { dueItems } from '../../shared/rules/schedule';
import { timelineText } from '../../shared/copy/timeline';
import { acknowledgementDue } from '../../shared/rules/first-response';
import { promisedDay } from '../../shared/rules/padding';
import { calendarOf } from '../../shared/rules/work-calendar';
import { draftOptions, logged, requestDetails, settings } from '../support/fixtures';

const d = (iso: string) => new Date(iso);
const config = settings();
const cal = calendarOf(config);
const sent = (at: string, kind: 'update' | 'acknowledgement' = 'update'): RequestEvent => ({
  type: 'client-message-sent',
  at,
  kind,
  subject: 'Update',
});

describe('chase prediction: the client’s usual gap', () => {
  it('is the default (7 days) with no history or a single contact', () => {
    expect(usualGapDays([], 7)).toBe(7);
    expect(usualGapDays([d('2026-11-02T09:00:00Z')], 7)).toBe(7);
  });

  it('is the median of the gaps between their contacts, in whole days', () => {
    // Gaps of 3, 4 and 10 days: the median is 4.
    const contacts = ['2026-11-02T09:00Z', '2026-11-05T09:00Z', '2026-11-09T09:00Z', '2026-11-19T09:00Z'].map(d);
    expect(usualGapDays(contacts, 7)).toBe(4);
    // Irregular, unsorted, with an even number of gaps (2, 5, 6, 9 days): median 5.5 rounds to 6.
    const irregular = ['2026-11-08T12:00Z', '2026-11-01T12:00Z', '2026-11-23T12:00Z', '2026-11-14T12:00Z', '2026-11-03T12:00Z'].map(d);
    expect(usualGapDays(irregular, 7)).toBe(6);
  });

  it('takes the median of the gaps by size, not in the order they came', () => {
    // Gaps of 10, 2 and 3 days, in that order: by size 2, 3, 10, so the median is 3 (the middle one as they came would be 2).
    expect(usualGapDays(['2026-11-01T09:00Z', '2026-11-11T09:00Z', '2026-11-13T09:00Z', '2026-11-16T09:00Z'].map(d), 7)).toBe(3);
    // Then 4 more: 2, 3, 4, 10; the median of 3 and 4 is 3.5, which rounds to 4 (the middle pair as they came, 2 and 3, would give 3).
    expect(
      usualGapDays(['2026-11-01T09:00Z', '2026-11-11T09:00Z', '2026-11-13T09:00Z', '2026-11-16T09:00Z', '2026-11-20T09:00Z'].map(d), 7),
    ).toBe(4);
  });

  it('counts contacts exactly a day apart as a gap of one day, and 23 hours apart as none', () => {
    // Three gaps of exactly 24 hours: a gap of one day.
    expect(usualGapDays(['2026-11-02T09:00Z', '2026-11-03T09:00Z', '2026-11-04T09:00Z', '2026-11-05T09:00Z'].map(d), 7)).toBe(1);
    // 23 hours apart is no gap: three contacts give one gap of 24 hours, and the default fills the rest.
    expect(usualGapDays(['2026-11-02T09:00Z', '2026-11-03T08:00Z', '2026-11-04T08:00Z'].map(d), 7)).toBe(7);
  });

  it('counts contacts on the same day (a call, then an email) as one', () => {
    // Gaps: none (2.5 hours), then 3, 3 and 4 days: three gaps, median 3.
    const contacts = ['2026-11-02T09:00Z', '2026-11-02T11:30Z', '2026-11-05T10:00Z', '2026-11-08T10:00Z', '2026-11-12T10:00Z'].map(d);
    expect(usualGapDays(contacts, 7)).toBe(3);
  });

  it('is not set by one quick chase: until three gaps are known, the default fills in for the missing ones', () => {
    // Wrote Monday, chased Wednesday: one gap of 2 days, with the default twice, 2, 7, 7: still 7.
    expect(usualGapDays(['2026-11-02T09:00Z', '2026-11-04T09:00Z'].map(d), 7)).toBe(7);
    // A second chase two days later: 2, 2, 7, median 2. Now it is their habit.
    expect(usualGapDays(['2026-11-02T09:00Z', '2026-11-04T09:00Z', '2026-11-06T09:00Z'].map(d), 7)).toBe(2);
    // Two long gaps (10 and 12 days) with the default 7: 7, 10, 12, median 10.
    expect(usualGapDays(['2026-11-02T09:00Z', '2026-11-12T09:00Z', '2026-11-24T09:00Z'].map(d), 7)).toBe(10);
  });

  it('adds open contacts to an archived history as if every contact were gone over again', () => {
    const ms = (iso: string) => Date.parse(iso);
    // Archived: contacts on 2, 5 and 9 Nov at 09:00 (gaps of 3 and 4 days, kept as 72 and 96 hours).
    const history = clientHistory(['2026-11-02T09:00Z', '2026-11-05T09:00Z', '2026-11-09T09:00Z'].map(ms));
    expect(history.gapHours).toEqual([72, 96]);
    // Nothing open: the median of 3 and 4 days is 3.5, which rounds to 4.
    expect(usualGapWithHistory(history, [], 7)).toBe(4);
    // An open request's contact on 19 Nov adds a 10-day gap: 3, 4, 10, median 4.
    expect(usualGapWithHistory(history, [ms('2026-11-19T09:00Z')], 7)).toBe(4);
    // Two after it, on 11 and 10 Nov: gaps of 1 and 1 day join 3 and 4; sorted 1, 1, 3, 4, the median is (1 + 3) / 2 = 2.
    expect(usualGapWithHistory(history, [ms('2026-11-11T09:00Z'), ms('2026-11-10T09:00Z')], 7)).toBe(2);
    // One inside the history, on 3 Nov: the 3-day gap becomes 1 and 2, so 1, 2, 4: median 2.
    expect(usualGapWithHistory(history, [ms('2026-11-03T09:00Z')], 7)).toBe(2);
    // No history: the open contacts alone, and the default with only one.
    expect(usualGapWithHistory(undefined, [ms('2026-11-03T09:00Z')], 7)).toBe(7);
  });

  it('gives the same gap from a history and open contacts as from every contact at once, whatever their order', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const start = Date.parse('2026-01-05T09:00Z');
    for (let run = 0; run < 200; run++) {
      const contacts = Array.from({ length: 1 + Math.floor(next() * 12) }, () => start + Math.floor(next() * 90 * 24) * 3_600_000);
      const split = Math.floor(next() * contacts.length);
      const archived = contacts.slice(0, split);
      const open = contacts.slice(split);
      expect(usualGapWithHistory(archived.length ? clientHistory(archived) : undefined, open, 7), `run ${run}`).toBe(
        usualGapDays(contacts, 7),
      );
    }
  });

  it('keys a client by email, else by name, ignoring case', () => {
    expect(clientKey(requestDetails().client)).toBe('jane@acme.example');
    expect(clientKey({ name: ' Jane Doe ', company: '', email: '', phone: '' })).toBe('jane doe');
  });
});

describe('when the next client update falls due', () => {
  it('is one business day before the expected chase (last touch + gap)', () => {
    // Monday 2nd + 7 days = Monday 9th; one business day before = Friday 6th.
    expect(updateDueAfter(d('2026-11-02T08:30:00Z'), 7, 7, cal)).toEqual(d('2026-11-06T00:00:00Z'));
  });

  it('moves off a weekend landing: a chase expected on Sunday is beaten on Friday', () => {
    // Sunday 8th expected chase (Sunday 1st + 7): one business day before is Friday 6th.
    expect(updateDueAfter(d('2026-11-01T10:00:00Z'), 7, 7, cal)).toEqual(d('2026-11-06T00:00:00Z'));
  });

  it('is never the touch’s own day: a client who chases every two days, touched on Friday, hears on Monday', () => {
    // Friday 6th + 2 days = Sunday 8th, read on Monday 9th; one business day before would be Friday 6th itself.
    expect(updateDueAfter(d('2026-11-06T10:00:00Z'), 2, 7, cal)).toEqual(d('2026-11-09T00:00:00Z'));
    // A client who chases daily, touched on Tuesday: Wednesday.
    expect(updateDueAfter(d('2026-11-03T10:00:00Z'), 1, 7, cal)).toEqual(d('2026-11-04T00:00:00Z'));
  });

  it('is never later than the cadence allows', () => {
    expect(updateDueAfter(d('2026-11-02T08:30:00Z'), 30, 7, cal)).toEqual(d('2026-11-09T00:00:00Z'));
  });

  it('relaxes from weekly to fortnightly after four updates', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => cadenceDays(n, config))).toEqual([7, 7, 7, 7, 14, 14]);
    // A client who rarely chases (gap 30): weekly updates, then every two weeks.
    const events: RequestEvent[] = [
      logged('2026-11-02T09:00:00Z'),
      ...['2026-11-06', '2026-11-13', '2026-11-20', '2026-11-27'].map((day) => sent(`${day}T10:00:00.000Z`)),
    ];
    const state = foldRequest('r1', events, d('2026-11-27T10:00:00Z'));
    expect(nextClientUpdateDue(state, config, { gapDays: 30 })).toEqual(d('2026-12-11T00:00:00Z'));
    const three = foldRequest('r1', events.slice(0, 4), d('2026-11-20T10:00:00Z'));
    expect(nextClientUpdateDue(three, config, { gapDays: 30 })).toEqual(d('2026-11-27T00:00:00Z'));
  });

  it('counts updates only: an acknowledgement and a reply do not bring the fortnightly cadence closer', () => {
    const events: RequestEvent[] = [
      logged('2026-11-02T09:00:00Z'),
      sent('2026-11-02T10:00:00.000Z', 'acknowledgement'),
      { type: 'client-message-sent', at: '2026-11-04T10:00:00.000Z', kind: 'reply', subject: 'Re: timing' },
      ...['2026-11-06', '2026-11-13', '2026-11-20'].map((day) => sent(`${day}T10:00:00.000Z`)),
    ];
    const state = foldRequest('r1', events, d('2026-11-20T10:00:00Z'));
    // Three updates: still weekly, Friday 20th + 7 = Friday 27th.
    expect(nextClientUpdateDue(state, config, { gapDays: 30 })).toEqual(d('2026-11-27T00:00:00Z'));
    // The fourth update, sent on the 27th, promises a fortnight on (Friday 11 December); a reply sent then, a week.
    const later = foldRequest('r1', events, d('2026-11-27T10:00:00Z'));
    expect(nextUpdateIfSentNow(later, config, { gapDays: 30 }, d('2026-11-27T10:00:00Z'), true).day).toEqual(d('2026-12-11T00:00:00Z'));
    expect(nextUpdateIfSentNow(later, config, { gapDays: 30 }, d('2026-11-27T10:00:00Z'), false).day).toEqual(d('2026-12-04T00:00:00Z'));
  });

  it('is reset by an inbound contact: the clock counts from the client’s latest word', () => {
    const events: RequestEvent[] = [
      logged('2026-11-02T09:00:00Z'),
      {
        type: 'client-contacted',
        at: '2026-11-04T15:00:00Z',
        channel: 'phone',
        contactAt: '2026-11-04T14:30:00.000Z',
        note: '',
        chased: false,
      },
    ];
    const state = foldRequest('r1', events, d('2026-11-04T15:00:00Z'));
    // Wednesday 4th + 7 = Wednesday 11th; the update is due Tuesday 10th instead of Friday 6th.
    expect(nextClientUpdateDue(state, config, { gapDays: 7 })).toEqual(d('2026-11-10T00:00:00Z'));
  });
});

describe('the predicted chase', () => {
  it('never falls on a day off: a gap ending on Saturday is read as a chase first thing Monday', () => {
    const cal = calendarOf(config);
    // Monday 2 November 10:00 + 5 days = Saturday 7th.
    expect(expectedChase(d('2026-11-02T10:00:00Z'), 5, cal)).toEqual(d('2026-11-09T00:00:00Z'));
    // + 3 days = Thursday 5th, a working day: kept as it is.
    expect(expectedChase(d('2026-11-02T10:00:00Z'), 3, cal)).toEqual(d('2026-11-05T10:00:00Z'));
  });
});

describe('first response', () => {
  it('is due from the moment the client reached us, aiming at 1 working hour, at the latest 24', () => {
    const state = foldRequest('r1', [logged()], d('2026-11-02T09:00:00Z'));
    expect(acknowledgementDue(state, config)).toEqual({
      since: '2026-11-02T08:30:00.000Z',
      // 08:30 is before the working day (09:00–17:30): the working hour is 09:00–10:00.
      aimBy: '2026-11-02T10:00:00.000Z',
      latestBy: '2026-11-03T08:30:00.000Z',
    });
    expect(dueItems(state, config, { gapDays: 7 }, d('2026-11-02T09:00:00Z')).map((i) => i.kind)).toEqual(['acknowledge', 'ask']);
  });

  it('counts the working week: an email at Fri 17:00 aims at Mon 09:30 and is late only after Mon 17:00', () => {
    // Friday 6 November 2026, 17:00 in London (GMT): 30 working minutes left that day.
    const state = foldRequest(
      'r1',
      [logged('2026-11-06T17:05:00Z', { contact: { channel: 'email', at: '2026-11-06T17:00:00.000Z' } })],
      d('2026-11-09T09:00:00Z'),
    );
    expect(acknowledgementDue(state, config)).toEqual({
      since: '2026-11-06T17:00:00.000Z',
      aimBy: '2026-11-09T09:30:00.000Z',
      latestBy: '2026-11-09T17:00:00.000Z',
    });
    const monday9 = dueItems(state, config, { gapDays: 7 }, d('2026-11-09T09:00:00Z')).find((i) => i.kind === 'acknowledge');
    expect(monday9?.late).toBe(false);
    const monday1701 = dueItems(state, config, { gapDays: 7 }, d('2026-11-09T17:01:00Z')).find((i) => i.kind === 'acknowledge');
    expect(monday1701?.late).toBe(true);
  });

  it('skips a holiday: a message on the eve of one is late only after the same time on the next working day', () => {
    // Thursday 24 December 2026 at 16:00; Friday 25th is a holiday, then the weekend.
    const christmas = settings({ holidays: ['2026-12-25'] });
    const state = foldRequest(
      'r1',
      [logged('2026-12-24T16:05:00Z', { contact: { channel: 'phone', at: '2026-12-24T16:00:00.000Z' } })],
      d('2026-12-24T16:05:00Z'),
    );
    expect(acknowledgementDue(state, christmas)).toEqual({
      since: '2026-12-24T16:00:00.000Z',
      aimBy: '2026-12-24T17:00:00.000Z',
      latestBy: '2026-12-28T16:00:00.000Z',
    });
  });

  it('is no longer due once an acknowledgement is marked sent', () => {
    const state = foldRequest('r1', [logged(), sent('2026-11-02T09:10:00Z', 'acknowledgement')], d('2026-11-02T10:00:00Z'));
    expect(acknowledgementDue(state, config)).toBeNull();
    expect(state.acknowledgedAt).toBe('2026-11-02T09:10:00Z');
  });
});

describe('"the client chased us"', () => {
  const acked = [logged('2026-11-02T09:00:00Z'), sent('2026-11-02T09:10:00.000Z', 'acknowledgement')];
  const contact = (events: RequestEvent[], at: string) =>
    recordClientContact(
      foldRequest('r1', events, d(at)),
      config,
      { gapDays: 7 },
      { channel: 'phone', contactAt: d(at), note: '' },
      d(at),
    )[0];

  it('is not counted when the client gets in touch before an update was due', () => {
    expect(contact(acked, '2026-11-05T16:00:00Z')).toMatchObject({ type: 'client-contacted', chased: false });
  });

  it('is counted when an update was already due and not sent', () => {
    // The update fell due on Friday 6th; they called that afternoon.
    expect(contact(acked, '2026-11-06T15:00:00Z')).toMatchObject({ chased: true });
  });

  it('is not counted when the update went out in time', () => {
    expect(contact([...acked, sent('2026-11-06T09:00:00.000Z')], '2026-11-06T15:00:00Z')).toMatchObject({ chased: false });
  });

  it('is counted when the first acknowledgement was overdue', () => {
    expect(contact([logged('2026-11-02T09:00:00Z')], '2026-11-03T10:00:00Z')).toMatchObject({ chased: true });
  });
});

describe('chases beaten', () => {
  const chase = (at: string): RequestEvent => ({ type: 'client-contacted', at, channel: 'phone', contactAt: at, note: '', chased: true });
  it('is updates sent before the client chased, over all update opportunities', () => {
    const a = foldRequest(
      'a',
      [
        logged('2026-10-01T09:00:00Z'),
        sent('2026-10-07T09:00:00Z'),
        sent('2026-10-14T09:00:00Z'),
        chase('2026-10-23T09:00:00Z'),
        sent('2026-10-23T11:00:00Z'),
        sent('2026-11-20T09:00:00Z'),
      ],
      d('2026-11-21T09:00:00Z'),
    );
    const score = chasesBeaten([a], d('2026-11-21T09:00:00Z'));
    // Beaten: 7 Oct, 14 Oct, 20 Nov. Chased: 23 Oct (the reply that day closes the chase, it is no second win).
    expect(score.overall).toEqual({ beaten: 3, chased: 1, rate: 0.75 });
    expect(score.last30Days).toEqual({ beaten: 1, chased: 1, rate: 0.5 });
  });

  it('has no rate before there is any opportunity', () => {
    expect(chasesBeaten([], d('2026-11-25T09:00:00Z')).overall).toEqual({ beaten: 0, chased: 0, rate: null });
  });
});

describe('padding', () => {
  it('promises expected business days times the factor, skipping weekends', () => {
    expect(promisedDay(d('2026-11-04T10:00:00Z'), 3, 2, cal)).toEqual(d('2026-11-12T00:00:00Z'));
    expect(promisedDay(d('2026-11-06T10:00:00Z'), 1, 2, cal)).toEqual(d('2026-11-10T00:00:00Z'));
    expect(promisedDay(d('2026-11-04T10:00:00Z'), 3, 1.5, cal)).toEqual(d('2026-11-11T00:00:00Z')); // 4.5 rounds up to 5
  });
});

describe('due dates land on working days', () => {
  it('moves a cadence limit that falls on a weekend back to the Friday', () => {
    // A client who rarely chases (gap 30); last touch Saturday 7th: 7 days on is Saturday 14th, so Friday 13th.
    expect(updateDueAfter(d('2026-11-07T11:00:00Z'), 30, 7, cal)).toEqual(d('2026-11-13T00:00:00Z'));
  });
});

describe('following up on what the client owes', () => {
  it('moves the chase date on by the ask spacing, and says so in the history', async () => {
    const { markClientMessageSent } = await import('../../shared/rules/client-track');
    const events: RequestEvent[] = [
      logged('2026-11-02T09:00:00Z'),
      { type: 'client-step-set', at: '2026-11-02T10:00:00Z', what: 'sign the form', chaseOn: '2026-11-04T00:00:00.000Z' },
    ];
    const state = foldRequest('r1', events, d('2026-11-04T09:00:00Z'));
    const added = markClientMessageSent(state, config, 'follow-up', 'Following up', d('2026-11-04T09:00:00Z'));
    expect(added[1]).toEqual({
      type: 'client-step-set',
      at: '2026-11-04T09:00:00.000Z',
      what: 'sign the form',
      chaseOn: '2026-11-06T00:00:00.000Z',
    });
    const after = foldRequest('r1', [...events, ...added], d('2026-11-04T09:00:00Z'));
    expect(timelineText(after.timeline.at(-1)!, (iso) => iso)).toBe('Followed up; will follow up again if nothing comes (sign the form)');
    expect(dueItems(after, config, { gapDays: 7 }, d('2026-11-04T09:00:00Z')).map((i) => i.kind)).not.toContain('client-step');
  });
});

describe('a date already promised stays promised', () => {
  // The simulated year's instant: logged by phone Monday 19 January 2026 at 14:09, acknowledged
  // Tuesday 20th, updated Monday 26th and Friday 30th; at 14:22 that Friday the client wrote
  // "thanks, that's fine", which moved their clock and, with it, taught the app a longer gap.
  const events: RequestEvent[] = [logged('2026-01-19T14:09:00.000Z', { contact: { channel: 'phone', at: '2026-01-19T14:09:00.000Z' } })];
  const send = (at: string, kind: 'acknowledgement' | 'update') =>
    events.push(
      ...markClientMessageSent(foldRequest('r1', events, d(at)), config, kind, 'Your request', d(at), { client: { gapDays: 7 } }),
    );
  send('2026-01-20T09:06:00.000Z', 'acknowledgement');
  send('2026-01-26T09:20:00.000Z', 'update');
  send('2026-01-30T09:22:00.000Z', 'update');

  it('the message records the day its draft named: an update after an update comes on the chase day, Friday 30th + 7 = Friday 6 February', () => {
    expect(events.at(-1)).toMatchObject({ type: 'client-message-sent', kind: 'update', promised: '2026-02-06T00:00:00.000Z' });
    const before = d('2026-01-30T09:22:00Z');
    const draft = clientDraft(foldRequest('r1', events.slice(0, -1), before), config, { gapDays: 7 }, before, draftOptions());
    expect(draft.body).toContain('I will be in touch again by Friday 6 February');
  });

  it('a thanks that needs no reply, and the longer gap it teaches, leave the next update on Friday 6 February', () => {
    const now = d('2026-02-02T15:00:00Z');
    const thanks = recordClientContact(
      foldRequest('r1', events, now),
      config,
      { gapDays: 7 },
      { channel: 'email', contactAt: d('2026-02-02T14:22:00Z'), note: 'Thanks, that is fine.', needs: 'none' },
      now,
    );
    const state = foldRequest('r1', [...events, ...thanks], now);
    // The thanks on Monday 2nd moves their clock: Monday 2nd + 7 = Monday 9th, with an 11-day gap
    // Friday 13th less a working day; either way the cadence would say Monday 9th.
    expect(nextClientUpdateDue(state, config, { gapDays: 11 })).toEqual(d('2026-02-06T00:00:00Z'));
    expect(nextClientUpdateDue(state, config, { gapDays: 7 })).toEqual(d('2026-02-06T00:00:00Z'));
    const unpromised = foldRequest(
      'r1',
      [...events, ...thanks].map((e) => (e.type === 'client-message-sent' ? { ...e, promised: undefined } : e)),
      now,
    );
    expect(nextClientUpdateDue(unpromised, config, { gapDays: 11 })).toEqual(d('2026-02-09T00:00:00Z'));
  });

  it('a message from before the promise was kept still falls due as it always did', () => {
    const old = events.map((e) => (e.type === 'client-message-sent' ? { ...e, promised: undefined } : e));
    const state = foldRequest('r1', old, d('2026-01-30T15:00:00Z'));
    expect(nextClientUpdateDue(state, config, { gapDays: 11 })).toEqual(d('2026-02-06T00:00:00Z'));
  });
});
