import { describe, expect, it } from 'vitest';
import type { ContactChannel } from '../../shared/domain/contact-channel';
import type { ClientMessageKind, RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { clientDraft } from '../../shared/drafts/client-drafts';
import { logged, settings } from '../support/fixtures';
import { sentenceProblems } from '../support/sentence-check';
import { ipcArgSchemas } from '../../shared/ipc/schemas';
import { describeContact, formatSpokenMoment, signOff, theirMessage, theirWords } from '../../shared/drafts/wording';

const NOW = new Date('2026-11-04T10:00:00Z');
const config = settings({ assistantName: 'Sam Patel', signature: 'Sam Patel\nAssistant to Alex Morgan' });

/** How each channel reads, written out by hand for both locales: the client reached us on Monday 2 November at 15:00. */
const CLAUSES: Record<string, Record<ContactChannel, string>> = {
  'en-GB': {
    email: 'you emailed me on Monday 2 November at 15:00',
    phone: 'you called me on Monday 2 November at 15:00',
    voicemail: 'you left me a voicemail on Monday 2 November at 15:00',
    'in-person': 'we spoke in person on Monday 2 November at 15:00',
    other: 'you got in touch on Monday 2 November at 15:00',
  },
  'en-US': {
    email: 'you emailed me on Monday, November 2 at 3:00 PM',
    phone: 'you called me on Monday, November 2 at 3:00 PM',
    voicemail: 'you left me a voicemail on Monday, November 2 at 3:00 PM',
    'in-person': 'we spoke in person on Monday, November 2 at 3:00 PM',
    other: 'you got in touch on Monday, November 2 at 3:00 PM',
  },
};

/** The sentence of each kind that carries the contact, as an assistant would write it. */
const SENTENCES: Partial<Record<ClientMessageKind, (clause: string) => string>> = {
  acknowledgement: (c) => `Thank you for getting in touch about the sponsorship proposal (${c}).`,
  update: (c) => `I wanted to give you an update on the sponsorship proposal, which you raised when ${c}.`,
  answer: (c) => `Thank you for your patience on the sponsorship proposal, which you raised when ${c}.`,
};

const KINDS: ClientMessageKind[] = ['acknowledgement', 'update', 'answer', 'follow-up', 'call-proposal'];
const events = (channel: ContactChannel): RequestEvent[] => [
  logged('2026-11-02T15:10:00Z', { contact: { channel, at: '2026-11-02T15:00:00.000Z' } }),
  { type: 'client-step-set', at: '2026-11-03T09:00:00Z', what: 'send the signed form', chaseOn: '2026-11-06T00:00:00.000Z' },
  { type: 'call-proposed', at: '2026-11-03T09:05:00Z', startsAt: '2026-11-10T14:00:00.000Z', minutes: 30 },
  { type: 'decided', at: '2026-11-04T09:00:00Z', decision: 'We will sponsor the gala at gold level.' },
];

describe('every client draft reads right for every channel and locale', () => {
  for (const locale of ['en-GB', 'en-US']) {
    for (const channel of Object.keys(CLAUSES[locale]!) as ContactChannel[]) {
      for (const kind of KINDS) {
        it(`${kind}, ${channel}, ${locale}`, () => {
          // The answer needs the decision; the other kinds are drafted before it.
          const all = events(channel);
          const state = foldRequest('r1', kind === 'answer' ? all : all.slice(0, 3), NOW);
          const draft = clientDraft(state, config, { gapDays: 7 }, NOW, {
            kind,
            medium: 'email',
            locale,
            reason: null,
            expectedBusinessDays: null,
            invite: true,
          });
          expect(sentenceProblems(draft.body)).toEqual([]);
          expect(sentenceProblems(`${draft.subject}.`)).toEqual([]);
          const sentence = SENTENCES[kind];
          if (sentence) expect(draft.body).toContain(sentence(CLAUSES[locale]![channel]));
          expect(draft.subject).toMatch(/^[A-Z]/);
          expect(draft.body).toMatch(/^Dear Jane,\n\n/);
          expect(draft.body).toMatch(/\n\nKind regards,\nSam Patel\nAssistant to Alex Morgan$/);
          expect(draft.warnings).toEqual([]);
        });
      }
    }
  }

  it('the checker itself catches the old phone wording', () => {
    expect(sentenceProblems('An update on the proposal, which you called me on Monday 2 November at 08:30.')).toEqual([
      '"which you ... me on" without "about"',
    ]);
    expect(sentenceProblems('It is in hand. and I will write by the the end of the week.')).toEqual([
      'doubled word: "the the"',
      'sentence starts in lower case: ". a"',
    ]);
  });
});

describe('a subject filled from a long decision', () => {
  it('is cut at a word to fit the 300 characters the mail buttons take, and still opens in mail', () => {
    const decision = `${'We will sponsor the gala at gold level '.repeat(16).trim()}.`;
    expect(decision.length).toBe(624);
    const custom = settings({
      templates: { ...config.templates, answer: { subject: 'Decision: {{decision}}', body: '{{greeting}}\n\n{{decision}}' } },
    });
    const state = foldRequest(
      'r1',
      [...events('email').slice(0, 1), events('email')[3]!].map((e) => (e.type === 'decided' ? { ...e, decision } : e)),
      NOW,
    );
    const draft = clientDraft(state, custom, { gapDays: 7 }, NOW, {
      kind: 'answer',
      medium: 'email',
      locale: 'en-GB',
      reason: null,
      expectedBusinessDays: null,
      invite: false,
    });
    // 10 characters of "Decision: ", then 289 of the decision: seven whole phrases and "We will sponsor ".
    expect(draft.subject).toBe(`Decision: ${'We will sponsor the gala at gold level '.repeat(7)}We will sponsor…`);
    expect(draft.subject).toHaveLength(299);
    expect(draft.body).toContain(decision);
    const mail = ipcArgSchemas.openInMail.safeParse({ to: draft.to, toName: draft.toName, subject: draft.subject, body: draft.body });
    expect(mail.success).toBe(true);
  });
});

describe('times in scripts', () => {
  it('are said as people say them: 12:40 is "12:40 pm", never "0:40 pm"', () => {
    // Wednesday 4 November 2026, 12:40 and 00:05 in London (GMT).
    expect(formatSpokenMoment(new Date('2026-11-04T12:40:00Z'), 'en-GB')).toBe('Wednesday 4 November at 12:40 pm');
    expect(formatSpokenMoment(new Date('2026-11-04T00:05:00Z'), 'en-GB')).toBe('Wednesday 4 November at 12:05 am');
    expect(formatSpokenMoment(new Date('2026-11-04T15:00:00Z'), 'en-US')).toBe('Wednesday, November 4 at 3:00 PM');
  });
});

describe('the client’s own message, as a reply refers to it', () => {
  // Wednesday 4 November 2026, 18:00 in London (GMT).
  const now = new Date('2026-11-04T18:00:00Z');
  it.each<[ContactChannel, string, boolean, string]>([
    ['email', '2026-11-04T11:59:00Z', false, 'your email this morning'],
    ['phone', '2026-11-04T12:00:00Z', false, 'your call this afternoon'],
    ['voicemail', '2026-11-04T16:59:00Z', false, 'your voicemail this afternoon'],
    ['in-person', '2026-11-04T17:00:00Z', false, 'our conversation this evening'],
    ['other', '2026-11-03T23:30:00Z', false, 'your message yesterday'],
    ['email', '2026-11-02T10:00:00Z', false, 'your email on Monday 2 November at 10:00'],
    ['voicemail', '2026-11-02T15:05:00Z', true, 'your voicemail on Monday 2 November at 3:05 pm'],
  ])('%s at %s (spoken: %s): %s', (channel, at, spoken, words) => {
    expect(theirMessage(channel, new Date(at), now, 'en-GB', spoken)).toBe(words);
  });

  it.each<[ContactChannel, string, string]>([
    ['email', '  Any news on the date?!  ', 'You wrote: “Any news on the date.”'],
    ['other', 'See the note…', 'You wrote: “See the note.”'],
    ['phone', 'Call me back', 'You said: “Call me back.”'],
    ['in-person', 'It can wait', 'You said: “It can wait.”'],
    ['voicemail', '  ...  ', ''],
    ['email', '', ''],
  ])('their words, %s %j: %j', (channel, note, words) => {
    expect(theirWords(channel, note)).toBe(words);
  });

  it('writes the time as in an email unless told it is spoken', () => {
    expect(theirMessage('email', new Date('2026-11-02T15:05:00Z'), now, 'en-GB')).toBe('your email on Monday 2 November at 15:05');
  });

  it('says how they reached us, the time as spoken in a script', () => {
    expect(describeContact('voicemail', new Date('2026-11-02T15:05:00Z'), 'en-GB', true)).toBe(
      'you left me a voicemail on Monday 2 November at 3:05 pm',
    );
    expect(describeContact('in-person', new Date('2026-11-02T15:05:00Z'), 'en-GB')).toBe(
      'we spoke in person on Monday 2 November at 15:05',
    );
  });
});

describe('the sign-off', () => {
  it.each([
    ['Sam Patel', '', 'Kind regards,\nSam Patel'],
    ['  Sam  ', '  ', 'Kind regards,\nSam'],
    ['Sam', '  Sam Patel\nOffice of Alex Morgan  ', 'Kind regards,\nSam Patel\nOffice of Alex Morgan'],
    ['', '', 'Kind regards,'],
  ])('name %j, signature %j', (name, signature, text) => {
    expect(signOff(name, signature)).toBe(text);
  });
});
