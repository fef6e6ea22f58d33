import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain/domain-error';
import { isAskDue, nextAskDue, recordAsk, undoLastAsk } from '../../shared/rules/asks';
import { recordDecision } from '../../shared/rules/decision';
import { chooseParkOutcome, returnDay, unpark } from '../../shared/rules/parking';
import { calendarOf } from '../../shared/rules/work-calendar';
import { RequestScript, settings } from '../support/fixtures';

const cal = calendarOf(settings());

const ask = (s: RequestScript, iso: string) => s.do(iso, (state, at) => recordAsk(state, s.config, at, ''));
const threeAsks = () => ask(ask(ask(new RequestScript(), '2026-11-02T09:00:00Z'), '2026-11-04T09:00:00Z'), '2026-11-06T09:30:00Z');

describe('strikes and the park rule', () => {
  it('counts each ask as a strike and parks after the third', () => {
    const s = ask(ask(new RequestScript(), '2026-11-02T09:00:00Z'), '2026-11-04T09:00:00Z');
    expect(s.stateAt('2026-11-04T09:00:00Z')).toMatchObject({ status: 'waiting', strikes: 2 });
    ask(s, '2026-11-06T09:30:00Z');
    const parked = s.stateAt('2026-11-06T09:30:00Z');
    expect(parked).toMatchObject({ status: 'parked', strikes: 3, park: { outcome: null, returnsOn: null } });
    expect(s.events.map((e) => e.type)).toEqual(['logged', 'asked', 'asked', 'asked', 'parked']);
  });

  it('follows the strike limit in Settings and records the limit in force on the park', () => {
    const s = ask(new RequestScript(settings({ strikeLimit: 1 })), '2026-11-02T09:00:00Z');
    expect(s.stateAt('2026-11-02T09:00:00Z').status).toBe('parked');
    expect(s.events.at(-1)).toEqual({ type: 'parked', at: '2026-11-02T09:00:00.000Z', strikeLimit: 1 });
  });

  it('refuses an ask while parked or after the decision, with a message that says what to do', () => {
    const s = threeAsks();
    expect(() => ask(s, '2026-11-09T09:00:00Z')).toThrow(/parked\. Bring it back before asking/);
    const decided = new RequestScript().do('2026-11-02T10:00:00Z', (st, at) => recordDecision(st, 'Yes', at));
    expect(() => ask(decided, '2026-11-03T10:00:00Z')).toThrow(DomainError);
  });

  it('keeps the asks note, round and strike in the history', () => {
    const s = new RequestScript();
    s.do('2026-11-02T09:00:00Z', (st, at) => recordAsk(st, s.config, at, '  in the 1:1 '));
    expect(s.stateAt('2026-11-02T09:00:00Z').asks).toEqual([{ at: '2026-11-02T09:00:00.000Z', note: 'in the 1:1', round: 1, strike: 1 }]);
  });
});

