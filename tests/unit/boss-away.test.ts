import { describe, expect, it } from 'vitest';
import { DEFAULT_BOSS_ID, type AwayPeriod } from '../../shared/domain/settings';
import { nextAskDue, recordAsk } from '../../shared/rules/asks';
import { bossAwayNow, deadlinesWhileAway } from '../../shared/rules/boss-away';
import { foldRequest } from '../../shared/domain/request-state';
import { calendarOf } from '../../shared/rules/work-calendar';
import { clientDraft } from '../../shared/drafts/client-drafts';
import { draftOptions, logged, RequestScript, settings } from '../support/fixtures';

// The boss is at a conference from Monday 16 to Friday 20 November 2026.
const CONFERENCE: AwayPeriod = { from: '2026-11-16', to: '2026-11-20', note: 'Lisbon conference' };
const away = (periods: AwayPeriod[], holidays: string[] = []) =>
  settings({ holidays, bosses: [{ id: DEFAULT_BOSS_ID, name: 'Alex Morgan', email: '', away: periods }] });
const midnight = (day: string) => new Date(`${day}T00:00:00Z`);

describe('asks follow the boss’s presence', () => {
  it('a first ask on the first day of a time away waits for the first working day back', () => {
    const s = new RequestScript(away([CONFERENCE]), logged('2026-11-16T09:00:00.000Z'));
    expect(nextAskDue(s.stateAt('2026-11-16T09:00:00Z'), s.config)).toEqual(midnight('2026-11-23')); // Monday after
  });

  it('an ask spaced into the time away moves to the return', () => {
    const s = new RequestScript(away([CONFERENCE]), logged('2026-11-12T09:00:00.000Z'));
    s.do('2026-11-12T10:00:00Z', (state, at) => recordAsk(state, s.config, at, '')); // Thursday: next due Monday 16th
    expect(nextAskDue(s.stateAt('2026-11-12T10:00:00Z'), s.config)).toEqual(midnight('2026-11-23'));
  });

  it('the return skips a holiday and a second time away straight after', () => {
    const logged16 = logged('2026-11-16T09:00:00.000Z');
    expect(
      nextAskDue(
        new RequestScript(away([CONFERENCE], ['2026-11-23']), logged16).stateAt('2026-11-16T09:00:00Z'),
        away([CONFERENCE], ['2026-11-23']),
      ),
    ).toEqual(midnight('2026-11-24'));
    const twice = away([CONFERENCE, { from: '2026-11-23', to: '2026-11-24', note: '' }]);
    expect(nextAskDue(new RequestScript(twice, logged16).stateAt('2026-11-16T09:00:00Z'), twice)).toEqual(midnight('2026-11-25'));
  });

  it('an ask due before or after the time away is where it was', () => {
    const s = new RequestScript(away([CONFERENCE]), logged('2026-11-09T09:00:00.000Z'));
    expect(nextAskDue(s.stateAt('2026-11-09T09:00:00Z'), s.config)).toEqual(midnight('2026-11-09'));
    const after = new RequestScript(away([CONFERENCE]), logged('2026-11-24T09:00:00.000Z'));
    expect(nextAskDue(after.stateAt('2026-11-24T09:00:00Z'), after.config)).toEqual(midnight('2026-11-24'));
  });

  it('an ask recorded while the boss is away still counts', () => {
    const s = new RequestScript(away([CONFERENCE]), logged('2026-11-16T09:00:00.000Z'));
    s.do('2026-11-17T10:00:00Z', (state, at) => recordAsk(state, s.config, at, 'emailed to Lisbon'));
    expect(s.stateAt('2026-11-17T10:00:00Z').strikes).toBe(1);
  });

  it('says, while away, until when and the first working day back', () => {
    const cal = calendarOf(away([CONFERENCE]));
    expect(bossAwayNow([CONFERENCE], new Date('2026-11-18T12:00:00Z'), cal)).toEqual({
      until: '2026-11-20',
      back: '2026-11-23',
      note: 'Lisbon conference',
    });
    expect(bossAwayNow([CONFERENCE], new Date('2026-11-21T12:00:00Z'), cal)).toBeNull();
  });
});

