import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { DomainError } from '../../shared/domain/domain-error';
import { foldRequest } from '../../shared/domain/request-state';
import { DEFAULT_TEMPLATES } from '../../shared/domain/settings';
import { upgradeSettings } from '../../shared/domain/settings-upgrade';
import { nextAskDue } from '../../shared/rules/asks';
import { deadlinePassed, deadlineRisk } from '../../shared/rules/deadline';
import { acknowledgementDue } from '../../shared/rules/first-response';
import { chooseParkOutcome, comesBackTooLate, parkChoices } from '../../shared/rules/parking';
import { todaySections } from '../../shared/rules/today';
import { calendarOf } from '../../shared/rules/work-calendar';
import { logged, settings } from '../support/fixtures';

// Monday 16 November 2026 onwards, Monday to Friday; London is on GMT, so these instants are local time.
const d = (iso: string) => new Date(iso);
const config = settings();
const cal = calendarOf(config);
const withDeadline = (deadline: string | null, at = '2026-11-16T09:00:00Z'): RequestEvent => logged(at, { deadline });
const asked = (at: string): RequestEvent => ({ type: 'asked', at, note: '' });
const fold = (events: RequestEvent[], now: string) => foldRequest('r1', events, d(now));

describe('an ask that would fall due on or after the client’s deadline', () => {
  it('falls due the working day before it instead', () => {
    // Asked Monday 16th; two working days on is Wednesday 18th, the deadline itself.
    const state = fold([withDeadline('2026-11-18'), asked('2026-11-16T10:00:00Z')], '2026-11-16T11:00:00Z');
    expect(nextAskDue(state, config)).toEqual(d('2026-11-17T00:00:00Z'));
  });

  it('falls due on the deadline day when the working day before was the last ask’s own day', () => {
    const state = fold([withDeadline('2026-11-18'), asked('2026-11-17T10:00:00Z')], '2026-11-17T11:00:00Z');
    expect(nextAskDue(state, config)).toEqual(d('2026-11-18T00:00:00Z'));
  });

  it('is spaced as usual without a deadline, or with one well after it', () => {
    const none = fold([withDeadline(null), asked('2026-11-16T10:00:00Z')], '2026-11-16T11:00:00Z');
    expect(nextAskDue(none, config)).toEqual(d('2026-11-18T00:00:00Z'));
    const later = fold([withDeadline('2026-11-27'), asked('2026-11-16T10:00:00Z')], '2026-11-16T11:00:00Z');
    expect(nextAskDue(later, config)).toEqual(d('2026-11-18T00:00:00Z'));
  });
});

describe('whether the deadline will pass without the answer', () => {
  const risk = (events: RequestEvent[], now: string) => deadlineRisk(fold(events, now), config, cal, d(now));

  it('is near within the deadline warning (3 business days), and nothing before it', () => {
    expect(risk([withDeadline('2026-11-19')], '2026-11-16T09:30:00Z')).toBe('near');
    expect(risk([withDeadline('2026-11-20')], '2026-11-16T09:30:00Z')).toBeNull();
    expect(risk([withDeadline(null)], '2026-11-16T09:30:00Z')).toBeNull();
  });

  it('has passed the day after, and is flagged; the deadline day itself is not passed', () => {
    expect(risk([withDeadline('2026-11-18')], '2026-11-18T17:00:00Z')).toBe('near');
    expect(risk([withDeadline('2026-11-18')], '2026-11-19T09:00:00Z')).toBe('passed');
    expect(deadlinePassed(fold([withDeadline('2026-11-18')], '2026-11-18T17:00:00Z'), d('2026-11-18T17:00:00Z'))).toBe(false);
    expect(deadlinePassed(fold([withDeadline('2026-11-18')], '2026-11-19T09:00:00Z'), d('2026-11-19T09:00:00Z'))).toBe(true);
  });

  it('is nothing once the boss has decided, though a passed deadline still shows until the request is closed', () => {
    const decided: RequestEvent[] = [withDeadline('2026-11-18'), { type: 'decided', at: '2026-11-17T09:00:00Z', decision: 'Yes.' }];
    expect(risk(decided, '2026-11-19T09:00:00Z')).toBeNull();
    expect(deadlinePassed(fold(decided, '2026-11-19T09:00:00Z'), d('2026-11-19T09:00:00Z'))).toBe(true);
    const answered: RequestEvent[] = [
      ...decided,
      { type: 'client-message-sent', at: '2026-11-17T10:00:00Z', kind: 'answer', subject: 'Yes' },
    ];
    expect(deadlinePassed(fold(answered, '2026-11-19T09:00:00Z'), d('2026-11-19T09:00:00Z'))).toBe(false);
  });
});

