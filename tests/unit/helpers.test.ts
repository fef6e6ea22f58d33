import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { compareIso } from '../../shared/domain/compare-iso';
import { foldRequest } from '../../shared/domain/request-state';
import { rangeHint, SETTING_RANGES } from '../../shared/domain/setting-ranges';
import { bossName } from '../../shared/domain/settings';
import { spokenSeconds } from '../../shared/drafts/draft';
import { draftEdit } from '../../shared/drafts/words-changed';
import { withInvitationAttached } from '../../shared/drafts/call-invitation';
import { clientKey, historyContacts, usualGapWithHistory, clientHistory } from '../../shared/rules/chase-prediction';
import { chaseOutcomes, scoreChases } from '../../shared/rules/chases-beaten';
import { nextClientUpdateDue } from '../../shared/rules/client-updates';
import { acknowledgementDue, replyDue } from '../../shared/rules/first-response';
import { noticesToShow } from '../../shared/rules/notifications';
import { scheduleOf } from '../../shared/rules/schedule';
import { todaySections } from '../../shared/rules/today';
import { logged, settings } from '../support/fixtures';

// The small pieces the rules and drafts are built from, at the edges where they could go wrong.
const config = settings({
  bosses: [
    { id: 'b1', name: 'Alex Morgan', email: '' },
    { id: 'b2', name: '   ', email: '' },
  ],
  defaultBossId: 'b1',
});
const d = (iso: string) => new Date(iso);

describe('ordering instants', () => {
  it('says before, after, or the same', () => {
    expect([
      compareIso('2026-11-02T09:00:00.000Z', '2026-11-03T09:00:00.000Z'),
      compareIso('2026-11-03T09:00:00.000Z', '2026-11-02T09:00:00.000Z'),
      compareIso('2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00.000Z'),
    ]).toEqual([-1, 1, 0]);
  });
});

describe('a setting’s range, as the hint under its field says it', () => {
  it('with its unit, or without one for a plain count', () => {
    expect(rangeHint(SETTING_RANGES.askSpacingBusinessDays)).toBe('1 to 5 business days.');
    expect(rangeHint(SETTING_RANGES.strikeLimit)).toBe('1 to 10.');
  });
});

describe('the boss’s name', () => {
  it('is “the boss” when none is given, or the boss is gone from Settings', () => {
    expect([bossName(config, 'b1'), bossName(config, 'b2'), bossName(config, 'gone')]).toEqual(['Alex Morgan', 'the boss', 'the boss']);
  });
});

describe('how long a script takes to say (150 words a minute, to the nearest 5 seconds)', () => {
  it('counts words, not dashes or spacing', () => {
    // 25 words, each followed by a dash: 10 seconds.
    expect(spokenSeconds('word – '.repeat(25))).toBe(10);
    expect(spokenSeconds('')).toBe(5);
  });
});

describe('how much a draft was changed, at its edges', () => {
  it('spaces before and after the whole text are no edit', () => {
    expect(draftEdit('  Dear Jane,\nNews.', 'Dear Jane,\nNews.  ')).toEqual({ edited: false, wordsChanged: 0 });
  });

  it('a dash taken out is an edit of no words', () => {
    expect(draftEdit('Friday – or Monday', 'Friday or Monday')).toEqual({ edited: true, wordsChanged: 0 });
  });

  it('two words run together are an edit', () => {
    expect(draftEdit('Dear Jane', 'DearJane')).toEqual({ edited: true, wordsChanged: 2 });
  });
});

describe('whose history a contact counts in', () => {
  it('the client’s email, or their name without one, in lower case', () => {
    expect(clientKey({ name: ' Jane Doe ', company: '', email: ' Jane@Acme.example ', phone: '' })).toBe('jane@acme.example');
    expect(clientKey({ name: ' Jane Doe ', company: '', email: '   ', phone: '' })).toBe('jane doe');
  });

  it('an empty history has no contacts', () => {
    expect(historyContacts({ contacts: '', last: 0, gapHours: [] })).toEqual([]);
  });

  it('open contacts after the history add their gaps to it: one of 4 days, then 1 and 2 days, median 2', () => {
    const history = clientHistory([Date.parse('2026-11-01T09:00:00Z'), Date.parse('2026-11-05T09:00:00Z')]);
    expect(usualGapWithHistory(history, [Date.parse('2026-11-06T09:00:00Z'), Date.parse('2026-11-08T09:00:00Z')], 7)).toBe(2);
  });
});

