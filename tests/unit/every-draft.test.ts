import { describe, expect, it } from 'vitest';
import { GREETING_STYLES, type GreetingStyle } from '../../shared/clients/greeting';
import { CONTACT_CHANNELS, type ContactChannel } from '../../shared/domain/contact-channel';
import type { Medium } from '../../shared/domain/draft-templates';
import type { ClientMessageKind, RequestEvent } from '../../shared/domain/events';
import { foldRequest, type RequestState } from '../../shared/domain/request-state';
import { clientDraft } from '../../shared/drafts/client-drafts';
import { CONTACT_WORDS } from '../support/contact-words';
import { researchDraft } from '../../shared/drafts/research-draft';
import { logged, settings } from '../support/fixtures';
import { draftProblems } from '../support/sentence-check';

const NOW = new Date('2026-11-04T10:00:00Z');
const CONTACT_AT = '2026-11-02T15:00:00.000Z';
const TOPIC = 'the spring gala sponsorship';
const DECISION = 'We will sponsor the spring gala at gold level.';
const config = settings({
  assistantName: 'Sam Patel',
  signature: 'Sam Patel\nAssistant to Alex Morgan',
  callbackNumber: '020 7946 0000',
  bosses: [{ id: 'boss-1', name: 'Alex Morgan', email: '' }],
});
const client = (greeting: GreetingStyle) => ({ gapDays: 7, profile: { title: 'Ms', greeting, preferredChannel: null, timeZone: null } });
const GREETS: Record<GreetingStyle, string> = {
  'first-name': 'Siobhán',
  'full-name': 'Siobhán O’Neill',
  'title-surname': 'Ms O’Neill',
};

const base = (channel: ContactChannel, deadline: string | null = null): RequestEvent[] => [
  logged('2026-11-02T15:10:00Z', {
    client: { name: 'Siobhán O’Neill', company: 'Acme Ltd', email: 'siobhan@acme.example', phone: '' },
    contact: { channel, at: CONTACT_AT },
    topic: TOPIC,
    deadline,
  }),
];
const STEP: RequestEvent = {
  type: 'client-step-set',
  at: '2026-11-03T09:00:00Z',
  what: 'send the signed form',
  chaseOn: '2026-11-06T00:00:00.000Z',
};
const CALL: RequestEvent = { type: 'call-proposed', at: '2026-11-03T09:05:00Z', startsAt: '2026-11-10T14:00:00.000Z', minutes: 30 };
const DECIDED: RequestEvent = { type: 'decided', at: '2026-11-04T09:00:00Z', decision: DECISION };
const ACKNOWLEDGED: RequestEvent = {
  type: 'client-message-sent',
  at: '2026-11-02T15:30:00Z',
  kind: 'acknowledgement',
  subject: `Your request: ${TOPIC}`,
};
const CHASE: RequestEvent = {
  type: 'client-contacted',
  at: '2026-11-04T09:05:00Z',
  channel: 'email',
  contactAt: '2026-11-04T09:00:00.000Z',
  note: 'Any news? I need to book the venue',
  chased: false,
  needs: 'reply',
};
const asks = ['2026-10-27T09:00:00Z', '2026-10-29T09:00:00Z', '2026-11-02T16:00:00Z'];
const PARKED: RequestEvent[] = [
  ...asks.map((at): RequestEvent => ({ type: 'asked', at, note: '' })),
  { type: 'parked', at: '2026-11-02T16:00:00Z', strikeLimit: 3 },
  { type: 'park-outcome-chosen', at: '2026-11-02T16:01:00Z', outcome: 'in-2-weeks', returnsOn: '2026-11-16T00:00:00.000Z' },
];

/**
 * The client's deadline, and what each draft must then say, written out by hand for Wednesday
 * 4 November at 10:00 (Monday to Friday, a usual gap of 7 days, an answer expected in 3 business
 * days promised by Thursday 12). With no deadline in the way, the next word comes: after an
 * acknowledgement, the working day before they would chase, Tuesday 10; after an update, the day
 * they would chase, Wednesday 11 (parked, the weekly cadence: also Wednesday 11); after a reply to
 * their chase, no later than the two days they had waited, Friday 6.
 */
