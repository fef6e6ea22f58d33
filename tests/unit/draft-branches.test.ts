import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { askDraft, digestDraft } from '../../shared/drafts/boss-drafts';
import { clientDraft, introduction } from '../../shared/drafts/client-drafts';
import { draftChoices } from '../../shared/drafts/draft-choices';
import { renderTemplate, unknownPlaceholders } from '../../shared/drafts/template';
import { researchDraft } from '../../shared/drafts/research-draft';
import { DomainError } from '../../shared/domain/domain-error';
import { draftOptions, logged, settings } from '../support/fixtures';

// The branches of the drafts that the everyday cases do not reach (issue 24): who the caller
// says they are, a voicemail with no number to call back, how long a client has waited, the
// digest's lines, the composer's menu once decided or parked, and placeholders nobody knows.
const ALEX = { id: 'alex', name: 'Alex Morgan', email: 'alex@office.example' };
const config = settings({ assistantName: 'Sam Patel', bosses: [ALEX], defaultBossId: 'alex' });
const NOW = new Date('2026-11-04T10:00:00Z');
const request = (id: string, extra: RequestEvent[] = [], overrides: Parameters<typeof logged>[1] = {}) =>
  foldRequest(id, [logged('2026-11-02T09:00:00.000Z', { bossId: 'alex', ...overrides }), ...extra], NOW);

describe('who a call or voicemail says is calling', () => {
  it.each([
    ['Sam Patel', 'Alex Morgan', 'This is Sam Patel, Alex Morgan’s assistant.'],
    ['Sam Patel', '', 'This is Sam Patel.'],
    ['  ', 'Alex Morgan', 'I’m calling from Alex Morgan’s office.'],
    ['', '', ''],
  ])('assistant %j, boss %j: %j', (assistantName, bossName, said) => {
    expect(introduction(settings({ assistantName, bosses: [{ ...ALEX, name: bossName }] }), 'alex')).toBe(said);
  });
});

describe('a voicemail', () => {
  const voicemail = (callbackNumber: string) =>
    clientDraft(
      request('vm'),
      settings({ ...config, callbackNumber }),
      { gapDays: 7 },
      NOW,
      draftOptions({ kind: 'acknowledgement', medium: 'voicemail' }),
    ).body;

  it('with a number, says it twice', () => {
    expect(voicemail('020 7946 0000')).toContain('You can reach me on 020 7946 0000. That’s 020 7946 0000.');
  });

  it('with none in Settings, asks them to call back, and says no number', () => {
    const body = voicemail('  ');
    expect(body).toContain('Do call me back when it suits you.');
    expect(body).not.toContain('You can reach me on');
  });
});

describe('how long the client has waited, in the ask', () => {
  const asked = (at: string): RequestEvent => ({ type: 'asked', at, note: '' });
  it.each([
    ['the same day', '2026-11-02T09:00:00.000Z', '2026-11-02T16:00:00Z', 'they have waited under a day'],
    ['the next day', '2026-11-02T09:00:00.000Z', '2026-11-03T08:00:00Z', 'they have waited 1 day'],
    ['three days on', '2026-11-02T09:00:00.000Z', '2026-11-05T09:00:00Z', 'they have waited 3 days'],
  ])('%s', (_when, contactAt, now, said) => {
    const state = foldRequest(
      'w',
      [logged(contactAt, { bossId: 'alex', contact: { channel: 'email', at: contactAt } }), asked(contactAt)],
      new Date(now),
    );
    expect(askDraft(state, config, new Date(now), 'en-GB').body).toContain(said);
  });
});

describe('the digest', () => {
  it('lists each request with its wait, its asks and any deadline, oldest first', () => {
    const older = foldRequest(
      'older',
      [
        logged('2026-10-29T09:00:00.000Z', {
          bossId: 'alex',
          topic: 'the gala tickets',
          client: { name: 'Priya Shah', company: 'Northwind', email: 'priya@northwind.example', phone: '' },
          contact: { channel: 'phone', at: '2026-10-29T09:00:00.000Z' },
          deadline: '2026-11-13',
        }),
        { type: 'asked', at: '2026-10-30T09:00:00.000Z', note: '' },
      ],
      NOW,
    );
    const newer = request('newer');
    const draft = digestDraft([newer, older], config, 'alex', NOW, 'en-GB', null);
    expect(draft.items.map((i) => i.line)).toEqual([
      '1. The gala tickets, from Priya Shah at Northwind\n   Waiting 6 days, since Thursday 29 October. Asked 1 of 3 times. Client deadline: Friday 13 November.',
      '2. The sponsorship proposal, from Jane Doe at Acme Ltd\n   Waiting 2 days, since Monday 2 November. Not asked yet.',
    ]);
  });
});

