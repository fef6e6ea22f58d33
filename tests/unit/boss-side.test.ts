import { timelineText } from '../../shared/copy/timeline';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain/domain-error';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { askDraft, digestDraft } from '../../shared/drafts/boss-drafts';
import { recordAsk, undoLastAsk } from '../../shared/rules/asks';
import { isQuietTime, noticesToShow } from '../../shared/rules/notifications';
import { todaySections } from '../../shared/rules/today';
import { logged, RequestScript, settings } from '../support/fixtures';

const config = settings({
  assistantName: 'Sam Patel',
  bosses: [
    { id: 'boss-1', name: 'Alex Morgan', email: 'alex@follow.example' },
    { id: 'boss-2', name: 'Robin Lee', email: '' },
  ],
});
const NOW = new Date('2026-11-06T10:00:00Z'); // Friday
const asked = (at: string): RequestEvent => ({ type: 'asked', at, note: '' });

describe('asks to the boss', () => {
  const base = [logged('2026-11-02T09:00:00Z', { deadline: '2026-11-20' })];

  it('the first is plain and short, to the boss’s email', () => {
    const draft = askDraft(foldRequest('r1', base, NOW), config, NOW, 'en-GB');
    expect(draft).toMatchObject({
      kind: 'ask',
      to: 'alex@follow.example',
      toName: 'Alex Morgan',
      subject: 'The sponsorship proposal: your decision, please',
    });
    expect(draft.body).toBe(
      'Hi Alex,\n\nJane Doe at Acme Ltd asked on Monday 2 November about the sponsorship proposal. They need an answer by Friday 20 November. What would you like me to tell them?\n\nThanks,\nSam Patel',
    );
  });

  it('the second is firmer and says how long the client has waited', () => {
    const draft = askDraft(foldRequest('r1', [...base, asked('2026-11-02T10:00:00Z')], NOW), config, NOW, 'en-GB');
    expect(draft.subject).toBe('Asking again: the sponsorship proposal');
    expect(draft.body).toContain('they have waited 4 days, since Monday 2 November.');
    expect(draft.body).toContain('Could you give me a decision, or tell me what you need to make one?');
  });

  it('the last of the round carries the park message', () => {
    const state = foldRequest('r1', [...base, asked('2026-11-02T10:00:00Z'), asked('2026-11-04T10:00:00Z')], NOW);
    const draft = askDraft(state, config, NOW, 'en-GB');
    expect(draft.subject).toBe('Last ask for now: the sponsorship proposal');
    expect(draft.body).toContain('Whenever you’re ready, just tell me; until then it is off my list.');
    expect(draft.body).toContain('if you would like me to ask again in two weeks or in a month, say which');
  });
});

describe('the boss digest', () => {
  const states = [
    foldRequest(
      'new',
      [logged('2026-11-04T09:00:00Z', { topic: 'the board dinner', contact: { channel: 'phone', at: '2026-11-04T08:00:00.000Z' } })],
      NOW,
    ),
    foldRequest(
      'old',
      [
        logged('2026-10-30T09:00:00Z', {
          topic: 'the gala',
          contact: { channel: 'email', at: '2026-10-30T08:00:00.000Z' },
          deadline: '2026-11-13',
        }),
        asked('2026-10-30T10:00:00Z'),
      ],
      NOW,
    ),
    foldRequest('other-boss', [logged('2026-10-29T09:00:00Z', { bossId: 'boss-2' })], NOW),
    foldRequest('decided', [logged('2026-10-28T09:00:00Z'), { type: 'decided', at: '2026-10-29T09:00:00Z', decision: 'No' }], NOW),
  ];

  it('lists every request waiting on that boss, oldest first, with strikes, wait and deadline', () => {
    const digest = digestDraft(states, config, 'boss-1', NOW, 'en-GB', null);
    expect(digest.items.map((i) => i.requestId)).toEqual(['old', 'new']);
    expect(digest.subject).toBe('2 requests are waiting on your decision');
    expect(digest.body).toContain(
      '1. The gala, from Jane Doe at Acme Ltd\n   Waiting 7 days, since Friday 30 October. Asked 1 of 3 times. Client deadline: Friday 13 November.',
    );
    expect(digest.body).toContain(
      '2. The board dinner, from Jane Doe at Acme Ltd\n   Waiting 2 days, since Wednesday 4 November. Not asked yet.',
    );
  });

  it('lists only the ticked requests when some are unticked', () => {
    const digest = digestDraft(states, config, 'boss-1', NOW, 'en-GB', ['new']);
    // Every request waiting on the boss is offered; only the ticked one is in the message.
    expect(digest.items.map((i) => [i.requestId, i.listed])).toEqual([
      ['old', false],
      ['new', true],
    ]);
    expect(digest.body).not.toContain('The gala');
    expect(digest.subject).toBe('1 request is waiting on your decision');
  });

  it('says so when nothing is waiting on the boss', () => {
    const notRobins = states.filter((s) => s.id !== 'other-boss');
    expect(() => digestDraft(notRobins, config, 'boss-2', NOW, 'en-GB', null)).toThrow('Nothing is waiting on Robin Lee right now.');
    expect(() => digestDraft(states, config, 'boss-2', NOW, 'en-GB', ['old'])).toThrow('Tick at least one request waiting on Robin Lee.');
  });
});