interface DeadlineCase {
  name: string;
  deadline: string | null;
  /** The next-update date every dated draft carries, by the draft's kind and locale. */
  next: Record<'acknowledgement' | 'reply' | 'update', Record<string, string>>;
  /** What the update's "expect to have an answer" promises, when it may promise one; null: it must not. */
  promise: Record<string, string> | null;
  /** Kinds whose next date falls before the deadline anyway: waiting, they say nothing of it (parked, the boss's silence still outlasts it). */
  uncapped?: ClientMessageKind[];
  /** The deadline sentence, by locale; null: none. Parked requests say 'parked' instead of 'waiting'. */
  note: { waiting: Record<string, string>; parked: Record<string, string> } | null;
}
const TUE_10 = { 'en-GB': 'Tuesday 10 November', 'en-US': 'Tuesday, November 10' };
const THU_12 = { 'en-GB': 'Thursday 12 November', 'en-US': 'Thursday, November 12' };
const MON_9 = { 'en-GB': 'Monday 9 November', 'en-US': 'Monday, November 9' };
const THU_5 = { 'en-GB': 'Thursday 5 November', 'en-US': 'Thursday, November 5' };
const FRI_6 = { 'en-GB': 'Friday 6 November', 'en-US': 'Friday, November 6' };
const WED_11 = { 'en-GB': 'Wednesday 11 November', 'en-US': 'Wednesday, November 11' };
const USUAL = { acknowledgement: TUE_10, reply: FRI_6, update: WED_11 };
const OFFER = 'Would a little more time be possible? I will come back to you the moment I have the answer.';
const both = (text: (day: string) => string, day: Record<string, string>) => ({
  'en-GB': text(day['en-GB']!),
  'en-US': text(day['en-US']!),
});
const DEADLINES: DeadlineCase[] = [
  { name: 'no deadline', deadline: null, next: USUAL, promise: THU_12, note: null },
  { name: 'a deadline far off', deadline: '2026-11-30', next: USUAL, promise: THU_12, note: null },
  {
    // Tuesday 10 is more than 3 business days off, so not near; but the update and the padded promise would fall on or after it.
    name: 'a deadline before the padded promise',
    deadline: '2026-11-10',
    // On or after the deadline moves to the working day before it; the reply's Friday 6 is already before.
    next: { acknowledgement: MON_9, reply: FRI_6, update: MON_9 },
    uncapped: ['reply'],
    promise: MON_9,
    note: {
      waiting: both((d) => `I have kept every date here ahead of your deadline of ${d}.`, TUE_10),
      parked: both((d) => `I know you need this by ${d}, and I don’t expect to have an answer by then. ${OFFER}`, TUE_10),
    },
  },
  {
    name: 'a deadline two days off',
    deadline: '2026-11-06',
    next: { acknowledgement: THU_5, reply: THU_5, update: THU_5 },
    promise: null,
    note: {
      waiting: both((d) => `I know you need this by ${d}, and I may not have an answer by then. ${OFFER}`, {
        'en-GB': 'Friday 6 November',
        'en-US': 'Friday, November 6',
      }),
      parked: both((d) => `I know you need this by ${d}, and I don’t expect to have an answer by then. ${OFFER}`, {
        'en-GB': 'Friday 6 November',
        'en-US': 'Friday, November 6',
      }),
    },
  },
  {
    name: 'a deadline gone by',
    deadline: '2026-11-03',
    next: USUAL,
    promise: null,
    note: {
      waiting: both((d) => `I know you needed this by ${d}, and I’m sorry that I don’t have an answer for you yet. ${OFFER}`, {
        'en-GB': 'Tuesday 3 November',
        'en-US': 'Tuesday, November 3',
      }),
      parked: both((d) => `I know you needed this by ${d}, and I’m sorry that I don’t have an answer for you yet. ${OFFER}`, {
        'en-GB': 'Tuesday 3 November',
        'en-US': 'Tuesday, November 3',
      }),
    },
  },
];

