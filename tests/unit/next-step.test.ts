import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { nextStep } from '../../shared/rules/next-step';
import { logged, settings } from '../support/fixtures';

const asked = (at: string): RequestEvent => ({ type: 'asked', at, note: '' });
const at = (events: RequestEvent[], now: string) =>
  nextStep(foldRequest('r1', [...events, ack], new Date(now)), settings(), { gapDays: 7 });
// Acknowledged straight away, so the acknowledgement is not the next step in these cases.
const ack: RequestEvent = { type: 'client-message-sent', at: '2026-11-02T09:00:00.000Z', kind: 'acknowledgement', subject: 'Thanks' };

describe('the next step', () => {
  it('acknowledges the client first on a brand-new request', () => {
    expect(nextStep(foldRequest('r1', [logged()], new Date('2026-11-02T09:00:00Z')), settings(), { gapDays: 7 })).toEqual({
      action: 'Acknowledge Jane Doe',
      owner: 'me',
      due: '2026-11-02T00:00:00.000Z',
    });
  });

  it('asks the boss first on a new request', () => {
    expect(at([logged()], '2026-11-02T09:00:00Z')).toEqual({
      action: 'Ask My boss (strike 1 of 3)',
      owner: 'me',
      due: '2026-11-02T00:00:00.000Z',
    });
  });

  it('is the earlier of the next ask and the next client update', () => {
    // Asked Wednesday 4th: next ask Friday 6th, and the client update (contact Mon 2nd) is due Friday 6th too.
    expect(at([logged(), asked('2026-11-02T09:00:00Z'), asked('2026-11-04T09:00:00Z')], '2026-11-04T10:00:00Z')).toMatchObject(
      { action: 'Ask My boss (strike 3 of 3)', due: '2026-11-06T00:00:00.000Z' },
    );
    // Asked Thursday 5th: next ask Monday 9th, so the client update on Friday 6th comes first.
    expect(at([logged(), asked('2026-11-05T09:00:00Z')], '2026-11-05T10:00:00Z')).toMatchObject({
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
    expect(at(events, '2026-11-06T09:00:00Z')).toMatchObject({ action: 'Choose when to ask again', due: '2026-11-06T00:00:00.000Z' });
  });

  it('sends the answer once the boss has decided, and is gone once closed', () => {
    const events: RequestEvent[] = [logged(), { type: 'decided', at: '2026-11-03T10:00:00Z', decision: 'Yes' }];
    expect(at(events, '2026-11-03T10:00:00Z')).toMatchObject({ action: 'Send Jane Doe the answer', owner: 'me' });
  });
});