describe('the boss’s drafts, every field', () => {
  const logs = (at: string, topic: string, contactAt: string, extra: Parameters<typeof logged>[1] = {}) =>
    logged(at, { topic, contact: { channel: 'email', at: contactAt }, ...extra });

  it('an ask for a boss no longer in Settings, from an assistant with no name, about a client with no company', () => {
    const state = foldRequest(
      'r1',
      [logged('2026-11-02T09:00:00Z', { bossId: 'gone', client: { name: 'Priya Shah', company: '  ', email: '', phone: '' } })],
      NOW,
    );
    expect(askDraft(state, settings({ assistantName: '  ' }), NOW, 'en-GB')).toEqual({
      kind: 'ask',
      to: '',
      toName: '',
      subject: 'The sponsorship proposal: your decision, please',
      body: 'Hi,\n\nPriya Shah asked on Monday 2 November about the sponsorship proposal. What would you like me to tell them?\n\nThanks,',
      warnings: [],
      medium: 'email',
      template: null,
      spokenSeconds: null,
      advice: [],
    });
  });

  it('trims the company and the assistant’s name where they were typed with spaces', () => {
    const state = foldRequest(
      'r1',
      [logged('2026-11-02T09:00:00Z', { client: { name: 'Jane Doe', company: ' Acme Ltd ', email: '', phone: '' } })],
      NOW,
    );
    const body = askDraft(state, settings({ ...config, assistantName: '  Sam Patel ' }), NOW, 'en-GB').body;
    expect(body).toContain('\n\nJane Doe at Acme Ltd asked on Monday 2 November');
    expect(body.endsWith('\n\nThanks,\nSam Patel')).toBe(true);
  });

  it('no ask is drafted for a request the boss has decided', () => {
    const decided = foldRequest('r1', [logged(), { type: 'decided', at: '2026-11-03T09:00:00Z', decision: 'No.' }], NOW);
    expect(() => askDraft(decided, config, NOW, 'en-GB')).toThrow(
      new DomainError('Only a request waiting on the boss can be asked about.'),
    );
  });

  it('a digest says a client deadline that has gone by is passed', () => {
    const state = foldRequest(
      'late',
      [logs('2026-10-28T09:00:00Z', 'the venue', '2026-10-28T08:00:00.000Z', { deadline: '2026-11-04' })],
      NOW,
    );
    expect(digestDraft([state], config, 'boss-1', NOW, 'en-GB', null).items[0]!.line).toBe(
      '1. The venue, from Jane Doe at Acme Ltd\n   Waiting 9 days, since Wednesday 28 October. Not asked yet. Client deadline: Wednesday 4 November (passed).',
    );
  });

  it('a digest: each item with its line, label, version, whether its next ask is due yet, and whether it will park', () => {
    const states = [
      foldRequest('today', [logs('2026-11-05T09:00:00Z', 'the press day', '2026-11-05T08:00:00.000Z'), asked('2026-11-06T09:00:00Z')], NOW),
      foldRequest(
        'old',
        [logs('2026-10-30T09:00:00Z', 'the gala', '2026-10-30T08:00:00.000Z', { deadline: '2026-11-13' }), asked('2026-10-30T10:00:00Z')],
        NOW,
      ),
      // Asked three times, the last this morning, parked, and brought back: today's ask was last round's.
      foldRequest(
        'again',
        [
          logs('2026-11-03T09:00:00Z', 'the launch', '2026-11-03T08:00:00.000Z', {
            client: { name: 'Priya Shah', company: ' ', email: '', phone: '' },
          }),
          asked('2026-11-04T09:00:00Z'),
          asked('2026-11-05T09:00:00Z'),
          asked('2026-11-06T08:00:00Z'),
          { type: 'parked', at: '2026-11-06T08:00:00Z', strikeLimit: 3 },
          { type: 'unparked', at: '2026-11-06T08:30:00Z' },
        ],
        NOW,
      ),
      foldRequest('twice', [logged('2026-11-02T09:00:00Z'), asked('2026-11-02T10:00:00Z'), asked('2026-11-04T10:00:00Z')], NOW),
    ];
    const digest = digestDraft(states, config, 'boss-1', NOW, 'en-GB', null);
    expect(digest.items).toEqual([
      {
        requestId: 'old',
        version: 2,
        line: '1. The gala, from Jane Doe at Acme Ltd\n   Waiting 7 days, since Friday 30 October. Asked 1 of 3 times. Client deadline: Friday 13 November.',
        label: 'Jane Doe: the gala',
        askDueOn: null,
        parks: false,
        listed: true,
      },
      {
        requestId: 'twice',
        version: 3,
        line: '2. The sponsorship proposal, from Jane Doe at Acme Ltd\n   Waiting 4 days, since Monday 2 November. Asked 2 of 3 times.',
        label: 'Jane Doe: the sponsorship proposal',
        askDueOn: null,
        parks: true,
        listed: true,
      },
      {
        requestId: 'again',
        version: 6,
        // Round 2, after three asks and a park: not asked yet in this round, and saying so.
        line: '3. The launch, from Priya Shah\n   Waiting 3 days, since Tuesday 3 November. Not asked yet in round 2 (3 asks before).',
        label: 'Priya Shah: the launch',
        askDueOn: null,
        parks: false,
        listed: true,
      },
      {
        requestId: 'today',
        version: 2,
        // Not in the message: numbered as it would be if ticked on its own.
        line: '1. The press day, from Jane Doe at Acme Ltd\n   Waiting 1 day, since Thursday 5 November. Asked 1 of 3 times.',
        label: 'Jane Doe: the press day',
        // Asked this morning: with asks two working days apart, the next is due on Tuesday.
        askDueOn: '2026-11-10T00:00:00.000Z',
        parks: false,
        listed: false,
      },
    ]);
    expect(digest).toMatchObject({
      kind: 'digest',
      to: 'alex@follow.example',
      toName: 'Alex Morgan',
      subject: '3 requests are waiting on your decision',
      warnings: [],
      medium: 'email',
      template: null,
      spokenSeconds: null,
      advice: [],
    });
    expect(digest.body).toBe(
      [
        'Hi Alex,',
        '',
        '3 requests are waiting on your decision, oldest first:',
        '',
        '1. The gala, from Jane Doe at Acme Ltd',
        '   Waiting 7 days, since Friday 30 October. Asked 1 of 3 times. Client deadline: Friday 13 November.',
        '2. The sponsorship proposal, from Jane Doe at Acme Ltd',
        '   Waiting 4 days, since Monday 2 November. Asked 2 of 3 times.',
        '3. The launch, from Priya Shah',
        '   Waiting 3 days, since Tuesday 3 November. Not asked yet in round 2 (3 asks before).',
        '',
        'A word on any of them helps.',
        '',
        'Thanks,',
        'Sam Patel',
      ].join('\n'),
    );
    // One ticked: "it", not "any of them".
    expect(digestDraft(states, config, 'boss-1', NOW, 'en-GB', ['today']).body).toContain('\n\nA word on it helps.\n\nThanks,\nSam Patel');
  });

  it('names a boss with no name as “the boss” when nothing waits on them', () => {
    const unnamed = settings({ bosses: [{ id: 'b', name: '  ', email: '' }], defaultBossId: 'b' });
    expect(() => digestDraft([], unnamed, 'b', NOW, 'en-GB', null)).toThrow(new DomainError('Nothing is waiting on the boss right now.'));
  });
});