describe('park outcomes and rounds', () => {
  it('re-ask in 2 weeks brings it back as round 2 with strikes at 0 on that day, not before', () => {
    const s = threeAsks().do('2026-11-06T10:00:00Z', (st, at) => chooseParkOutcome(st, 'in-2-weeks', at, cal));
    expect(s.stateAt('2026-11-19T23:59:00Z')).toMatchObject({ status: 'parked', round: 1, strikes: 3 });
    const back = s.stateAt('2026-11-20T00:00:00Z');
    expect(back).toMatchObject({ status: 'waiting', round: 2, strikes: 0, roundStartedAt: '2026-11-20T00:00:00.000Z' });
    // Round 1 stays in the history.
    expect(back.asks.map((a) => [a.round, a.strike])).toEqual([
      [1, 1],
      [1, 2],
      [1, 3],
    ]);
    expect(back.timeline.at(-1)).toMatchObject({ kind: 'returned', derived: true, at: '2026-11-20T00:00:00.000Z' });
  });

  it('counts asks in the new round from 1 again, and parks again after three more', () => {
    const s = threeAsks().do('2026-11-06T10:00:00Z', (st, at) => chooseParkOutcome(st, 'in-2-weeks', at, cal));
    ask(s, '2026-11-20T09:00:00Z');
    expect(s.stateAt('2026-11-20T09:00:00Z').asks.at(-1)).toMatchObject({ round: 2, strike: 1 });
    ask(ask(s, '2026-11-24T09:00:00Z'), '2026-11-26T09:00:00Z');
    expect(s.stateAt('2026-11-26T09:00:00Z')).toMatchObject({ status: 'parked', round: 2, strikes: 3 });
  });

  it('re-ask in 1 month adds a calendar month; a weekend landing moves to the Monday', () => {
    expect(returnDay('in-1-month', new Date('2026-11-06T10:00:00Z'), cal)).toEqual(new Date('2026-12-07T00:00:00Z')); // 6 Dec is a Sunday
    expect(returnDay('in-2-weeks', new Date('2026-11-06T10:00:00Z'), cal)).toEqual(new Date('2026-11-20T00:00:00Z'));
    expect(returnDay('in-2-weeks', new Date('2026-11-07T10:00:00Z'), cal)).toEqual(new Date('2026-11-23T00:00:00Z')); // Sat -> Mon
    expect(returnDay('until-raised', new Date('2026-11-06T10:00:00Z'), cal)).toBeNull();
  });

  it('parked until the boss raises it never comes back by itself', () => {
    const s = threeAsks().do('2026-11-06T10:00:00Z', (st, at) => chooseParkOutcome(st, 'until-raised', at, cal));
    expect(s.stateAt('2027-06-01T00:00:00Z')).toMatchObject({ status: 'parked', park: { outcome: 'until-raised' } });
  });

  it('bringing it back by hand starts the next round at once', () => {
    const s = threeAsks().do('2026-11-10T11:00:00Z', (st, at) => unpark(st, at));
    expect(s.stateAt('2026-11-10T11:00:00Z')).toMatchObject({ status: 'waiting', round: 2, strikes: 0 });
  });

  it('records the decision while parked, and the request leaves the park', () => {
    const s = threeAsks()
      .do('2026-11-06T10:00:00Z', (st, at) => chooseParkOutcome(st, 'in-1-month', at, cal))
      .do('2026-11-12T16:00:00Z', (st, at) => recordDecision(st, '  Yes, go ahead ', at));
    const state = s.stateAt('2026-12-20T00:00:00Z');
    expect(state).toMatchObject({ status: 'decided', park: null, round: 1, decision: { text: 'Yes, go ahead' } });
  });

  it('only a parked request takes a park outcome', () => {
    const s = new RequestScript();
    expect(() => s.do('2026-11-02T10:00:00Z', (st, at) => chooseParkOutcome(st, 'in-2-weeks', at, cal))).toThrow(
      'Only a parked request can be set to come back later.',
    );
  });
});

describe('asks at the edges of a round', () => {
  const backInRound2 = () => threeAsks().do('2026-11-06T10:00:00Z', (st, at) => chooseParkOutcome(st, 'in-2-weeks', at, cal));

  it('makes the first ask of a new round due the day it comes back, however recent the last round’s asks', () => {
    const state = backInRound2().stateAt('2026-11-20T08:00:00Z');
    expect(state).toMatchObject({ status: 'waiting', round: 2, strikes: 0 });
    expect(nextAskDue(state, settings())).toEqual(new Date('2026-11-20T00:00:00Z'));
  });

  it('shows no ask due while parked or once decided', () => {
    expect(isAskDue(threeAsks().stateAt('2026-11-19T09:00:00Z'), settings(), new Date('2026-11-19T09:00:00Z'))).toBe(false);
    const decided = new RequestScript().do('2026-11-02T10:00:00Z', (st, at) => recordDecision(st, 'Yes', at));
    expect(isAskDue(decided.stateAt('2026-11-05T10:00:00Z'), settings(), new Date('2026-11-05T10:00:00Z'))).toBe(false);
  });

  it('has nothing to undo at the start of a new round, though the last round had asks', () => {
    const state = backInRound2().stateAt('2026-11-20T09:00:00Z');
    expect(() => undoLastAsk(state, new Date('2026-11-20T09:00:00Z'))).toThrow(new DomainError('There is no ask in this round to undo.'));
  });

  it('undoes the ask that parked it until an outcome is chosen: waiting again, two strikes, no park', () => {
    const s = threeAsks().do('2026-11-06T09:40:00Z', (st, at) => undoLastAsk(st, at));
    expect(s.events.at(-1)).toEqual({ type: 'ask-undone', at: '2026-11-06T09:40:00.000Z' });
    expect(s.stateAt('2026-11-06T09:40:00Z')).toMatchObject({ status: 'waiting', strikes: 2, park: null });
  });

  it('keeps the Message-ID of an ask that went by email, and none for one made in person', () => {
    const state = new RequestScript().stateAt('2026-11-02T09:00:00Z');
    const at = new Date('2026-11-02T09:00:00Z');
    expect(recordAsk(state, settings(), at, ' by email ', '<ask-1@follow-through>')).toEqual([
      { type: 'asked', at: '2026-11-02T09:00:00.000Z', note: 'by email', messageId: '<ask-1@follow-through>' },
    ]);
    expect(recordAsk(state, settings(), at, '')).toEqual([{ type: 'asked', at: '2026-11-02T09:00:00.000Z', note: '' }]);
  });
});
