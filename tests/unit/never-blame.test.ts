import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTACT_CHANNELS } from '../../shared/domain/contact-channel';
import { CLIENT_MESSAGE_KINDS, type RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { DEFAULT_SETTINGS, UNKNOWN_REASON } from '../../shared/domain/settings';
import { clientDraft, INVITATION } from '../../shared/drafts/client-drafts';
import { blameWarnings, findBlame, maskWholeWords } from '../../shared/drafts/never-blame';
import { CONTACT_WORDS } from '../support/contact-words';
import { requestDetails } from '../support/fixtures';

describe('the never-blame check', () => {
  it.each([
    ['Sorry, Alex forgot about it.', 'forgot'],
    ['It had been forgotten.', 'forgotten'],
    ['The boss ignored my email.', 'ignored'],
    ['Apologies for the delay.', 'delay'],
    ['It was delayed by the board.', 'delayed'],
    ["She hasn't got round to it yet.", "n't got round to"],
    ['He has not yet got around to it.', 'not yet got around to'],
    ['It was overlooked.', 'overlooked'],
    ['It slipped his mind.', 'slipped his mind'],
    ["He hasn't had time to look.", "n't had time"],
  ])('flags %j', (text, phrase) => {
    expect(findBlame(text)).toContain(phrase);
  });

  it.each([
    'It has not been forgotten: it is in hand.',
    "It hasn't been forgotten.",
    'It is being reviewed with the team.',
    'It has been a busy week here, and it is on the list.',
    'I don’t know yet, and I’m finding out.',
  ])('lets neutral wording through: %j', (text) => {
    expect(findBlame(text)).toEqual([]);
  });

  it('masks the client’s own words only where they stand as whole words', () => {
    // Found by fast-check: a client called "Ee" used to blank the "ee" in "been".
    expect(blameWarnings('Dear Ee,\n\nIt has not been forgotten.', ['Ee', 'the delayed invoice'])).toEqual([]);
    expect(blameWarnings('About the delayed invoice: it is in hand.', ['the delayed invoice'])).toEqual([]);
    expect(blameWarnings('Sorry, it was delayed.', ['Ee'])).toEqual([
      '“delayed” could read as blaming someone. Explain the wait in neutral terms.',
    ]);
  });

  it('finds nothing in the app’s own templates and reasons', () => {
    for (const kind of CLIENT_MESSAGE_KINDS) {
      const t = DEFAULT_SETTINGS.templates[kind];
      expect(findBlame(`${t.subject}\n${t.body}`), kind).toEqual([]);
    }
    expect(findBlame([...DEFAULT_SETTINGS.holdUpReasons, UNKNOWN_REASON].join('\n'))).toEqual([]);
  });
});

// Words a client's topic and name are made of. The check is about the app's own wording, so the
// generated words are neutral and are not words of that wording (a topic called "not" would
// mask the "not" of "has not been forgotten" and make the property test itself flaky).
const APP_WORDS = new Set(
  [
    ...CLIENT_MESSAGE_KINDS.flatMap((k) => [DEFAULT_SETTINGS.templates[k].subject, DEFAULT_SETTINGS.templates[k].body]),
    ...DEFAULT_SETTINGS.holdUpReasons,
    UNKNOWN_REASON,
    INVITATION,
  ]
    .join(' ')
    .toLowerCase()
    .match(/[a-z]+/g),
);
const word = fc.stringMatching(/^[A-Za-z][a-z]{1,9}$/).filter((w) => findBlame(w).length === 0 && !APP_WORDS.has(w.toLowerCase()));
const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
const instant = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true });

describe('every generated client draft (property-based)', () => {
  it('names the topic and the exact contact moment, and blames nobody', () => {
    fc.assert(
      fc.property(
        phrase,
        phrase,
        fc.constantFrom(...CONTACT_CHANNELS),
        instant,
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom<'update' | 'acknowledgement'>('update', 'acknowledgement'),
        fc.option(fc.constantFrom(...DEFAULT_SETTINGS.holdUpReasons, UNKNOWN_REASON), { nil: null }),
        fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
        fc.boolean(),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('en-GB', 'en-US', 'en-AU'),
        (topic, name, channel, contactAt, daysLater, kind, reason, expected, invite, gapDays, locale) => {
          const now = new Date(contactAt.getTime() + daysLater * 86_400_000);
          const events: RequestEvent[] = [
            {
              type: 'logged',
              at: contactAt.toISOString(),
              request: requestDetails({
                topic,
                client: { name, company: '', email: '', phone: '' },
                contact: { channel, at: contactAt.toISOString() },
              }),
            },
          ];
          const state = foldRequest('r1', events, now);
          const draft = clientDraft(state, DEFAULT_SETTINGS, { gapDays }, now, {
            kind,
            medium: 'email',
            locale,
            reason,
            expectedBusinessDays: expected,
            invite,
          });
          expect(draft.subject).toContain(topic);
          expect(draft.body).toContain(topic);
          // Named as the client would recognise it: how they reached us, and the weekday (Intl's
          // own name for it, not the app's formatting).
          const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(contactAt);
          expect(draft.body).toContain(`${CONTACT_WORDS[channel]} on ${weekday}`);
          expect(findBlame(maskWholeWords(draft.body, [topic, name]))).toEqual([]);
          expect(draft.warnings).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
