import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { logged } from '../support/fixtures';

describe('the fold', () => {
  it('starts from the logged event: waiting, round 1, no strikes, version 1', () => {
    const state = foldRequest('r1', [logged()], new Date('2026-11-02T09:00:00Z'));
    expect(state).toMatchObject({ id: 'r1', version: 1, status: 'waiting', round: 1, strikes: 0, park: null, decision: null });
    expect(state.timeline).toEqual([{ at: '2026-11-02T09:00:00.000Z', kind: 'logged', derived: false }]);
  });

  it('refuses an event list that does not start with "logged"', () => {
    expect(() => foldRequest('r1', [], new Date())).toThrow('no "logged" event first');
    expect(() => foldRequest('r1', [{ type: 'asked', at: '2026-11-02T09:00:00Z', note: '' }], new Date())).toThrow(
      'Request r1 has no "logged" event first',
    );
  });

  it('adds up the events: three asks park it, the version counts every event', () => {
    const events: RequestEvent[] = [
      logged(),
      { type: 'asked', at: '2026-11-02T10:00:00.000Z', note: 'in the 1:1' },
      { type: 'asked', at: '2026-11-04T10:00:00.000Z', note: '' },
      { type: 'asked', at: '2026-11-06T10:00:00.000Z', note: '' },
      { type: 'parked', at: '2026-11-06T10:00:00.000Z', strikeLimit: 3 },
    ];
    const state = foldRequest('r1', events, new Date('2026-11-06T11:00:00Z'));
    expect(state).toMatchObject({ version: 5, status: 'parked', strikes: 3, round: 1 });
    expect(state.asks.map((a) => [a.round, a.strike, a.note])).toEqual([
      [1, 1, 'in the 1:1'],
      [1, 2, ''],
      [1, 3, ''],
    ]);
    expect(state.timeline.map((t) => t.kind)).toEqual(['logged', 'asked', 'asked', 'asked', 'parked']);
  });

  it('lets time pass: the same events seen after the re-ask date start round 2 with strikes reset', () => {
    const events: RequestEvent[] = [
      logged(),
      { type: 'asked', at: '2026-11-02T10:00:00.000Z', note: '' },
      { type: 'parked', at: '2026-11-02T10:00:00.000Z', strikeLimit: 1 },
      { type: 'park-outcome-chosen', at: '2026-11-02T10:01:00.000Z', outcome: 'in-2-weeks', returnsOn: '2026-11-16T00:00:00.000Z' },
    ];
    expect(foldRequest('r1', events, new Date('2026-11-15T23:59:00Z'))).toMatchObject({ status: 'parked', round: 1, strikes: 1 });
    const back = foldRequest('r1', events, new Date('2026-11-16T00:00:00Z'));
    expect(back).toMatchObject({ status: 'waiting', round: 2, strikes: 0, roundStartedBy: 'returned', version: 4 });
    expect(back.timeline.at(-1)).toEqual({ at: '2026-11-16T00:00:00.000Z', kind: 'returned', round: 2, derived: true });
  });

  it('keeps a park only while parked: an outcome found on a waiting request is left out', () => {
    const events: RequestEvent[] = [
      logged(),
      { type: 'park-outcome-chosen', at: '2026-11-02T10:00:00.000Z', outcome: 'in-2-weeks', returnsOn: '2026-11-16T00:00:00.000Z' },
    ];
    const state = foldRequest('r1', events, new Date('2026-11-02T11:00:00Z'));
    expect(state).toMatchObject({ status: 'waiting', park: null, version: 2 });
    expect(state.timeline.map((t) => t.kind)).toEqual(['logged']);
  });
});