describe('undoing an accidental ask', () => {
  it('takes back the strike, and the undo stays in the history', () => {
    const s = new RequestScript(config);
    s.do('2026-11-02T10:00:00Z', (st, at) => recordAsk(st, config, at, ''));
    s.do('2026-11-02T10:01:00Z', (st, at) => undoLastAsk(st, at));
    const state = s.stateAt('2026-11-02T10:02:00Z');
    expect(state.strikes).toBe(0);
    expect(state.asks).toEqual([]);
    expect(state.timeline.map((t) => timelineText(t, (iso) => iso))).toEqual([
      'Request logged',
      'Asked the boss (round 1, strike 1)',
      'Ask undone (round 1, strike 1)',
    ]);
  });

  it('un-parks when the undone ask was the one that parked it', () => {
    const s = new RequestScript(config);
    for (const at of ['2026-11-02T10:00:00Z', '2026-11-04T10:00:00Z', '2026-11-06T10:00:00Z'])
      s.do(at, (st, t) => recordAsk(st, config, t, ''));
    expect(s.stateAt('2026-11-06T10:00:00Z').status).toBe('parked');
    s.do('2026-11-06T10:01:00Z', (st, at) => undoLastAsk(st, at));
    expect(s.stateAt('2026-11-06T10:02:00Z')).toMatchObject({ status: 'waiting', strikes: 2, park: null });
  });

  it('refuses when there is no ask in this round to undo', () => {
    const s = new RequestScript(config);
    expect(() => s.do('2026-11-02T10:00:00Z', (st, at) => undoLastAsk(st, at))).toThrow('There is no ask in this round to undo.');
  });
});

