import { describe, expect, it } from 'vitest';
import { prefillFromEmail, topicFromSubject, topicPhrase, type ParsedEmail } from '../../shared/email/email-prefill';
import { newText } from '../../shared/email/new-text';

const now = new Date('2026-11-20T10:00:00Z');
const mail = (overrides: Partial<ParsedEmail> = {}): ParsedEmail => ({
  from: { name: 'Siobhán O’Neill', address: 'Siobhan@ONeill.example' },
  replyTo: null,
  fromList: false,
  date: '2026-11-19T16:45:00.000Z',
  dateOffset: null,
  subject: 'The venue contract',
  messageId: '<venue.1@oneill.example>',
  text: 'Could Alex confirm the venue by Friday?',
  ...overrides,
});

describe('the New request form from an email', () => {
  it('takes the client from From, the time from Date, the channel email, the topic from Subject and the body as details', () => {
    expect(prefillFromEmail(mail(), now)).toEqual({
      clientName: 'Siobhán O’Neill',
      clientEmail: 'siobhan@oneill.example',
      channel: 'email',
      contactAt: '2026-11-19T16:45:00.000Z',
      topic: 'the venue contract',
      details: 'Could Alex confirm the venue by Friday?',
      origin: { messageId: '<venue.1@oneill.example>', from: 'siobhan@oneill.example', subject: 'The venue contract' },
      zone: null,
    });
  });

  it('gives the sender’s zone when their Date’s offset is not ours, and none when the Date was not used', () => {
    expect(prefillFromEmail(mail({ dateOffset: '-05:00' }), now).zone).toBe('-05:00');
    expect(prefillFromEmail(mail({ dateOffset: '+00:00' }), now).zone).toBeNull();
    expect(prefillFromEmail(mail({ dateOffset: '-05:00', date: '2030-01-01T00:00:00.000Z' }), now).zone).toBeNull();
  });

  it('keeps which email it was: a Message-ID over its bound, or none, becomes a stand-in that is the same each time', () => {
    const long = `<${'x'.repeat(1100)}@acme.example>`;
    const once = prefillFromEmail(mail({ messageId: long }), now).origin.messageId;
    expect(once).toMatch(/^<long\.[0-9a-f]{16}@follow-through\.invalid>$/);
    expect(prefillFromEmail(mail({ messageId: long }), now).origin.messageId).toBe(once);
    const none = prefillFromEmail(mail({ messageId: null }), now).origin.messageId;
    expect(none).toMatch(/^<no-id\.[0-9a-f]{16}@follow-through\.invalid>$/);
    expect(prefillFromEmail(mail({ messageId: null, subject: 'Another' }), now).origin.messageId).not.toBe(none);
    // A Message-ID written without its brackets is given them.
    expect(prefillFromEmail(mail({ messageId: 'bare.1@acme.example' }), now).origin.messageId).toBe('<bare.1@acme.example>');
  });

  it('answers to Reply-To when there is one', () => {
    const prefill = prefillFromEmail(mail({ replyTo: { name: 'Jean-Luc van der Berg', address: 'jl@vdb.example' } }), now);
    expect([prefill.clientName, prefill.clientEmail]).toEqual(['Jean-Luc van der Berg', 'jl@vdb.example']);
  });

  it('uses now for a Date in the future, before 1990 or missing', () => {
    for (const date of ['2026-11-21T09:00:00.000Z', '1970-01-01T00:00:00.000Z', null]) {
      expect(prefillFromEmail(mail({ date }), now).contactAt).toBe(now.toISOString());
    }
  });

  it('leaves the name empty rather than guessing when the sender gave none', () => {
    expect(prefillFromEmail(mail({ from: { name: '', address: 'ops@acme.example' } }), now).clientName).toBe('');
  });
});

describe('a mailing list', () => {
  it('is not the client: with List-Id or List-Post, the client comes from From, not the list’s Reply-To', () => {
    const listed = mail({ replyTo: { name: 'Events', address: 'events@lists.example' }, fromList: true });
    expect(prefillFromEmail(listed, now)).toMatchObject({ clientName: 'Siobhán O’Neill', clientEmail: 'siobhan@oneill.example' });
    expect(prefillFromEmail({ ...listed, fromList: false }, now).clientEmail).toBe('events@lists.example');
  });
});

describe('the topic', () => {
  it('drops reply and forward prefixes, however many and in whichever language', () => {
    expect(topicFromSubject('Re: RE: Fwd: The venue contract')).toBe('The venue contract');
    expect(topicFromSubject('AW: WG: Vertrag')).toBe('Vertrag');
    expect(topicFromSubject('[External] Re[2]: Tickets\r\n for Friday')).toBe('Tickets for Friday');
    expect(topicFromSubject('Regarding the gala')).toBe('Regarding the gala');
  });
});

describe('the details', () => {
  it('cut the quoted history of a Gmail reply', () => {
    expect(newText('Yes, Friday works.\n\nOn Tue, 17 Nov 2026 at 09:00, Sam <sam@x.example> wrote:\n> Does Friday work?')).toBe(
      'Yes, Friday works.',
    );
  });

  it('cut an Outlook reply header block and its separator', () => {
    const outlook = 'Please confirm.\r\n\r\n________________________________\r\nFrom: Sam\r\nSent: Tuesday\r\nSubject: x\r\n\r\nold';
    expect(newText(outlook)).toBe('Please confirm.');
    expect(newText('Thanks!\n\nFrom: Sam Patel\nSent: 17 November 2026 09:00\nTo: Jane')).toBe('Thanks!');
    expect(newText('Thanks!\n-----Original Message-----\nold')).toBe('Thanks!');
  });

  it('cut the signature, and keep a From: that is part of the text', () => {
    expect(newText('See you then.\n-- \nJane Doe\nAcme')).toBe('See you then.');
    expect(newText('From: the board, a question.\nCan we move it?')).toBe('From: the board, a question.\nCan we move it?');
  });
});

describe('a topic taken from a subject reads right mid-sentence', () => {
  it('lower-cases a leading article, keeps any other capital without adding quotation marks, and leaves a lower-case subject alone', () => {
    expect(topicPhrase('The venue contract')).toBe('the venue contract');
    expect(topicPhrase('An invitation to speak')).toBe('an invitation to speak');
    expect(topicPhrase('A question on the gala')).toBe('a question on the gala');
    expect(topicPhrase('Tickets for the gala')).toBe('Tickets for the gala');
    expect(topicPhrase('Paris trip')).toBe('Paris trip');
    expect(topicPhrase('VAT return')).toBe('VAT return');
    expect(topicPhrase('Annual review')).toBe('Annual review');
    expect(topicPhrase('the joint webinar')).toBe('the joint webinar');
    expect(topicPhrase('2027 budget')).toBe('2027 budget');
  });
});