interface Case {
  name: string;
  kind: ClientMessageKind;
  media: Medium[];
  state: (channel: ContactChannel, deadline: string | null) => RequestState;
  /** The draft carries the next update date, and says what it must about the deadline. */
  dated: boolean;
  parked?: boolean;
}
const fold = (events: RequestEvent[]) => foldRequest('r1', events, NOW);
const SCRIPTED: Medium[] = ['email', 'call', 'voicemail'];
const CASES: Case[] = [
  { name: 'acknowledgement', kind: 'acknowledgement', media: SCRIPTED, state: (c, d) => fold(base(c, d)), dated: true },
  { name: 'reply', kind: 'reply', media: SCRIPTED, state: (c, d) => fold([...base(c, d), ACKNOWLEDGED, CHASE]), dated: true },
  { name: 'update', kind: 'update', media: SCRIPTED, state: (c, d) => fold([...base(c, d), STEP]), dated: true },
  {
    name: 'update while parked',
    kind: 'update',
    media: SCRIPTED,
    // Logged earlier so three asks fit before the park.
    state: (c, d) => fold([{ ...base(c, d)[0]!, at: '2026-10-26T09:00:00Z' }, ...PARKED]),
    dated: true,
    parked: true,
  },
  {
    name: 'reply while parked',
    kind: 'reply',
    media: SCRIPTED,
    state: (c, d) => fold([{ ...base(c, d)[0]!, at: '2026-10-26T09:00:00Z' }, ...PARKED, ACKNOWLEDGED, CHASE]),
    dated: true,
    parked: true,
  },
  { name: 'answer', kind: 'answer', media: SCRIPTED, state: (c, d) => fold([...base(c, d), DECIDED]), dated: false },
  { name: 'follow-up', kind: 'follow-up', media: ['email'], state: (c, d) => fold([...base(c, d), STEP]), dated: false },
  { name: 'call proposal', kind: 'call-proposal', media: ['email'], state: (c, d) => fold([...base(c, d), CALL]), dated: false },
];

/**
 * How a draft names the client's contact (Monday 2 November, 15:00 in London), written out by
 * hand: the words for each channel, and the moment as written and as said aloud, by locale.
 */
const CONTACT_MOMENT: Record<string, { written: string; spoken: string }> = {
  'en-GB': { written: 'Monday 2 November at 15:00', spoken: 'Monday 2 November at 3:00 pm' },
  'en-US': { written: 'Monday, November 2 at 3:00 PM', spoken: 'Monday, November 2 at 3:00 PM' },
};
const contactPhrase = (channel: string, locale: string, spoken = false) =>
  `${CONTACT_WORDS[channel]} on ${CONTACT_MOMENT[locale]![spoken ? 'spoken' : 'written']}`;
/** What a parked request's update says of where it stands, word for word. */
const PARKED_STANDING = 'It is still open, and it has not been forgotten. I don’t have an answer for you yet, and I’m finding out.';

