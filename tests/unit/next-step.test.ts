import { describe, expect, it } from 'vitest';
import { pendingAction } from '../../shared/copy/pending';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { nextOf, pendingItems } from '../../shared/rules/pending';
import { dueIn, scheduleOf } from '../../shared/rules/schedule';
import { deadlineHorizon, dueFacts } from '../../shared/rules/due-facts';
import { logged, settings } from '../support/fixtures';

const asked = (at: string): RequestEvent => ({ type: 'asked', at, note: '' });
// Acknowledged straight away, so the acknowledgement is not the next step in these cases.
const ack: RequestEvent = { type: 'client-message-sent', at: '2026-11-02T09:00:00.000Z', kind: 'acknowledgement', subject: 'Thanks' };
const config = settings({ bosses: [{ id: 'boss-1', name: 'Anna Berg', email: '' }] });
const scheduleAt = (events: RequestEvent[], now: string) => scheduleOf(foldRequest('r1', events, new Date(now)), config, { gapDays: 7 });
const pendingAt = (events: RequestEvent[], now: string) => pendingItems(foldRequest('r1', events, new Date(now)), config, { gapDays: 7 });
const next = (events: RequestEvent[], now: string) => {
  const step = nextOf(pendingAt([...events, ack], now));
  return step && { action: pendingAction(step, { client: 'Jane Doe', boss: 'Anna Berg' }, 3), owner: step.owner, due: step.dueAt };
};

describe('the next step', () => {
  it('acknowledges the client first on a brand-new request, due from the moment they reached us', () => {
    const step = nextOf(pendingAt([logged()], '2026-11-02T09:00:00Z'));
    expect(step && pendingAction(step, { client: 'Jane Doe', boss: 'Anna Berg' }, 3)).toBe('Acknowledge Jane Doe');
    expect(step).toMatchObject({ owner: 'me', dueAt: '2026-11-02T08:30:00.000Z', lateAfter: '2026-11-03T08:30:00.000Z' });
  });

  it('asks the boss first on a new request', () => {
    expect(next([logged()], '2026-11-02T09:00:00Z')).toEqual({
      action: 'Ask Anna Berg',
      owner: 'me',
      due: '2026-11-02T00:00:00.000Z',
    });
  });

  it('is the earlier of the next ask and the next client update', () => {
    // Asked Wednesday 4th: next ask Friday 6th, and the client update (contact Mon 2nd) is due Friday 6th too.
    expect(next([logged(), asked('2026-11-02T09:00:00Z'), asked('2026-11-04T09:00:00Z')], '2026-11-04T10:00:00Z')).toMatchObject({
      action: 'Ask Anna Berg again (asked 2 of 3)',
      due: '2026-11-06T00:00:00.000Z',
    });
    // Asked Thursday 5th: next ask Monday 9th, so the client update on Friday 6th comes first.
    expect(next([logged(), asked('2026-11-05T09:00:00Z')], '2026-11-05T10:00:00Z')).toMatchObject({
      action: 'Send Jane Doe a status update',
      due: '2026-11-06T00:00:00.000Z',
    });
  });

  it('asks to choose an outcome as soon as the request is parked', () => {
    const events: RequestEvent[] = [
      logged(),
      asked('2026-11-02T09:00:00Z'),
      asked('2026-11-04T09:00:00Z'),
      asked('2026-11-06T09:00:00Z'),
      { type: 'parked', at: '2026-11-06T09:00:00Z', strikeLimit: 3 },
    ];
    expect(next(events, '2026-11-06T09:00:00Z')).toMatchObject({ action: 'Choose when to ask again', due: '2026-11-06T09:00:00Z' });
  });

  it('sends the answer once the boss has decided, and has nothing once closed', () => {
    const decided: RequestEvent[] = [logged(), { type: 'decided', at: '2026-11-03T10:00:00Z', decision: 'Yes' }];
    expect(next(decided, '2026-11-03T10:00:00Z')).toMatchObject({ action: 'Send Jane Doe the answer', owner: 'me' });
    const closed: RequestEvent[] = [
      ...decided,
      { type: 'client-message-sent', at: '2026-11-03T11:00:00Z', kind: 'answer', subject: 'Yes' },
    ];
    expect(next(closed, '2026-11-03T12:00:00Z')).toBeNull();
  });
});

describe('one list behind the next step and what is due now', () => {
  const events: RequestEvent[] = [logged(), asked('2026-11-02T09:00:00Z')];

  it('lists each pending item once with its date, whether due yet or not', () => {
    // Monday 2nd, asked once: the next ask on Wednesday 4th, the client update on Friday 6th.
    expect(pendingAt([...events, ack], '2026-11-02T10:00:00Z').map((i) => [i.kind, i.dueAt])).toEqual([
      ['ask', '2026-11-04T00:00:00.000Z'],
      ['update', '2026-11-06T00:00:00.000Z'],
    ]);
  });

  it('due now is the same list filtered by the clock: nothing on Tuesday, the ask on Wednesday', () => {
    const schedule = scheduleAt([...events, ack], '2026-11-02T10:00:00Z');
    expect(dueIn(schedule, new Date('2026-11-03T12:00:00Z'))).toEqual([]);
    expect(dueIn(schedule, new Date('2026-11-04T08:00:00Z')).map((i) => i.kind)).toEqual(['ask']);
  });

  it('marks an acknowledgement late once the 24-hour limit has passed, and not before', () => {
    const schedule = scheduleAt([logged()], '2026-11-02T09:00:00Z');
    expect(dueIn(schedule, new Date('2026-11-03T08:30:00Z')).find((i) => i.kind === 'acknowledge')?.late).toBe(false);
    expect(dueIn(schedule, new Date('2026-11-03T08:31:00Z')).find((i) => i.kind === 'acknowledge')?.late).toBe(true);
  });
});