describe('parking with a deadline ahead', () => {
  // Three asks, parked Monday 16 November; the client needs it by Friday 27th.
  const parked = (deadline: string | null): RequestEvent[] => [
    withDeadline(deadline, '2026-11-09T09:00:00Z'),
    asked('2026-11-09T10:00:00Z'),
    asked('2026-11-11T10:00:00Z'),
    asked('2026-11-16T10:00:00Z'),
    { type: 'parked', at: '2026-11-16T10:00:00Z', strikeLimit: 3 },
  ];
  const now = '2026-11-16T10:05:00Z';

  it('marks each outcome that comes back too late, and offers to re-ask the working day before the deadline', () => {
    expect(parkChoices(fold(parked('2026-11-27'), now), cal, d(now))).toEqual([
      { outcome: 'until-raised', returnsOn: null, afterDeadline: true },
      { outcome: 'in-2-weeks', returnsOn: '2026-11-30T00:00:00.000Z', afterDeadline: true },
      { outcome: 'in-1-month', returnsOn: '2026-12-16T00:00:00.000Z', afterDeadline: true },
      { outcome: 'before-deadline', returnsOn: '2026-11-26T00:00:00.000Z', afterDeadline: false },
    ]);
  });

  it('offers the three usual outcomes, none marked, without a deadline', () => {
    expect(parkChoices(fold(parked(null), now), cal, d(now))).toEqual([
      { outcome: 'until-raised', returnsOn: null, afterDeadline: false },
      { outcome: 'in-2-weeks', returnsOn: '2026-11-30T00:00:00.000Z', afterDeadline: false },
      { outcome: 'in-1-month', returnsOn: '2026-12-16T00:00:00.000Z', afterDeadline: false },
    ]);
  });

  it('records "before the deadline" with its return day, and refuses it without a deadline', () => {
    expect(chooseParkOutcome(fold(parked('2026-11-27'), now), 'before-deadline', d(now), cal)).toEqual([
      { type: 'park-outcome-chosen', at: '2026-11-16T10:05:00.000Z', outcome: 'before-deadline', returnsOn: '2026-11-26T00:00:00.000Z' },
    ]);
    expect(() => chooseParkOutcome(fold(parked(null), now), 'before-deadline', d(now), cal)).toThrow(
      new DomainError('This request has no deadline to come back before.'),
    );
  });

  it('says a chosen re-ask comes back too late, and stops saying so once the deadline has gone', () => {
    const chosen: RequestEvent[] = [
      ...parked('2026-11-27'),
      { type: 'park-outcome-chosen', at: now, outcome: 'in-2-weeks', returnsOn: '2026-11-30T00:00:00.000Z' },
    ];
    expect(comesBackTooLate(fold(chosen, now), d(now))).toBe(true);
    expect(comesBackTooLate(fold(chosen, '2026-11-28T09:00:00Z'), d('2026-11-28T09:00:00Z'))).toBe(false);
    const inTime: RequestEvent[] = [
      ...parked('2026-12-18'),
      { type: 'park-outcome-chosen', at: now, outcome: 'in-2-weeks', returnsOn: '2026-11-30T00:00:00.000Z' },
    ];
    expect(comesBackTooLate(fold(inTime, now), d(now))).toBe(false);
  });

  it('marks a re-ask that comes back on the deadline day itself as too late', () => {
    // In 2 weeks is Monday 30 November: the deadline day is too late, so the working day before, Friday 27th, is offered.
    expect(parkChoices(fold(parked('2026-11-30'), now), cal, d(now))).toEqual([
      { outcome: 'until-raised', returnsOn: null, afterDeadline: true },
      { outcome: 'in-2-weeks', returnsOn: '2026-11-30T00:00:00.000Z', afterDeadline: true },
      { outcome: 'in-1-month', returnsOn: '2026-12-16T00:00:00.000Z', afterDeadline: true },
      { outcome: 'before-deadline', returnsOn: '2026-11-27T00:00:00.000Z', afterDeadline: false },
    ]);
  });

  it('offers "before the deadline" when only some outcomes come back too late', () => {
    // Deadline Tuesday 1 December: in 2 weeks (Monday 30th) is in time; the other two are not.
    expect(parkChoices(fold(parked('2026-12-01'), now), cal, d(now))).toEqual([
      { outcome: 'until-raised', returnsOn: null, afterDeadline: true },
      { outcome: 'in-2-weeks', returnsOn: '2026-11-30T00:00:00.000Z', afterDeadline: false },
      { outcome: 'in-1-month', returnsOn: '2026-12-16T00:00:00.000Z', afterDeadline: true },
      { outcome: 'before-deadline', returnsOn: '2026-11-30T00:00:00.000Z', afterDeadline: false },
    ]);
  });

  it('with the deadline today, everything is too late and "before the deadline" means today; once it has gone, nothing is marked', () => {
    expect(parkChoices(fold(parked('2026-11-16'), now), cal, d(now))).toEqual([
      { outcome: 'until-raised', returnsOn: null, afterDeadline: true },
      { outcome: 'in-2-weeks', returnsOn: '2026-11-30T00:00:00.000Z', afterDeadline: true },
      { outcome: 'in-1-month', returnsOn: '2026-12-16T00:00:00.000Z', afterDeadline: true },
      { outcome: 'before-deadline', returnsOn: '2026-11-16T00:00:00.000Z', afterDeadline: false },
    ]);
    expect(parkChoices(fold(parked('2026-11-13'), now), cal, d(now))).toEqual([
      { outcome: 'until-raised', returnsOn: null, afterDeadline: false },
      { outcome: 'in-2-weeks', returnsOn: '2026-11-30T00:00:00.000Z', afterDeadline: false },
      { outcome: 'in-1-month', returnsOn: '2026-12-16T00:00:00.000Z', afterDeadline: false },
    ]);
  });

  it('says too late for a return on the deadline day, for "until raised", and on the deadline day itself', () => {
    const choose = (deadline: string, outcome: 'in-2-weeks' | 'until-raised', returnsOn: string | null): RequestEvent[] => [
      ...parked(deadline),
      { type: 'park-outcome-chosen', at: now, outcome, returnsOn },
    ];
    expect(comesBackTooLate(fold(choose('2026-11-30', 'in-2-weeks', '2026-11-30T00:00:00.000Z'), now), d(now))).toBe(true);
    expect(comesBackTooLate(fold(choose('2026-12-18', 'until-raised', null), now), d(now))).toBe(true);
    const dayOf = '2026-11-27T16:00:00Z';
    expect(comesBackTooLate(fold(choose('2026-11-27', 'in-2-weeks', '2026-11-30T00:00:00.000Z'), dayOf), d(dayOf))).toBe(true);
  });

  it('says nothing before an outcome is chosen, or for a request that is not parked', () => {
    expect(comesBackTooLate(fold(parked('2026-11-27'), now), d(now))).toBe(false);
    expect(comesBackTooLate(fold([withDeadline('2026-11-27')], now), d(now))).toBe(false);
  });
});