describe('every draft, for every channel, greeting style, locale and deadline, reads as a person would send it', () => {
  for (const locale of ['en-GB', 'en-US']) {
    for (const channel of CONTACT_CHANNELS) {
      for (const style of GREETING_STYLES) {
        it(`${locale}, reached us by ${channel}, greeted by ${style}`, () => {
          let checked = 0;
          for (const dl of DEADLINES) {
            for (const c of CASES) {
              for (const medium of c.media) {
                const state = c.state(channel, dl.deadline);
                const draft = clientDraft(state, config, client(style), NOW, {
                  kind: c.kind,
                  medium,
                  locale,
                  reason: c.kind === 'update' ? 'It is being reviewed with the team.' : null,
                  expectedBusinessDays: c.kind === 'update' ? 3 : null,
                  invite: true,
                });
                const where = `${c.name} as ${medium}, ${dl.name}`;
                expect(
                  draftProblems(draft, {
                    topic: TOPIC,
                    contact: c.kind === 'reply' ? null : contactPhrase(channel, locale, medium !== 'email'),
                    nextDate: c.dated ? dl.next[c.kind as keyof DeadlineCase['next']][locale]! : null,
                    own: [TOPIC, DECISION, config.signature, CHASE.type === 'client-contacted' ? CHASE.note : ''],
                  }),
                  where,
                ).toEqual([]);
                const hello = medium === 'email' ? `Dear ${GREETS[style]},` : `Hello ${GREETS[style]},`;
                expect(draft.body.startsWith(hello), `${where} opens "${draft.body.slice(0, 30)}"`).toBe(true);
                if (medium === 'voicemail') {
                  expect(draft.body, where).toContain('You can reach me on 020 7946 0000. That’s 020 7946 0000.');
                  expect(draft.spokenSeconds, where).toBeGreaterThanOrEqual(20);
                  expect(draft.spokenSeconds, where).toBeLessThanOrEqual(dl.note ? 55 : 40);
                }
                if (medium !== 'email') expect(draft.body, where).toContain('This is Sam Patel, Alex Morgan’s assistant.');
                if (c.kind === 'reply') expect(draft.body, where).toContain('Thank you for your email this morning about');
                if (c.parked) {
                  expect(draft.body, where).toContain(PARKED_STANDING);
                  // The re-ask date is the boss's, never a promise to the client; nor is any answer date.
                  expect(draft.body, where).not.toContain(locale === 'en-GB' ? 'Monday 16 November' : 'Monday, November 16');
                  expect(draft.body, where).not.toMatch(/I expect to have an answer/);
                } else if (c.kind === 'update' && medium === 'email') {
                  if (dl.promise) expect(draft.body, where).toContain(`I expect to have an answer for you by ${dl.promise[locale]}.`);
                  else expect(draft.body, where).not.toMatch(/I expect to have an answer/);
                }
                const note = dl.uncapped?.includes(c.kind) && !c.parked ? undefined : dl.note?.[c.parked ? 'parked' : 'waiting'][locale];
                if (c.dated && note) expect(draft.body, where).toContain(note);
                if (!c.dated || !note) expect(draft.body, where).not.toMatch(/deadline|need(ed)? this by/);
                checked++;
              }
            }
          }
          expect(checked).toBe(5 * 20);
        });
      }
    }
  }

  for (const locale of ['en-GB', 'en-US']) {
    for (const includeClient of [false, true]) {
      it(`the "just in case" question, ${locale}, ${includeClient ? 'naming' : 'not naming'} the client`, () => {
        const state = fold(base('phone'));
        const draft = researchDraft(state, config, {
          colleague: 'Dr Priya Shah',
          colleagueEmail: 'priya@example.com',
          question: `what would gold-level sponsorship of ${TOPIC} cost`,
          includeClient,
        });
        expect(
          draftProblems(draft, {
            topic: TOPIC,
            contact: null,
            nextDate: null,
            absent: includeClient ? [] : ['Siobhán', 'O’Neill', 'Acme', 'Alex Morgan'],
            own: [TOPIC, config.signature],
          }),
        ).toEqual([]);
        expect(draft.body.startsWith('Hello Priya,\n\n')).toBe(true);
        expect(draft.body).toContain('just in case');
        expect(draft.body).toContain('Nothing has been decided');
        expect(draft.body).toContain('If and when it does go ahead, I will keep you posted.');
        expect(draft.body).not.toContain(contactPhrase('phone', locale));
        if (includeClient) expect(draft.body).toContain('It is for Siobhán O’Neill at Acme Ltd, and I am asking on behalf of Alex Morgan.');
      });
    }
  }

  it('the check catches what it is for', () => {
    const expect_ = { topic: TOPIC, contact: 'you called me on Monday 2 November at 3:00 pm', nextDate: 'Friday 6 November' };
    expect(draftProblems({ subject: 'The gala', body: 'Dear ,\n\nAbout the gala. The boss forgot.' }, expect_)).toEqual([
      'space before punctuation',
      'a greeting with no name',
      `does not name the topic "${TOPIC}"`,
      'does not say "you called me on Monday 2 November at 3:00 pm"',
      'does not carry the next date, Friday 6 November',
      'could read as blame: "forgot"',
    ]);
    expect(
      draftProblems(
        { subject: 'Update', body: `Hello,\n\nAbout ${TOPIC}: you called me on Monday 2 November at 3:00 pm.. More by Friday 6 November` },
        expect_,
      ),
    ).toEqual(['doubled punctuation', 'line stops without punctuation: "pm.. More by Friday 6 November"']);
  });

  it('a question that names the client, unticked, is flagged to the assistant', () => {
    const draft = researchDraft(fold(base('email')), config, {
      colleague: 'Sam',
      colleagueEmail: '',
      question: 'Does Acme Ltd usually sponsor at gold level?',
      includeClient: false,
    });
    expect(draft.advice).toEqual(['The question names “Acme Ltd”. Take it out, or tick the box to say who it is for.']);
  });
});