describe('a promise around the boss’s time away', () => {
  // The update's promise: "I expect to have an answer for you by ...", expecting 3 business days (x2 padding) or 2.
  const promise = (config: ReturnType<typeof away>, loggedAt: string, now: string, days: number) =>
    clientDraft(
      new RequestScript(config, logged(loggedAt)).stateAt(now),
      config,
      { gapDays: 7 },
      new Date(now),
      draftOptions({ expectedBusinessDays: days }),
    ).body.match(/I expect to have an answer for you by ([^.]+)\./)?.[1];

  it('counts from the first working day back while the boss is away', () => {
    // Monday 16th, away until Friday 20th: 6 working days from Monday 23rd.
    expect(promise(away([CONFERENCE]), '2026-11-16T08:00:00.000Z', '2026-11-16T09:00:00Z', 3)).toBe('Tuesday 1 December');
    expect(promise(away([]), '2026-11-16T08:00:00.000Z', '2026-11-16T09:00:00Z', 3)).toBe('Tuesday 24 November');
  });

  it('moves a day that falls inside a later time away past the return, padded from there', () => {
    // Wednesday 11th, 4 working days: Tuesday 17th, inside the conference; from Monday 23rd, Friday 27th.
    expect(promise(away([CONFERENCE]), '2026-11-11T08:00:00.000Z', '2026-11-11T09:00:00Z', 2)).toBe('Friday 27 November');
    expect(promise(away([]), '2026-11-11T08:00:00.000Z', '2026-11-11T09:00:00Z', 2)).toBe('Tuesday 17 November');
  });

  it('is still capped by the client’s deadline', () => {
    const config = away([CONFERENCE]);
    const body = clientDraft(
      new RequestScript(config, logged('2026-11-11T08:00:00.000Z', { deadline: '2026-11-25' })).stateAt('2026-11-11T09:00:00Z'),
      config,
      { gapDays: 7 },
      new Date('2026-11-11T09:00:00Z'),
      draftOptions({ expectedBusinessDays: 2 }),
    ).body;
    expect(body).toContain('I expect to have an answer for you by Tuesday 24 November.');
  });
});

describe('a time away that outlasts the client’s deadline', () => {
  const update = (config: ReturnType<typeof away>) =>
    clientDraft(
      new RequestScript(config, logged('2026-11-16T08:00:00.000Z', { deadline: '2026-11-19' })).stateAt('2026-11-16T09:00:00Z'),
      config,
      { gapDays: 7 },
      new Date('2026-11-16T09:00:00Z'),
      draftOptions({ offer: null }),
    ).body;

  it('is said plainly in the update, before the deadline, without naming anyone', () => {
    // Away Monday 16th to Friday 20th; the client needs it by Thursday 19th.
    expect(update(away([CONFERENCE]))).toContain(
      'I know you need this by Thursday 19 November, and I don’t expect to have an answer by then.',
    );
    // Without the time away, the deadline is only near.
    expect(update(away([]))).toContain('I know you need this by Thursday 19 November, and I may not have an answer by then.');
  });
});

describe('the clients who need an answer before the boss is back', () => {
  it('are the boss’s undecided requests with a deadline from today to before the return, soonest first', () => {
    const config = away([CONFERENCE]);
    const at = '2026-11-16T09:00:00Z';
    const request = (id: string, name: string, deadline: string | null, bossId = DEFAULT_BOSS_ID) =>
      foldRequest(
        id,
        [logged('2026-11-10T09:00:00.000Z', { client: { name, company: '', email: '', phone: '' }, deadline, bossId })],
        new Date(at),
      );
    const states = [
      request('a', 'Ann Bee', '2026-11-20'),
      request('b', 'Omar Haddad', '2026-11-17'),
      request('c', 'Late Already', '2026-11-13'),
      request('d', 'After Return', '2026-11-23'),
      request('e', 'No Deadline', null),
      request('f', 'Other Boss', '2026-11-18', 'boss-2'),
    ];
    const awayNow = bossAwayNow([CONFERENCE], new Date(at), calendarOf(config))!;
    expect(deadlinesWhileAway(states, DEFAULT_BOSS_ID, awayNow, new Date(at)).map((d) => [d.clientName, d.deadline])).toEqual([
      ['Omar Haddad', '2026-11-17'],
      ['Ann Bee', '2026-11-20'],
    ]);
  });
});
