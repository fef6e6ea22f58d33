import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { clientDraft } from '../../shared/drafts/client-drafts';
import { logCall, markClientMessageSent } from '../../shared/rules/client-track';
import { draftOptions, logged, settings } from '../support/fixtures';

const config = settings({ assistantName: 'Sam Patel' });
const fold = (events: RequestEvent[], now: string) => foldRequest('r1', events, new Date(now));
const start: RequestEvent[] = [
  {
    type: 'logged',
    at: '2026-11-02T09:00:00.000Z',
    request: (logged() as Extract<RequestEvent, { type: 'logged' }>).request,
    subject: 'Sponsorship',
  },
  { type: 'client-message-sent', at: '2026-11-02T09:30:00.000Z', kind: 'acknowledgement', subject: 'Re: Sponsorship' },
];
const call: RequestEvent = { type: 'call-proposed', at: '2026-11-03T09:00:00.000Z', startsAt: '2026-11-04T14:00:00.000Z', minutes: 30 };

describe('logging how a proposed call went', () => {
  it('is refused when there is no call, and "we spoke" before the call has begun', () => {
    expect(() => logCall(fold(start, '2026-11-04T15:00:00Z'), true, '', new Date('2026-11-04T15:00:00Z'))).toThrow(
      'There is no call proposed on this request to log.',
    );
    expect(() => logCall(fold([...start, call], '2026-11-04T13:00:00Z'), true, '', new Date('2026-11-04T13:00:00Z'))).toThrow(
      'The call has not started yet: log it once it has taken place, or say it did not happen.',
    );
  });

  it('may say it will not happen before its time (they cancelled)', () => {
    expect(logCall(fold([...start, call], '2026-11-04T10:00:00Z'), false, ' They cancelled. ', new Date('2026-11-04T10:00:00Z'))).toEqual([
      { type: 'call-logged', at: '2026-11-04T10:00:00.000Z', held: false, note: 'They cancelled.' },
    ]);
  });

  it('held: the call is gone, and the client heard from us when it began', () => {
    const logged: RequestEvent = { type: 'call-logged', at: '2026-11-04T16:00:00.000Z', held: true, note: 'Went through the options.' };
    const state = fold([...start, call, logged], '2026-11-04T16:00:00Z');
    expect(state.call).toBeNull();
    expect(state.outbound.at(-1)).toMatchObject({ at: '2026-11-04T14:00:00.000Z', medium: 'call' });
    expect(state.timeline.at(-1)).toMatchObject({ kind: 'call-logged', held: true, note: 'Went through the options.' });
  });

  it('not held: the call is gone, and nothing reached the client', () => {
    const missed: RequestEvent = { type: 'call-logged', at: '2026-11-04T16:00:00.000Z', held: false, note: '' };
    const state = fold([...start, call, missed], '2026-11-04T16:00:00Z');
    expect(state.call).toBeNull();
    expect(state.outbound).toHaveLength(1);
  });
});

describe('the closing note to a client who withdrew', () => {
  const withdrawn: RequestEvent = { type: 'withdrawn', at: '2026-11-05T10:00:00.000Z', reason: 'They found another sponsor.' };
  const now = new Date('2026-11-05T10:05:00Z');

  it('thanks them, says it is closed, leaves the door open, and replies under their email', () => {
    const draft = clientDraft(
      fold([...start, withdrawn], now.toISOString()),
      config,
      { gapDays: 7 },
      now,
      draftOptions({ kind: 'closing' }),
    );
    expect(draft.subject).toBe('Re: Sponsorship');
    expect(draft.body).toBe(
      'Dear Jane,\n\nThank you for letting me know that you no longer need the sponsorship proposal. I have closed it on our side, so you will not hear from me about it again.\n\nIf anything changes, just get in touch and I will pick it up straight away.\n\nKind regards,\nSam Patel',
    );
    expect(draft.body).not.toContain('another sponsor');
  });

  it('goes once, and only on a withdrawn request', () => {
    expect(() => clientDraft(fold(start, now.toISOString()), config, { gapDays: 7 }, now, draftOptions({ kind: 'closing' }))).toThrow(
      'A closing note is for a request the client no longer needs: withdraw it first.',
    );
    expect(() => markClientMessageSent(fold(start, now.toISOString()), config, 'closing', 'Closed', now)).toThrow(
      'A closing note is for a request the client no longer needs: withdraw it first.',
    );
    const [sent] = markClientMessageSent(fold([...start, withdrawn], now.toISOString()), config, 'closing', 'Re: Sponsorship', now);
    expect(sent).toMatchObject({ type: 'client-message-sent', kind: 'closing', subject: 'Re: Sponsorship' });
    expect(() => markClientMessageSent(fold([...start, withdrawn, sent!], now.toISOString()), config, 'closing', 'Again', now)).toThrow(
      'The closing note has already gone to the client.',
    );
    // Any other message on a closed request is still refused.
    expect(() => markClientMessageSent(fold([...start, withdrawn], now.toISOString()), config, 'update', 'Update', now)).toThrow(
      'This request is closed; nothing more is owed to the client.',
    );
  });
});
