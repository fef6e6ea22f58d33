import { describe, expect, it } from 'vitest';
import { addDays, isWeekend } from 'date-fns';
import { foldRequest } from '../../shared/domain/request-state';
import type { RequestEvent } from '../../shared/domain/events';
import { clientDraft } from '../../shared/drafts/client-drafts';
import { usualGapDays } from '../../shared/rules/chase-prediction';
import { markClientMessageSent, recordClientContact } from '../../shared/rules/client-track';
import { nextClientUpdateDue } from '../../shared/rules/client-updates';
import { draftOptions, logged, settings } from '../support/fixtures';

// Issue 31, items 18 and 19: how often a client hears "no news", before and after they chase.
const config = settings();
const d = (iso: string) => new Date(iso);

/** Asked Monday 2, Wednesday 4 and Friday 6 November: parked on the third. */
const asksAndPark: RequestEvent[] = [
  { type: 'asked', at: '2026-11-02T11:00:00.000Z', note: '' },
  { type: 'asked', at: '2026-11-04T11:00:00.000Z', note: '' },
  { type: 'asked', at: '2026-11-06T09:00:00.000Z', note: '' },
  { type: 'parked', at: '2026-11-06T09:00:01.000Z', strikeLimit: 3 },
];

/** Plays the assistant sending every update the day it falls due, at 10:00, from `from` for `days` calendar days. */
function sendUpdatesWhenDue(events: RequestEvent[], from: string, days: number, gapDays: number): string[] {
  const sentOn: string[] = [];
  for (let i = 0; i < days; i++) {
    const at = addDays(d(from), i);
    if (isWeekend(at)) continue;
    const state = foldRequest('r1', events, at);
    const due = nextClientUpdateDue(state, config, { gapDays });
    if (!due || due > at) continue;
    events.push(...markClientMessageSent(state, config, 'update', 'Your request', at, { client: { gapDays } }));
    sentOn.push(at.toISOString().slice(0, 10));
  }
  return sentOn;
}

describe('after one chase (issue 31, item 18)', () => {
  // Wrote Monday 2 November at 09:00, acknowledged at 10:00, chased on Wednesday at 09:00.
  const contacts = ['2026-11-02T09:00:00Z', '2026-11-04T09:00:00Z'].map(d);

  it('one chase two days after writing is not yet their usual gap: it stays 7 days', () => {
    expect(usualGapDays(contacts, 7)).toBe(7);
  });

  it('a parked request then hears weekly: 2 updates in the 11 working days after, each 7 days apart', () => {
    const gapDays = usualGapDays(contacts, 7);
    const events: RequestEvent[] = [logged('2026-11-02T09:00:00.000Z')];
    const fold = (iso: string) => foldRequest('r1', events, d(iso));
    events.push(
      ...markClientMessageSent(fold('2026-11-02T10:00:00Z'), config, 'acknowledgement', 'Re: lease', d('2026-11-02T10:00:00Z'), {
        client: { gapDays },
      }),
    );
    events.push(asksAndPark[0]!);
    events.push(
      ...recordClientContact(
        fold('2026-11-04T09:30:00Z'),
        config,
        { gapDays },
        { channel: 'email', contactAt: d('2026-11-04T09:00:00Z'), note: 'Any news?' },
        d('2026-11-04T09:30:00Z'),
      ),
    );
    events.push(asksAndPark[1]!);
    // The reply to the chase, Wednesday 11:00: they had waited two days, so it promises Friday 6th.
    events.push(
      ...markClientMessageSent(fold('2026-11-04T11:30:00Z'), config, 'reply', 'Re: lease', d('2026-11-04T11:30:00Z'), {
        client: { gapDays },
      }),
    );
    expect(events.at(-1)).toMatchObject({ kind: 'reply', promised: '2026-11-06T00:00:00.000Z' });
    events.push(asksAndPark[2]!, asksAndPark[3]!);
    expect(fold('2026-11-06T09:30:00Z').status).toBe('parked');
    // Thursday 5 to Thursday 19 November: 11 working days. Before the fix: 8 updates, 1 to 2 working days apart.
    expect(sendUpdatesWhenDue(events, '2026-11-05T10:00:00Z', 15, gapDays)).toEqual(['2026-11-06', '2026-11-13']);
  });

  it('a waiting request sends the next update with nothing new on the day they would chase, never inside their gap', () => {
    // A client whose gap really is 3 days: an update on Monday 9th, the next on Thursday 12th, then Sunday 15th read Monday 16th.
    const events: RequestEvent[] = [logged('2026-11-02T09:00:00.000Z')];
    events.push(
      ...markClientMessageSent(
        foldRequest('r1', events, d('2026-11-06T10:00:00Z')),
        config,
        'acknowledgement',
        'Re: lease',
        d('2026-11-06T10:00:00Z'),
        { client: { gapDays: 3 } },
      ),
    );
    expect(sendUpdatesWhenDue(events, '2026-11-07T10:00:00Z', 12, 3)).toEqual(['2026-11-09', '2026-11-12', '2026-11-16']);
  });
});

describe('a chase after a long promise (issue 31, item 19)', () => {
  // Parked on Friday 6 November; four weekly updates (6, 13, 20, 27 November), and the fourth
  // promises a fortnight: Friday 11 December. The client chases on Wednesday 2 December at 10:00,
  // five days after the update of Friday 27th at 10:00.
  const events: RequestEvent[] = [logged('2026-11-02T09:00:00.000Z'), ...asksAndPark];
  for (const day of ['06', '13', '20', '27']) {
    const at = d(`2026-11-${day}T10:00:00Z`);
    events.push(...markClientMessageSent(foldRequest('r1', events, at), config, 'update', 'Your request', at, { client: { gapDays: 7 } }));
  }
  const chasedAt = d('2026-12-02T10:00:00Z');
  events.push(
    ...recordClientContact(
      foldRequest('r1', events, chasedAt),
      config,
      { gapDays: 7 },
      { channel: 'email', contactAt: chasedAt, note: 'Any news?' },
      chasedAt,
    ),
  );

  it('the fourth update promised a fortnight', () => {
    expect(events.find((e) => e.type === 'client-message-sent' && e.at.startsWith('2026-11-27'))).toMatchObject({
      promised: '2026-12-11T00:00:00.000Z',
    });
  });

  it('the reply to the chase promises no more than the five days they waited: Monday 7 December, not Wednesday 16th', () => {
    const now = d('2026-12-02T14:00:00Z');
    const state = foldRequest('r1', events, now);
    const draft = clientDraft(state, config, { gapDays: 7 }, now, draftOptions());
    expect(draft.body).toContain('Monday 7 December');
    expect(draft.body).not.toContain('16 December');
    const reply = markClientMessageSent(state, config, 'reply', 'Re: Your request', now, { client: { gapDays: 7 } });
    expect(reply[0]).toMatchObject({ kind: 'reply', promised: '2026-12-07T00:00:00.000Z' });
    // And Today holds the update to that day.
    expect(nextClientUpdateDue(foldRequest('r1', [...events, ...reply], now), config, { gapDays: 7 })).toEqual(d('2026-12-07T00:00:00Z'));
  });
});