describe('a proposed call', () => {
  const events: RequestEvent[] = [
    logged('2026-11-16T09:00:00Z', { client: { name: 'Priya Nair', company: '', email: 'priya@example.com', phone: '' } }),
    { type: 'call-proposed', at: '2026-11-16T09:10:00Z', startsAt: '2026-11-18T14:30:00.000Z', minutes: 30 },
  ];
  /** The call items on Today: [client, item, when, what the item's button does]. */
  const calls = (now: string, more: RequestEvent[] = []) =>
    todaySections([fold([...events, ...more], now)], config, () => ({ gapDays: 7 }), d(now)).flatMap((section) =>
      section.rows.flatMap((r) =>
        r.items.filter((i) => i.kind === 'call' || i.kind === 'call-log').map((i) => [r.clientName, i.kind, i.due, i.action]),
      ),
    );

  it('is on Today on its day, at its time, until it is over; not the day before', () => {
    expect(calls('2026-11-17T09:00:00Z')).toEqual([]);
    expect(calls('2026-11-18T08:30:00Z')).toEqual([['Priya Nair', 'call', '2026-11-18T14:30:00.000Z', 'open']]);
    expect(calls('2026-11-18T14:45:00Z')).toEqual([['Priya Nair', 'call', '2026-11-18T14:30:00.000Z', 'open']]);
  });

  it('once over, asks how it went, on every day after until that is logged', () => {
    const toLog = ['Priya Nair', 'call-log', '2026-11-18T15:00:00.000Z', 'log-call'];
    expect(calls('2026-11-18T15:00:00Z')).toEqual([toLog]);
    expect(calls('2026-11-19T09:00:00Z')).toEqual([toLog]);
    expect(calls('2026-11-23T09:00:00Z')).toEqual([toLog]);
    for (const held of [true, false]) {
      expect(calls('2026-11-19T09:00:00Z', [{ type: 'call-logged', at: '2026-11-18T16:00:00Z', held, note: '' }])).toEqual([]);
    }
  });

  it('once sent to the client, counts as a touch: the acknowledgement is no longer owed', () => {
    const sent: RequestEvent[] = [
      ...events,
      { type: 'client-message-sent', at: '2026-11-16T09:15:00Z', kind: 'call-proposal', subject: 'A short call' },
    ];
    expect(acknowledgementDue(fold(events, '2026-11-17T09:00:00Z'), config)).not.toBeNull();
    expect(acknowledgementDue(fold(sent, '2026-11-17T09:00:00Z'), config)).toBeNull();
  });
});