describe('everything pending on a request, with its dates', () => {
  type Item = ReturnType<typeof pendingItems>[number];
  const item = (kind: Item['kind'], dueAt: string, extra: Partial<Item> = {}): Item => ({
    kind,
    owner: 'me',
    dueAt,
    lateAfter: null,
    strike: null,
    round: 1,
    clientOwes: null,
    ...extra,
  });
  const threeAsks = [ack, asked('2026-11-02T09:10:00.000Z'), asked('2026-11-04T09:10:00.000Z'), asked('2026-11-06T09:10:00.000Z')];
  const parked: RequestEvent = { type: 'parked', at: '2026-11-06T09:10:00.000Z', strikeLimit: 3 };
  const step: RequestEvent = {
    type: 'client-step-set',
    at: '2026-11-06T09:20:00.000Z',
    what: 'sign the form',
    chaseOn: '2026-11-09T00:00:00.000Z',
  };
  // Parked, the update follows the weekly cadence: acknowledged Monday 2nd, due Monday 9th, overdue from Tuesday.
  const update = item('update', '2026-11-09T00:00:00.000Z', { lateAfter: '2026-11-10T00:00:00.000Z' });
  const owed = item('client-step', '2026-11-09T00:00:00.000Z', { owner: 'client', clientOwes: 'sign the form' });

  it('parked with a re-ask date: the re-ask opens round 2 with strike 1; the update and the client’s step go on', () => {
    const outcome: RequestEvent = {
      type: 'park-outcome-chosen',
      at: '2026-11-06T09:15:00.000Z',
      outcome: 'in-2-weeks',
      returnsOn: '2026-11-20T00:00:00.000Z',
    };
    expect(pendingAt([logged(), ...threeAsks, parked, outcome, step], '2026-11-06T10:00:00Z')).toEqual([
      item('reask', '2026-11-20T00:00:00.000Z', { round: 2, strike: 1 }),
      update,
      owed,
    ]);
  });

  it('parked with no outcome yet: choosing one is due from the moment it parked', () => {
    expect(pendingAt([logged(), ...threeAsks, parked, step], '2026-11-06T10:00:00Z')).toEqual([
      item('choose-park', '2026-11-06T09:10:00.000Z'),
      update,
      owed,
    ]);
  });

  it('a message that needs a reply: the reply within the first-response limit, the ask, and the update from their message', () => {
    const message: RequestEvent = {
      type: 'client-contacted',
      at: '2026-11-03T10:05:00.000Z',
      channel: 'email',
      contactAt: '2026-11-03T10:00:00.000Z',
      note: 'Any news?',
      chased: false,
    };
    expect(pendingAt([logged(), ack, message], '2026-11-03T11:00:00Z')).toEqual([
      item('reply', '2026-11-03T10:00:00.000Z', { lateAfter: '2026-11-04T10:00:00.000Z' }),
      item('ask', '2026-11-02T00:00:00.000Z', { strike: 1 }),
      // Their message on Tuesday 10:00 restarts the clock: chase Tuesday 10th, update Monday 9th.
      item('update', '2026-11-09T00:00:00.000Z', { lateAfter: '2026-11-10T00:00:00.000Z' }),
    ]);
  });

  it('decided: only the answer, due from the decision; closed: nothing, though a step and the decision remain', () => {
    const decided: RequestEvent = { type: 'decided', at: '2026-11-03T15:00:00.000Z', decision: 'Yes.' };
    expect(pendingAt([logged(), ack, decided], '2026-11-04T10:00:00Z')).toEqual([item('answer', '2026-11-03T15:00:00.000Z')]);
    const answered: RequestEvent = { type: 'client-message-sent', at: '2026-11-06T10:00:00.000Z', kind: 'answer', subject: 'Yes' };
    expect(pendingAt([logged(), ack, decided, step, answered], '2026-11-06T11:00:00Z')).toEqual([]);
  });

  it('decided before the client was acknowledged: the answer is what is owed, on the acknowledgement’s clock', () => {
    // Logged Monday 2 November, contact 08:30; decided 10:00 the same morning, nothing sent yet.
    const decided: RequestEvent = { type: 'decided', at: '2026-11-02T10:00:00.000Z', decision: 'Yes.' };
    expect(pendingAt([logged(), decided], '2026-11-02T11:00:00Z')).toEqual([
      item('answer', '2026-11-02T08:30:00.000Z', { lateAfter: '2026-11-03T08:30:00.000Z' }),
    ]);
    const state = foldRequest('r1', [logged(), decided], new Date('2026-11-02T11:00:00Z'));
    const schedule = scheduleOf(state, config, { gapDays: 7 });
    const now = new Date('2026-11-02T11:00:00Z');
    expect(dueFacts(state, schedule, now, deadlineHorizon(config, now)).map((f) => f.action)).toEqual(['draft-answer']);
  });
});