describe('notifications', () => {
  const state = foldRequest('r1', [logged('2026-11-02T09:00:00Z')], NOW);
  const sectionsAt = (iso: string) => todaySections([state], config, () => ({ gapDays: 7 }), new Date(iso));

  it('are quiet outside working hours, on weekends and holidays, and when turned off', () => {
    expect(isQuietTime(new Date('2026-11-06T08:59:00Z'), config)).toBe(true);
    expect(isQuietTime(new Date('2026-11-06T09:00:00Z'), config)).toBe(false);
    expect(isQuietTime(new Date('2026-11-06T17:30:00Z'), config)).toBe(true);
    expect(isQuietTime(new Date('2026-11-07T11:00:00Z'), config)).toBe(true);
    expect(isQuietTime(new Date('2026-11-06T11:00:00Z'), { ...config, holidays: ['2026-11-06'] })).toBe(true);
    expect(isQuietTime(new Date('2026-11-06T11:00:00Z'), { ...config, notificationsEnabled: false })).toBe(true);
  });

  it('show each due item once a day', () => {
    const first = noticesToShow(sectionsAt('2026-11-06T09:30:00Z'), new Set(), new Date('2026-11-06T09:30:00Z'), config);
    expect(first.map((n) => `${n.title}: ${n.body}`)).toEqual([
      'Acknowledgement due: Jane Doe: the sponsorship proposal',
      'Client update due: Jane Doe: the sponsorship proposal',
      'Ask due: Jane Doe: the sponsorship proposal',
    ]);
    const shown = new Set(first.map((n) => n.key));
    expect(noticesToShow(sectionsAt('2026-11-06T14:00:00Z'), shown, new Date('2026-11-06T14:00:00Z'), config)).toEqual([]);
    // Next working day, the same items are announced again.
    const monday = noticesToShow(sectionsAt('2026-11-09T09:30:00Z'), shown, new Date('2026-11-09T09:30:00Z'), config);
    expect(monday.map((n) => `${n.title}: ${n.body}`)).toEqual([
      'Acknowledgement due: Jane Doe: the sponsorship proposal',
      'Client update due: Jane Doe: the sponsorship proposal',
      'Ask due: Jane Doe: the sponsorship proposal',
    ]);
  });
});
