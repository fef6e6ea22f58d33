import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { timelineText } from '../../shared/copy/timeline';
import { deadlineHorizon, dueFacts } from '../../shared/rules/due-facts';
import { agreeNewDeadline } from '../../shared/rules/new-deadline';
import { scheduleOf } from '../../shared/rules/schedule';
import { logged, settings } from '../support/fixtures';

// Issue 31, item 25: a deadline gone by gets its real next step, and a new date can be agreed.
const config = settings();
const client = { gapDays: 7 };
const d = (iso: string) => new Date(iso);

/** Logged Monday 2 November, the client needs it by Friday 13th; acknowledged the same morning. */
const history = (): RequestEvent[] => [
  logged('2026-11-02T09:00:00.000Z', { deadline: '2026-11-13' }),
  { type: 'client-message-sent', at: '2026-11-02T09:30:00.000Z', kind: 'acknowledgement', subject: 'Thanks' },
];
const deadlineFact = (events: RequestEvent[], iso: string) => {
  const state = foldRequest('r1', events, d(iso));
  return dueFacts(state, scheduleOf(state, config, client), d(iso), deadlineHorizon(config, d(iso))).find((f) => f.kind === 'deadline');
};

describe('a deadline gone by, on Today', () => {
  it('before the client has heard since it passed: its button drafts the update that tells them', () => {
    expect(deadlineFact(history(), '2026-11-16T09:00:00Z')).toMatchObject({ late: true, action: 'draft-update' });
  });

  it('an update sent on the deadline day itself does not count: it was written before it passed', () => {
    const events = [...history(), { type: 'client-message-sent', at: '2026-11-13T16:00:00.000Z', kind: 'update', subject: 'U' } as const];
    expect(deadlineFact(events, '2026-11-16T09:00:00Z')).toMatchObject({ action: 'draft-update' });
  });

  it('once they have heard since: its button is to agree a new date', () => {
    const events = [...history(), { type: 'client-message-sent', at: '2026-11-16T10:00:00.000Z', kind: 'update', subject: 'U' } as const];
    expect(deadlineFact(events, '2026-11-16T11:00:00Z')).toMatchObject({ late: true, action: 'agree-deadline' });
  });

  it('near but not passed: it only opens the request', () => {
    expect(deadlineFact(history(), '2026-11-11T09:00:00Z')).toMatchObject({ late: false, action: 'open' });
  });
});

describe('agreeing a new date', () => {
  const now = d('2026-11-16T11:00:00Z');
  const state = () => foldRequest('r1', history(), now);

  it('moves the deadline, keeps the old one in the history, and leaves Today once it is far off', () => {
    const events = [...history(), ...agreeNewDeadline(state(), '2026-11-27', ' Agreed by phone. ', now)];
    expect(events.at(-1)).toEqual({
      type: 'deadline-agreed',
      at: '2026-11-16T11:00:00.000Z',
      deadline: '2026-11-27',
      note: 'Agreed by phone.',
    });
    const after = foldRequest('r1', events, now);
    expect(after.details.deadline).toBe('2026-11-27');
    // As the screen shows a day: in the machine's own time zone.
    const day = (iso: string) => format(new Date(iso), 'EEE d MMM');
    expect(timelineText(after.timeline.at(-1)!, day)).toBe(
      'New date agreed with the client: Fri 27 Nov (was Fri 13 Nov). Agreed by phone.',
    );
    // Friday 27th is more than three working days after Monday 16th: no deadline row.
    expect(deadlineFact(events, '2026-11-16T11:00:00Z')).toBeUndefined();
    // It comes back as "near" on Tuesday 24th, three working days before.
    expect(deadlineFact(events, '2026-11-24T09:00:00Z')).toMatchObject({ late: false, action: 'open' });
  });

  it('refuses today, a day gone by, the same day, and a closed request, each saying what to fix', () => {
    expect(() => agreeNewDeadline(state(), '2026-11-16', '', now)).toThrow('The new date must be after today (16 Nov 2026).');
    expect(() => agreeNewDeadline(state(), '2026-11-10', '', now)).toThrow('The new date must be after today');
    expect(() => agreeNewDeadline(state(), '2026-11-13', '', d('2026-11-12T09:00:00Z'))).toThrow('That is already the client’s deadline.');
    const closed = foldRequest('r1', [...history(), { type: 'withdrawn', at: '2026-11-16T10:00:00.000Z', reason: 'Gone elsewhere.' }], now);
    expect(() => agreeNewDeadline(closed, '2026-11-27', '', now)).toThrow('This request is closed: there is no date to agree.');
  });
});
