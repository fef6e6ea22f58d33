import { describe, expect, it } from 'vitest';
import { GREETING_STYLES, type GreetingStyle } from '../../shared/clients/greeting';
import { CONTACT_CHANNELS, type ContactChannel } from '../../shared/domain/contact-channel';
import type { Medium } from '../../shared/domain/draft-templates';
import type { ClientMessageKind, RequestEvent } from '../../shared/domain/events';
import { foldRequest, type RequestState } from '../../shared/domain/request-state';
import { clientDraft, STANDING } from '../../shared/drafts/client-drafts';
import { researchDraft } from '../../shared/drafts/research-draft';
import { describeContact, formatDay } from '../../shared/drafts/wording';
import { nextUpdateIfSentNow } from '../../shared/rules/client-updates';
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
const client = (greeting: GreetingStyle) => ({ gapDays: 7, profile: { title: 'Ms', greeting, preferredChannel: null } });
const GREETS: Record<GreetingStyle, string> = {
  'first-name': 'Siobhán',
  'full-name': 'Siobhán O’Neill',
  'title-surname': 'Ms O’Neill',
};

const base = (channel: ContactChannel): RequestEvent[] => [
  logged('2026-11-02T15:10:00Z', {
    client: { name: 'Siobhán O’Neill', company: 'Acme Ltd', email: 'siobhan@acme.example', phone: '' },
    contact: { channel, at: CONTACT_AT },
    topic: TOPIC,
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
const asks = ['2026-10-27T09:00:00Z', '2026-10-29T09:00:00Z', '2026-11-02T16:00:00Z'];
const PARKED: RequestEvent[] = [
  ...asks.map((at): RequestEvent => ({ type: 'asked', at, note: '' })),
  { type: 'parked', at: '2026-11-02T16:00:00Z', strikeLimit: 3 },
  { type: 'park-outcome-chosen', at: '2026-11-02T16:01:00Z', outcome: 'in-2-weeks', returnsOn: '2026-11-16T00:00:00.000Z' },
];

interface Case {
  name: string;
  kind: ClientMessageKind;
  media: Medium[];
  state: (channel: ContactChannel) => RequestState;
  /** The draft carries the next update date. */
  dated: boolean;
}
const fold = (events: RequestEvent[]) => foldRequest('r1', events, NOW);
const CASES: Case[] = [
  { name: 'acknowledgement', kind: 'acknowledgement', media: ['email', 'call', 'voicemail'], state: (c) => fold(base(c)), dated: true },
  { name: 'update', kind: 'update', media: ['email', 'call', 'voicemail'], state: (c) => fold([...base(c), STEP]), dated: true },
  {
    name: 'update while parked',
    kind: 'update',
    media: ['email', 'call', 'voicemail'],
    // Logged earlier so three asks fit before the park.
    state: (c) => fold([{ ...base(c)[0]!, at: '2026-10-26T09:00:00Z' }, ...PARKED]),
    dated: true,
  },
  { name: 'answer', kind: 'answer', media: ['email', 'call', 'voicemail'], state: (c) => fold([...base(c), DECIDED]), dated: false },
  { name: 'follow-up', kind: 'follow-up', media: ['email'], state: (c) => fold([...base(c), STEP]), dated: false },
  { name: 'call proposal', kind: 'call-proposal', media: ['email'], state: (c) => fold([...base(c), CALL]), dated: false },
];

describe('every draft, for every channel, greeting style and locale, reads as a person would send it', () => {
  for (const locale of ['en-GB', 'en-US']) {
    for (const channel of CONTACT_CHANNELS) {
      for (const style of GREETING_STYLES) {
        it(`${locale}, reached us by ${channel}, greeted by ${style}`, () => {
          let checked = 0;
          for (const c of CASES) {
            for (const medium of c.media) {
              const state = c.state(channel);
              const draft = clientDraft(state, config, client(style), NOW, {
                kind: c.kind,
                medium,
                locale,
                reason: c.kind === 'update' ? 'It is being reviewed with the team.' : null,
                expectedBusinessDays: c.kind === 'update' ? 3 : null,
                invite: true,
              });
              const next = formatDay(nextUpdateIfSentNow(state, config, client(style), NOW, c.kind === 'update'), locale);
              const where = `${c.name} as ${medium}`;
              expect(
                draftProblems(draft, {
                  topic: TOPIC,
                  contact: describeContact(channel, new Date(CONTACT_AT), locale, medium !== 'email'),
                  nextDate: c.dated ? next : null,
                  own: [TOPIC, DECISION, config.signature],
                }),
                where,
              ).toEqual([]);
              const hello = medium === 'email' ? `Dear ${GREETS[style]},` : `Hello ${GREETS[style]},`;
              expect(draft.body.startsWith(hello), `${where} opens "${draft.body.slice(0, 30)}"`).toBe(true);
              if (medium === 'voicemail') {
                expect(draft.body, where).toContain('You can reach me on 020 7946 0000. That’s 020 7946 0000.');
                expect(draft.spokenSeconds, where).toBeGreaterThanOrEqual(20);
                expect(draft.spokenSeconds, where).toBeLessThanOrEqual(40);
              }
              if (medium !== 'email') expect(draft.body, where).toContain('This is Sam Patel, Alex Morgan’s assistant.');
              if (c.name === 'update while parked') {
                expect(draft.body, where).toContain(STANDING.parked);
                // The re-ask date is the boss's, never a promise to the client; nor is any answer date.
                expect(draft.body, where).not.toContain(formatDay(new Date('2026-11-16T00:00:00.000Z'), locale));
                expect(draft.body, where).not.toMatch(/expect to have an answer/);
              }
              checked++;
            }
          }
          expect(checked).toBe(14);
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
        expect(draft.body).not.toContain(describeContact('phone', new Date(CONTACT_AT), locale));
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