describe('the composer’s menu', () => {
  const profile = { title: '', greeting: null, preferredChannel: null, timeZone: null };
  const ack = { type: 'client-message-sent', at: '2026-11-02T09:30:00.000Z', kind: 'acknowledgement', subject: 'Thanks' } as const;

  it('once decided: the answer first, then nothing else is owed', () => {
    const decided = request('d', [ack, { type: 'decided', at: '2026-11-03T09:00:00.000Z', decision: 'Yes.' }]);
    expect(draftChoices(decided, profile)).toEqual([{ kind: 'answer', media: ['email'] }]);
  });

  it('parked: an update still goes to the client', () => {
    const asks: RequestEvent[] = ['2026-11-02T10:00:00.000Z', '2026-11-03T10:00:00.000Z', '2026-11-04T09:00:00.000Z'].map((at) => ({
      type: 'asked',
      at,
      note: '',
    }));
    const parked = request('p', [ack, ...asks, { type: 'parked', at: '2026-11-04T09:00:00.000Z', strikeLimit: 3 }]);
    expect(parked.status).toBe('parked');
    expect(draftChoices(parked, profile)).toEqual([{ kind: 'update', media: ['email'] }]);
  });

  it('what the client owes and a proposed call: email only, after the messages a call can carry', () => {
    const extra: RequestEvent[] = [
      { type: 'client-step-set', at: '2026-11-02T10:00:00.000Z', what: 'the signed form', chaseOn: '2026-11-05T00:00:00.000Z' },
      { type: 'call-proposed', at: '2026-11-02T10:05:00.000Z', startsAt: '2026-11-05T14:00:00.000Z', minutes: 30 },
    ];
    // They left a voicemail: the acknowledgement and the update can be a call or a voicemail too.
    const byVoicemail = request('v', extra, { contact: { channel: 'voicemail', at: '2026-11-02T08:30:00.000Z' } });
    expect(draftChoices(byVoicemail, profile)).toEqual([
      { kind: 'acknowledgement', media: ['email', 'call', 'voicemail'] },
      { kind: 'update', media: ['email', 'call', 'voicemail'] },
      { kind: 'follow-up', media: ['email'] },
      { kind: 'call-proposal', media: ['email'] },
    ]);
    // An address of spaces is no address: the scripts only, and the rest stay emails that say how to add one.
    const noAddress = request('n', extra, { client: { name: 'Jane Doe', company: '', email: '   ', phone: '' } });
    expect(draftChoices(noAddress, profile)).toEqual([
      { kind: 'acknowledgement', media: ['call', 'voicemail'] },
      { kind: 'update', media: ['call', 'voicemail'] },
      { kind: 'follow-up', media: ['email'] },
      { kind: 'call-proposal', media: ['email'] },
    ]);
  });

  it('a client who emailed first and rang since is offered the phone too', () => {
    const rang: RequestEvent = {
      type: 'client-contacted',
      at: '2026-11-03T09:05:00.000Z',
      channel: 'phone',
      contactAt: '2026-11-03T09:00:00.000Z',
      note: '',
      chased: false,
    };
    expect(draftChoices(request('r', [ack, rang]), profile)[0]).toEqual({ kind: 'reply', media: ['email', 'call', 'voicemail'] });
  });

  it('withdrawn: the closing note, by email, until it has gone', () => {
    const withdrawn: RequestEvent = { type: 'withdrawn', at: '2026-11-03T09:00:00.000Z', reason: 'No longer needed.' };
    expect(draftChoices(request('c', [withdrawn]), profile)).toEqual([{ kind: 'closing', media: ['email'] }]);
    const closingSent: RequestEvent = { type: 'client-message-sent', at: '2026-11-03T09:05:00.000Z', kind: 'closing', subject: 'Closed' };
    expect(draftChoices(request('c', [withdrawn, closingSent]), profile)).toEqual([]);
  });

  it('answered and closed: nothing', () => {
    const decided: RequestEvent = { type: 'decided', at: '2026-11-03T09:00:00.000Z', decision: 'Yes.' };
    const answered: RequestEvent = { type: 'client-message-sent', at: '2026-11-03T09:05:00.000Z', kind: 'answer', subject: 'An answer' };
    expect(draftChoices(request('c', [decided, answered]), profile)).toEqual([]);
  });
});

describe('placeholders nobody knows', () => {
  it.each([
    ['Hello {{ topic }} and {{clientName}}', []],
    ['About {{nope}}, {{ Nope }} and {{nope}} again', ['nope', 'Nope']],
    ['{topic} and {{ 123 }} are not placeholders', []],
  ])('%j', (text, unknown) => {
    expect(unknownPlaceholders(text)).toEqual(unknown);
  });
});

