import { describe, expect, it } from 'vitest';
import { timelineText } from '../../shared/copy/timeline';
import type { TimelineEntry } from '../../shared/domain/timeline';

// Every line the request page's history can show, in the words the assistant reads. Dates come
// through the screen's formatter; here a stand-in that shows which formatter was used.
const AT = { at: '2026-11-02T09:00:00.000Z', derived: false };
const day = (iso: string) => `day(${iso.slice(0, 10)})`;
const moment = (iso: string) => `moment(${iso.slice(0, 16)})`;
const words = (entry: TimelineEntry) => timelineText(entry, day, moment);
const sent = (message: 'update' | 'answer' | 'reply', medium: 'email' | 'call' | 'voicemail', closed = false): TimelineEntry => ({
  ...AT,
  kind: 'client-message-sent',
  message,
  medium,
  subject: 'The gala',
  body: '',
  closed,
});

describe('the history, line by line', () => {
  it.each<[string, TimelineEntry, string]>([
    ['logged', { ...AT, kind: 'logged' }, 'Request logged'],
    ['an ask', { ...AT, kind: 'asked', round: 1, strike: 2, note: '' }, 'Asked the boss (round 1, strike 2)'],
    [
      'an ask with a note',
      { ...AT, kind: 'asked', round: 2, strike: 1, note: 'in the 1:1' },
      'Asked the boss (round 2, strike 1): in the 1:1',
    ],
    ['an undo', { ...AT, kind: 'ask-undone', round: 1, strike: 3 }, 'Ask undone (round 1, strike 3)'],
    ['parked after one', { ...AT, kind: 'parked', strikeLimit: 1 }, 'Parked after 1 unanswered ask'],
    ['parked after three', { ...AT, kind: 'parked', strikeLimit: 3 }, 'Parked after 3 unanswered asks'],
    [
      'a re-ask date',
      { ...AT, kind: 'park-outcome-chosen', outcome: 'in-2-weeks', returnsOn: '2026-11-16T00:00:00.000Z' },
      'Set to re-ask in 2 weeks, on day(2026-11-16)',
    ],
    ['until raised', { ...AT, kind: 'park-outcome-chosen', outcome: 'until-raised', returnsOn: null }, 'Parked until the boss raises it'],
    ['back by itself', { ...AT, derived: true, kind: 'returned', round: 2 }, 'Back from parking: round 2 starts, strikes reset'],
    ['brought back', { ...AT, kind: 'unparked', round: 3 }, 'Brought back: round 3 starts, strikes reset'],
    ['decided', { ...AT, kind: 'decided', decision: 'Yes, at the silver level.' }, 'Decision recorded: Yes, at the silver level.'],
    [
      'a chase by phone',
      { ...AT, kind: 'client-contacted', channel: 'phone', chased: true, note: 'Asked for news', contactAt: AT.at },
      'The client got in touch by phone, chasing us: Asked for news',
    ],
    [
      'a contact in person',
      { ...AT, kind: 'client-contacted', channel: 'in-person', chased: false, note: '', contactAt: AT.at },
      'The client got in touch in person',
    ],
    [
      'a contact some other way',
      { ...AT, kind: 'client-contacted', channel: 'other', chased: false, note: '', contactAt: AT.at },
      'The client got in touch',
    ],
    ['an update by email', sent('update', 'email'), 'Status update sent: “The gala”'],
    ['the answer, closing it', sent('answer', 'email', true), 'Answer sent: “The gala”; request closed'],
    ['a call', sent('update', 'call'), 'Called the client (status update): “The gala”'],
    ['the answer by phone', sent('answer', 'call', true), 'Called the client (answer): “The gala”; request closed'],
    ['a voicemail', sent('reply', 'voicemail'), 'Left a voicemail (reply): “The gala”'],
    ['the answer by voicemail', sent('answer', 'voicemail', true), 'Left a voicemail (answer): “The gala”; request closed'],
    ['reopened', { ...AT, kind: 'reopened', round: 2 }, 'Reopened: round 2 starts, waiting on the boss again'],
    ['a client step', { ...AT, kind: 'client-step-set', what: 'sign the form', repeat: false }, 'The client is to sign the form'],
    [
      'a follow-up on it',
      { ...AT, kind: 'client-step-set', what: 'sign the form', repeat: true },
      'Followed up; will follow up again if nothing comes (sign the form)',
    ],
    ['the step done', { ...AT, kind: 'client-step-done', what: 'sign the form' }, 'The client did it: sign the form'],
    ['a step done, unnamed', { ...AT, kind: 'client-step-done', what: null }, 'Client step done'],
    [
      'a call proposed',
      { ...AT, kind: 'call-proposed', minutes: 1, startsAt: '2026-11-05T14:00:00.000Z' },
      'Call proposed for day(2026-11-05) (1 minute)',
    ],
    [
      'a half-hour call',
      { ...AT, kind: 'call-proposed', minutes: 30, startsAt: '2026-11-05T14:00:00.000Z' },
      'Call proposed for day(2026-11-05) (30 minutes)',
    ],
    ['a note', { ...AT, kind: 'note-added', inCaseOnly: false, askedWhom: '' }, 'Note added'],
    ['a note asked of someone', { ...AT, kind: 'note-added', inCaseOnly: false, askedWhom: 'Finance' }, 'Note added: asked Finance'],
    [
      'a just-in-case note',
      { ...AT, kind: 'note-added', inCaseOnly: true, askedWhom: 'Finance' },
      'Note added: asked Finance (asked only in case, not decided)',
    ],
    ['withdrawn', { ...AT, kind: 'withdrawn', reason: 'They found another venue.' }, 'Withdrawn: They found another venue.'],
  ])('%s', (_, entry, text) => {
    expect(words(entry)).toBe(text);
  });

  it('a correction names each field, shows no value as “none”, the contact time to the minute, and long details only as rewritten', () => {
    const entry: TimelineEntry = {
      ...AT,
      kind: 'corrected',
      changes: [
        { field: 'client.company', from: '', to: 'Acme Ltd' },
        { field: 'client.email', from: 'jane@acme.example', to: '' },
        { field: 'client.phone', from: '1', to: '2' },
        { field: 'contact.channel', from: 'in-person', to: 'voicemail' },
        { field: 'contact.at', from: '2026-11-02T08:30:00.000Z', to: '2026-11-02T08:00:00.000Z' },
        { field: 'topic', from: 'the gala', to: 'the gala tickets' },
        { field: 'details', from: 'A long text', to: 'Another long text' },
        { field: 'deadline', from: '', to: '2026-11-20' },
      ],
    };
    expect(words(entry)).toBe(
      'Corrected: company none → “Acme Ltd”; email “jane@acme.example” → none; phone “1” → “2”; ' +
        'how they reached us In person → Voicemail; when they reached us moment(2026-11-02T08:30) → moment(2026-11-02T08:00); ' +
        'topic “the gala” → “the gala tickets”; details rewritten; deadline none → “2026-11-20”',
    );
  });

  it('shows dates with the day formatter unless told otherwise', () => {
    const entry: TimelineEntry = {
      ...AT,
      kind: 'corrected',
      changes: [{ field: 'contact.at', from: '2026-11-02T08:30:00.000Z', to: '2026-11-02T08:00:00.000Z' }],
    };
    expect(timelineText(entry, day)).toBe('Corrected: when they reached us day(2026-11-02) → day(2026-11-02)');
  });
});
