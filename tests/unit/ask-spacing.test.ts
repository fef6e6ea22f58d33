import { describe, expect, it } from 'vitest';
import { isAskDue, nextAskDue, recordAsk } from '../../shared/rules/asks';
import { logged, RequestScript, settings } from '../support/fixtures';

const ask = (s: RequestScript, iso: string) => s.do(iso, (state, at) => recordAsk(state, s.config, at, ''));

describe('ask spacing', () => {
  it('makes the first ask of a round due on the day the request is logged', () => {
    const s = new RequestScript();
    expect(nextAskDue(s.stateAt('2026-11-02T09:00:00Z'), s.config)).toEqual(new Date('2026-11-02T00:00:00Z'));
  });

  it('puts the next ask two business days after the last one', () => {
    const s = ask(new RequestScript(), '2026-11-02T15:00:00Z'); // Monday
    expect(nextAskDue(s.stateAt('2026-11-02T15:00:00Z'), s.config)).toEqual(new Date('2026-11-04T00:00:00Z')); // Wednesday
  });

  it('skips the weekend: an ask on Thursday falls due on Monday, one on Friday on Tuesday', () => {
    const thursday = ask(new RequestScript(), '2026-11-05T10:00:00Z');
    expect(nextAskDue(thursday.stateAt('2026-11-05T10:00:00Z'), thursday.config)).toEqual(new Date('2026-11-09T00:00:00Z'));
    const friday = ask(new RequestScript(), '2026-11-06T17:30:00Z');
    expect(nextAskDue(friday.stateAt('2026-11-06T17:30:00Z'), friday.config)).toEqual(new Date('2026-11-10T00:00:00Z'));
  });

  it('counts from the next business day when the ask was made on a weekend', () => {
    const saturday = ask(new RequestScript(), '2026-11-07T11:00:00Z');
    expect(nextAskDue(saturday.stateAt('2026-11-07T11:00:00Z'), saturday.config)).toEqual(new Date('2026-11-10T00:00:00Z'));
  });

  it('keeps the local day across the autumn DST change (BST -> GMT on 25 Oct 2026)', () => {
    // Friday 23 Oct, 10:00 BST = 09:00 UTC. Due Tuesday 27 Oct at local midnight, now GMT.
    const s = ask(new RequestScript(settings(), logged('2026-10-23T08:00:00Z')), '2026-10-23T09:00:00Z');
    expect(nextAskDue(s.stateAt('2026-10-23T09:00:00Z'), s.config)).toEqual(new Date('2026-10-27T00:00:00Z'));
  });

  it('keeps the local day across the spring DST change (GMT -> BST on 29 Mar 2026)', () => {
    // Friday 27 Mar, 10:00 GMT. Due Tuesday 31 Mar at local midnight, which is 23:00 UTC on the 30th.
    const s = ask(new RequestScript(settings(), logged('2026-03-27T09:00:00Z')), '2026-03-27T10:00:00Z');
    const due = nextAskDue(s.stateAt('2026-03-27T10:00:00Z'), s.config)!;
    expect(due).toEqual(new Date('2026-03-30T23:00:00Z'));
    expect(due.getHours()).toBe(0);
    expect(due.getDate()).toBe(31);
  });

  it('shows "ask due" on the due day, not a minute before', () => {
    const s = ask(new RequestScript(), '2026-11-02T15:00:00Z');
    expect(isAskDue(s.stateAt('2026-11-03T23:59:00Z'), s.config, new Date('2026-11-03T23:59:00Z'))).toBe(false);
    expect(isAskDue(s.stateAt('2026-11-04T00:00:00Z'), s.config, new Date('2026-11-04T00:00:00Z'))).toBe(true);
  });

  it('follows the spacing in Settings (1 and 5 business days)', () => {
    const one = ask(new RequestScript(settings({ askSpacingBusinessDays: 1 })), '2026-11-06T10:00:00Z');
    expect(nextAskDue(one.stateAt('2026-11-06T10:00:00Z'), one.config)).toEqual(new Date('2026-11-09T00:00:00Z'));
    const five = ask(new RequestScript(settings({ askSpacingBusinessDays: 5 })), '2026-11-02T10:00:00Z');
    expect(nextAskDue(five.stateAt('2026-11-02T10:00:00Z'), five.config)).toEqual(new Date('2026-11-09T00:00:00Z'));
  });
});