describe('filling a template', () => {
  it('tidies what empty placeholders leave: one line of subject, single spaces, no run of blank lines', () => {
    const template = {
      subject: '{{topic}}:  {{missing}}\n\t{{reason}} update',
      body: 'Dear {{clientName}},\n\n\n\nThe  {{missing}}\t plan.   \n{{reason}}\n\nBest wishes',
    };
    expect(renderTemplate(template, { topic: 'the gala tickets', clientName: 'Jane' })).toEqual({
      subject: 'The gala tickets: update',
      body: 'Dear Jane,\n\nThe plan.\n\nBest wishes',
    });
  });

  it('starts the subject with a capital and the body with its first line, whatever space an empty placeholder left', () => {
    expect(renderTemplate({ subject: '  {{topic}}  ', body: '\n{{decision}}\nYes\n\n' }, { topic: 'the gala', decision: '' })).toEqual({
      subject: 'The gala',
      body: 'Yes',
    });
  });

  it('leaves a value that itself looks like a placeholder as it was typed', () => {
    expect(
      renderTemplate({ subject: 'About {{topic}}', body: '{{decision}}' }, { topic: '{{clientName}}', decision: 'Yes, {{ topic }}.' }),
    ).toEqual({
      subject: 'About {{clientName}}',
      body: 'Yes, {{ topic }}.',
    });
  });
});

describe('a question to a colleague, just in case', () => {
  const body = (question: string, forWhom: string) =>
    [
      'Hello Robin,',
      '',
      `I am looking into something just in case, and I think you may know the answer. ${question}`,
      '',
      `Nothing has been decided, and it may not go ahead.${forWhom ? ` ${forWhom}` : ''}`,
      '',
      'If and when it does go ahead, I will keep you posted. Thank you for your help.',
      '',
      'Kind regards,',
      'Sam Patel',
    ].join('\n');
  const ask = (question: string, includeClient: boolean, overrides: Parameters<typeof logged>[1] = {}, config = settings(config0)) =>
    researchDraft(request('q', [], overrides), config, {
      colleague: '  Robin Lee  ',
      colleagueEmail: ' robin@office.example ',
      question,
      includeClient,
    });
  const config0 = config;

  it('says who it is for and on whose behalf, when ticked', () => {
    expect(ask('  what does the gala room cost ', true)).toEqual({
      kind: 'research',
      to: 'robin@office.example',
      toName: 'Robin Lee',
      subject: 'A question, just in case',
      body: body('What does the gala room cost?', 'It is for Jane Doe at Acme Ltd, and I am asking on behalf of Alex Morgan.'),
      warnings: [],
      medium: 'email',
      template: 'research',
      spokenSeconds: null,
      advice: [],
    });
  });

  it('names whoever is known: the client alone, the company alone, or nobody', () => {
    const noBoss = settings({ ...config0, bosses: [{ ...ALEX, name: '' }] });
    const forWhom = (client: { name: string; company: string }, config = noBoss) =>
      ask('Is it free?', true, { client: { ...client, email: '', phone: '' } }, config).body.split('\n')[4];
    expect(forWhom({ name: ' Priya Shah ', company: '' })).toBe('Nothing has been decided, and it may not go ahead. It is for Priya Shah.');
    expect(forWhom({ name: '', company: ' Northwind ' })).toBe('Nothing has been decided, and it may not go ahead. It is for Northwind.');
    expect(forWhom({ name: '', company: '' })).toBe('Nothing has been decided, and it may not go ahead.');
    expect(forWhom({ name: '', company: '' }, config0)).toBe(
      'Nothing has been decided, and it may not go ahead. I am asking on behalf of Alex Morgan.',
    );
  });

  it('unticked, says neither, and warns when the question itself names the client or their company', () => {
    const draft = ask('Is the Acme Ltd room free for Jane Doe.', false, {
      client: { name: 'Jane Doe', company: '  Acme Ltd ', email: '', phone: '' },
    });
    expect(draft.body).toBe(body('Is the Acme Ltd room free for Jane Doe.', ''));
    expect(draft.advice).toEqual([
      'The question names “Jane Doe”. Take it out, or tick the box to say who it is for.',
      'The question names “Acme Ltd”. Take it out, or tick the box to say who it is for.',
    ]);
    expect(ask('Is the room free?', false).advice).toEqual([]);
  });

  it('warns when the question itself could read as blame', () => {
    expect(ask('Did the boss forget the invoice', false).warnings).toEqual([
      '“forget” could read as blaming someone. Explain the wait in neutral terms.',
    ]);
  });

  it('ends the question with a question mark unless it already ends a sentence', () => {
    expect(ask('Room A? Or room B', false).body.split('\n')[2]).toBe(
      'I am looking into something just in case, and I think you may know the answer. Room A? Or room B?',
    );
    expect(ask('Tell me the price!', false).body.split('\n')[2]).toBe(
      'I am looking into something just in case, and I think you may know the answer. Tell me the price!',
    );
  });

  it('refuses an empty question, next to the field', () => {
    expect(() => ask('   ', true)).toThrow(new DomainError('Write the question you want to ask.', { question: 'Write the question.' }));
  });
});