describe('every next step in words', () => {
  const names = { client: 'Jane Doe', boss: 'Anna Berg' };
  type Step = Parameters<typeof pendingAction>[0];
  const step = (kind: Step['kind'], extra: Partial<Step> = {}): Step => ({ kind, strike: null, round: 1, clientOwes: null, ...extra });
  it.each<[Step, string]>([
    [step('acknowledge'), 'Acknowledge Jane Doe'],
    [step('reply'), 'Reply to Jane Doe'],
    [step('answer'), 'Send Jane Doe the answer'],
    [step('ask'), 'Ask Anna Berg'],
    [step('ask', { strike: 1 }), 'Ask Anna Berg'],
    [step('ask', { strike: 2 }), 'Ask Anna Berg again (asked 1 of 3)'],
    [step('ask', { strike: 3 }), 'Ask Anna Berg again (asked 2 of 3)'],
    [step('choose-park'), 'Choose when to ask again'],
    [step('reask', { round: 2 }), 'Re-ask Anna Berg (round 2)'],
    [step('update'), 'Send Jane Doe a status update'],
    [step('client-step', { clientOwes: 'sign the form' }), 'Jane Doe to sign the form'],
    [step('client-step'), 'Jane Doe to reply'],
  ])('%j', (item, words) => {
    expect(pendingAction(item, names, 3)).toBe(words);
  });

  it('says “the boss” while the boss has no name', () => {
    expect(pendingAction(step('ask', { strike: 2 }), { client: 'Jane Doe', boss: '  ' }, 3)).toBe('Ask the boss again (asked 1 of 3)');
  });
});

describe('what is due on a request now', () => {
  const due = (events: RequestEvent[], now: string) => {
    const at = new Date(now);
    const state = foldRequest('r1', events, at);
    return dueFacts(state, scheduleOf(state, config, { gapDays: 7 }), at, deadlineHorizon(config, at));
  };
  const call: RequestEvent = { type: 'call-proposed', at: '2026-11-03T09:00:00.000Z', startsAt: '2026-11-04T14:00:00.000Z', minutes: 30 };

  it('a call over is to be logged: due when it ended, never late', () => {
    expect(due([logged(), ack, asked('2026-11-04T09:00:00.000Z'), call], '2026-11-04T15:00:00Z')).toEqual([
      {
        kind: 'call-log',
        action: 'log-call',
        late: false,
        due: '2026-11-04T14:30:00.000Z',
        lateAfter: null,
        strike: null,
        round: 1,
        clientOwes: null,
      },
    ]);
  });

  it('a call today is a fact to see, never late, due when it starts', () => {
    expect(due([logged(), ack, asked('2026-11-04T09:00:00.000Z'), call], '2026-11-04T14:10:00Z')).toEqual([
      {
        kind: 'call',
        action: 'open',
        late: false,
        due: '2026-11-04T14:00:00.000Z',
        lateAfter: null,
        strike: null,
        round: 1,
        clientOwes: null,
      },
    ]);
  });

  it('nothing on a closed request, though its deadline is near and its call is today', () => {
    const withdrawn: RequestEvent = { type: 'withdrawn', at: '2026-11-04T08:00:00.000Z', reason: 'No longer needed.' };
    expect(due([logged('2026-11-02T09:00:00.000Z', { deadline: '2026-11-05' }), ack, call, withdrawn], '2026-11-04T15:00:00Z')).toEqual([]);
  });

  it('“back from parking” is the first ask of a returned round only', () => {
    const returned = [
      logged(),
      ack,
      asked('2026-11-02T09:10:00.000Z'),
      asked('2026-11-04T09:10:00.000Z'),
      asked('2026-11-06T09:10:00.000Z'),
      { type: 'parked', at: '2026-11-06T09:10:00.000Z', strikeLimit: 3 } as RequestEvent,
      {
        type: 'park-outcome-chosen',
        at: '2026-11-06T09:20:00.000Z',
        outcome: 'in-2-weeks',
        returnsOn: '2026-11-20T00:00:00.000Z',
      } as RequestEvent,
    ];
    const kinds = (events: RequestEvent[], now: string) => due(events, now).map((f) => f.kind);
    expect(kinds(returned, '2026-11-20T09:00:00Z')).toContain('reask');
    // Asked on the day it came back: the next ask, two working days on, is an ordinary one.
    expect(kinds([...returned, asked('2026-11-20T09:30:00.000Z')], '2026-11-24T09:00:00Z')).toEqual(expect.arrayContaining(['ask']));
    expect(kinds([...returned, asked('2026-11-20T09:30:00.000Z')], '2026-11-24T09:00:00Z')).not.toContain('reask');
  });
});
