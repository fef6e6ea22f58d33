import { describe, expect, it } from 'vitest';
import { foldRequest } from '../../shared/domain/request-state';
import { logged } from '../support/fixtures';

describe('the fold', () => {
  it('starts from the logged event: waiting, round 1, no strikes', () => {
    const state = foldRequest('r1', [logged()], new Date('2026-11-02T09:00:00Z'));
    expect(state).toMatchObject({ id: 'r1', status: 'waiting', round: 1, strikes: 0, park: null, decision: null });
    expect(state.timeline).toEqual([{ at: '2026-11-02T09:00:00.000Z', kind: 'logged', text: 'Request logged', derived: false }]);
  });

  it('refuses an event list that does not start with "logged"', () => {
    expect(() => foldRequest('r1', [], new Date())).toThrow('no "logged" event first');
    expect(() => foldRequest('r1', [{ type: 'asked', at: '2026-11-02T09:00:00Z', note: '' }], new Date())).toThrow();
  });

  it('is the same state however often it is folded (derived from events, not stored)', () => {
    const events = [logged(), { type: 'asked', at: '2026-11-02T10:00:00.000Z', note: 'x' } as const];
    const now = new Date('2026-11-03T00:00:00Z');
    expect(foldRequest('r1', events, now)).toEqual(foldRequest('r1', events, now));
  });
});