describe('chases beaten', () => {
  const sent = (at: string, kind: 'acknowledgement' | 'update'): RequestEvent => ({
    type: 'client-message-sent',
    at,
    kind,
    subject: 'News',
  });

  it('counts our updates, not the acknowledgement, as chances to beat a chase', () => {
    const state = foldRequest(
      'r1',
      [logged(), sent('2026-11-02T10:00:00.000Z', 'acknowledgement'), sent('2026-11-06T10:00:00.000Z', 'update')],
      d('2026-11-07T10:00:00Z'),
    );
    expect(chaseOutcomes(state)).toEqual([{ at: '2026-11-06T10:00:00.000Z', kind: 'beaten' }]);
  });

  it('takes in the last 30 days from their very first instant', () => {
    // 30 days before 1 December 10:00 is 1 November 10:00.
    const outcomes = [
      { at: '2026-11-01T10:00:00.000Z', kind: 'chased' as const },
      { at: '2026-11-01T09:59:00.000Z', kind: 'beaten' as const },
    ];
    expect(scoreChases(outcomes, d('2026-12-01T10:00:00Z'))).toEqual({
      overall: { beaten: 1, chased: 1, rate: 0.5 },
      last30Days: { beaten: 0, chased: 1, rate: 0 },
    });
  });
});

describe('the first response', () => {
  it('is owed no longer once the request is withdrawn, nor is a reply', () => {
    const events: RequestEvent[] = [
      logged(),
      { type: 'client-message-sent', at: '2026-11-02T10:00:00.000Z', kind: 'acknowledgement', subject: 'Thanks' },
      {
        type: 'client-contacted',
        at: '2026-11-03T10:00:00.000Z',
        channel: 'email',
        contactAt: '2026-11-03T10:00:00.000Z',
        note: 'And?',
        chased: false,
      },
      { type: 'withdrawn', at: '2026-11-03T11:00:00.000Z', reason: 'No longer needed.' },
    ];
    expect(replyDue(foldRequest('r1', events.slice(0, 3), d('2026-11-03T10:30:00Z')), config)).not.toBeNull();
    expect(replyDue(foldRequest('r1', events, d('2026-11-03T12:00:00Z')), config)).toBeNull();
    const unacknowledged = foldRequest('r1', [logged(), events[3]!], d('2026-11-03T12:00:00Z'));
    expect(acknowledgementDue(unacknowledged, config)).toBeNull();
  });
});

describe('the next update after a date was promised', () => {
  it('comes at the earlier of the promise and what the client’s gap now says', () => {
    // An update on Friday 6th promised Friday 13th; the client is now known to chase every 2 days: due Monday 9th.
    const state = foldRequest(
      'r1',
      [
        logged(),
        {
          type: 'client-message-sent',
          at: '2026-11-06T10:00:00.000Z',
          kind: 'update',
          subject: 'News',
          promised: '2026-11-13T00:00:00.000Z',
        },
      ],
      d('2026-11-06T11:00:00Z'),
    );
    expect(nextClientUpdateDue(state, config, { gapDays: 2 })).toEqual(d('2026-11-09T00:00:00Z'));
    expect(nextClientUpdateDue(state, config, { gapDays: 30 })).toEqual(d('2026-11-13T00:00:00Z'));
  });
});

describe('a closed request’s schedule', () => {
  it('predicts no chase', () => {
    const closed = foldRequest(
      'r1',
      [logged(), { type: 'withdrawn', at: '2026-11-03T11:00:00.000Z', reason: 'No longer needed.' }],
      d('2026-11-03T12:00:00Z'),
    );
    expect(scheduleOf(closed, config, { gapDays: 7 }).chase).toBe('');
  });
});

describe('desktop notices', () => {
  it('stay quiet on a day off, and come in working hours', () => {
    const fresh = foldRequest(
      'r1',
      [logged('2026-11-06T09:00:00Z', { contact: { channel: 'email', at: '2026-11-06T08:30:00.000Z' } })],
      d('2026-11-07T10:00:00Z'),
    );
    const at = (iso: string) =>
      noticesToShow(
        todaySections([fresh], config, () => ({ gapDays: 7 }), d(iso)),
        new Set(),
        d(iso),
        config,
      ).length;
    expect(at('2026-11-07T10:00:00Z')).toBe(0);
    expect(at('2026-11-09T10:00:00Z')).toBeGreaterThan(0);
  });
});

describe('a call proposal saved with its invitation', () => {
  it('says the invitation is attached, where the draft said it would follow', () => {
    expect(withInvitationAttached('Would Thursday suit you? I’ll send you a calendar invitation; if another time is better, say.')).toBe(
      'Would Thursday suit you? I have attached a calendar invitation; if another time is better, say.',
    );
    expect(withInvitationAttached('I will send the invite myself.')).toBe('I will send the invite myself.');
  });
});

describe('the usual gap, merged from history and open contacts', () => {
  it('takes from the open gaps once the history’s run out', () => {
    // History: 1 and 2 November (one gap of a day). Open: 4, 7 and 11 November (2, 3 and 4 days).
    // Sorted 1, 2, 3, 4 days: the median is 2.5, which rounds to 3.
    const history = clientHistory([Date.parse('2026-11-01T09:00:00Z'), Date.parse('2026-11-02T09:00:00Z')]);
    const open = ['2026-11-04T09:00:00Z', '2026-11-07T09:00:00Z', '2026-11-11T09:00:00Z'].map(Date.parse);
    expect(usualGapWithHistory(history, open, 7)).toBe(3);
  });
});