describe('templates saved before the deadline sentence', () => {
  it('take it on when untouched, and are left alone when the assistant changed them', () => {
    const before = [
      '{{greeting}}',
      '',
      'I wanted to give you an update on {{topic}}, which you raised when {{contact}}. {{standing}}',
      '',
      '{{reason}} {{promise}}',
      '',
      '{{clientStep}}',
      '',
      'I will be in touch again by {{nextUpdate}}, or sooner if there is news. {{invitation}}',
      '',
      '{{signoff}}',
    ].join('\n');
    const upgraded = upgradeSettings({ templates: { ...DEFAULT_TEMPLATES, update: { subject: 'Update on {{topic}}', body: before } } });
    expect(upgraded.templates.update.body).toBe(DEFAULT_TEMPLATES.update.body);
    expect(upgraded.templates.update.body).toContain('{{invitation}}\n\n{{deadlineNote}}\n\n{{signoff}}');
    const mine = before.replace('{{signoff}}', 'Best,\nSam');
    expect(upgradeSettings({ templates: { ...DEFAULT_TEMPLATES, update: { subject: 'x', body: mine } } }).templates.update.body).toBe(mine);

    const proposal =
      '{{greeting}}\n\nAbout {{topic}}, which you raised when {{contact}}: it would help to speak briefly. Would {{callTime}} suit you? I have attached a calendar invitation; if another time is better, just say and I will move it.\n\n{{signoff}}';
    expect(
      upgradeSettings({ templates: { ...DEFAULT_TEMPLATES, 'call-proposal': { subject: 'x', body: proposal } } }).templates['call-proposal']
        .body,
    ).toContain('Would {{callTime}} suit you? I’ll send you a calendar invitation;');
  });
});
