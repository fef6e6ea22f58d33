import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest, lastClientTouch } from '../../shared/domain/request-state';
import { logged, requestDetails } from '../support/fixtures';

describe('the fold', () => {
  it('starts from the logged event: waiting, round 1, no strikes, version 1', () => {
    const state = foldRequest('r1', [logged()], new Date('2026-11-02T09:00:00Z'));
    expect({ ...state, details: 'as logged' }).toEqual({
      id: 'r1',
      version: 1,
      details: 'as logged',
      loggedAt: '2026-11-02T09:00:00.000Z',
      status: 'waiting',
      round: 1,
      roundStartedAt: '2026-11-02T09:00:00.000Z',
      roundStartedBy: 'logged',
      strikes: 0,
      asks: [],
      park: null,
      decision: null,
      acknowledgedAt: null,
      acknowledgementSince: '2026-11-02T08:30:00.000Z',
      replyOwed: null,
      chase: null,
      raisedIn: { at: '2026-11-02T08:30:00.000Z', channel: 'email', note: '', chased: false },
      inbound: [{ at: '2026-11-02T08:30:00.000Z', channel: 'email', note: '', chased: false }],
      outbound: [],
      clientStep: null,
      call: null,
      notes: [],
      withdrawn: null,
      timeline: [{ at: '2026-11-02T09:00:00.000Z', kind: 'logged', derived: false }],
    });
  });

  it('refuses an event list that does not start with "logged"', () => {
    expect(() => foldRequest('r1', [], new Date())).toThrow('no "logged" event first');
    expect(() => foldRequest('r1', [{ type: 'asked', at: '2026-11-02T09:00:00Z', note: '' }], new Date())).toThrow(
      'Request r1 has no "logged" event first',
    );
  });

  it('adds up the events: three asks park it, the version counts every event', () => {
    const events: RequestEvent[] = [
      logged(),
      { type: 'asked', at: '2026-11-02T10:00:00.000Z', note: 'in the 1:1' },
      { type: 'asked', at: '2026-11-04T10:00:00.000Z', note: '' },
      { type: 'asked', at: '2026-11-06T10:00:00.000Z', note: '' },
      { type: 'parked', at: '2026-11-06T10:00:00.000Z', strikeLimit: 3 },
    ];
    const state = foldRequest('r1', events, new Date('2026-11-06T11:00:00Z'));
    expect(state).toMatchObject({ version: 5, status: 'parked', strikes: 3, round: 1 });
    expect(state.asks.map((a) => [a.round, a.strike, a.note])).toEqual([
      [1, 1, 'in the 1:1'],
      [1, 2, ''],
      [1, 3, ''],
    ]);
    expect(state.timeline.map((t) => t.kind)).toEqual(['logged', 'asked', 'asked', 'asked', 'parked']);
  });

  it('lets time pass: the same events seen after the re-ask date start round 2 with strikes reset', () => {
    const events: RequestEvent[] = [
      logged(),
      { type: 'asked', at: '2026-11-02T10:00:00.000Z', note: '' },
      { type: 'parked', at: '2026-11-02T10:00:00.000Z', strikeLimit: 1 },
      { type: 'park-outcome-chosen', at: '2026-11-02T10:01:00.000Z', outcome: 'in-2-weeks', returnsOn: '2026-11-16T00:00:00.000Z' },
    ];
    expect(foldRequest('r1', events, new Date('2026-11-15T23:59:00Z'))).toMatchObject({ status: 'parked', round: 1, strikes: 1 });
    const back = foldRequest('r1', events, new Date('2026-11-16T00:00:00Z'));
    expect(back).toMatchObject({ status: 'waiting', round: 2, strikes: 0, roundStartedBy: 'returned', version: 4 });
    expect(back.timeline.at(-1)).toEqual({ at: '2026-11-16T00:00:00.000Z', kind: 'returned', round: 2, derived: true });
  });

  it('keeps a park only while parked: an outcome found on a waiting request is left out', () => {
    const events: RequestEvent[] = [
      logged(),
      { type: 'park-outcome-chosen', at: '2026-11-02T10:00:00.000Z', outcome: 'in-2-weeks', returnsOn: '2026-11-16T00:00:00.000Z' },
    ];
    const state = foldRequest('r1', events, new Date('2026-11-02T11:00:00Z'));
    expect(state).toMatchObject({ status: 'waiting', park: null, version: 2 });
    expect(state.timeline.map((t) => t.kind)).toEqual(['logged']);
  });
});

describe('a whole history, entry by entry', () => {
  const at = (day: string, time: string) => `2026-11-${day}T${time}:00.000Z`;
  const events: RequestEvent[] = [
    logged(at('02', '09:00')),
    { type: 'client-message-sent', at: at('02', '10:00'), kind: 'acknowledgement', subject: 'Thanks' },
    { type: 'asked', at: at('02', '11:00'), note: 'in the 1:1' },
    { type: 'ask-undone', at: at('02', '11:05') },
    { type: 'asked', at: at('02', '11:10'), note: '' },
    { type: 'asked', at: at('04', '11:00'), note: '' },
    { type: 'asked', at: at('06', '11:00'), note: '' },
    { type: 'parked', at: at('06', '11:00'), strikeLimit: 3 },
    { type: 'park-outcome-chosen', at: at('06', '11:30'), outcome: 'in-2-weeks', returnsOn: at('20', '00:00') },
    { type: 'unparked', at: at('09', '09:00') },
    { type: 'client-step-set', at: at('09', '10:00'), what: 'sign the form', chaseOn: at('12', '00:00') },
    { type: 'client-step-set', at: at('12', '10:00'), what: 'sign the form', chaseOn: at('16', '00:00') },
    { type: 'client-step-done', at: at('13', '09:00') },
    { type: 'call-proposed', at: at('13', '09:30'), startsAt: at('16', '14:00'), minutes: 30 },
    { type: 'note-added', at: at('13', '10:00'), note: { text: 'Budget?', askedWhom: 'Finance', onBehalfOf: 'Jane', inCaseOnly: true } },
    { type: 'decided', at: at('16', '15:00'), decision: 'Yes.' },
    { type: 'client-message-sent', at: at('16', '16:00'), kind: 'answer', subject: 'The answer', medium: 'call', body: 'We can go ahead.' },
    { type: 'reopened', at: at('18', '09:00') },
    { type: 'withdrawn', at: at('19', '09:00'), reason: 'No longer needed.' },
  ];
  // Folded inside each test: mutation testing switches a change on per test, not while the file is read.
  const fold = () => foldRequest('r1', events, new Date('2026-11-30T09:00:00Z'));

  it('writes one history line for each, with its facts, none of them derived', () => {
    const line = (when: string, fact: object) => ({ at: when, derived: false, ...fact });
    expect(fold().timeline).toEqual([
      line(at('02', '09:00'), { kind: 'logged' }),
      line(at('02', '10:00'), {
        kind: 'client-message-sent',
        message: 'acknowledgement',
        medium: 'email',
        subject: 'Thanks',
        body: '',
        closed: false,
      }),
      line(at('02', '11:00'), { kind: 'asked', round: 1, strike: 1, note: 'in the 1:1' }),
      line(at('02', '11:05'), { kind: 'ask-undone', round: 1, strike: 1 }),
      line(at('02', '11:10'), { kind: 'asked', round: 1, strike: 1, note: '' }),
      line(at('04', '11:00'), { kind: 'asked', round: 1, strike: 2, note: '' }),
      line(at('06', '11:00'), { kind: 'asked', round: 1, strike: 3, note: '' }),
      line(at('06', '11:00'), { kind: 'parked', strikeLimit: 3 }),
      line(at('06', '11:30'), { kind: 'park-outcome-chosen', outcome: 'in-2-weeks', returnsOn: at('20', '00:00') }),
      line(at('09', '09:00'), { kind: 'unparked', round: 2 }),
      line(at('09', '10:00'), { kind: 'client-step-set', what: 'sign the form', repeat: false }),
      line(at('12', '10:00'), { kind: 'client-step-set', what: 'sign the form', repeat: true }),
      line(at('13', '09:00'), { kind: 'client-step-done', what: 'sign the form' }),
      line(at('13', '09:30'), { kind: 'call-proposed', minutes: 30, startsAt: at('16', '14:00') }),
      line(at('13', '10:00'), { kind: 'note-added', inCaseOnly: true, askedWhom: 'Finance' }),
      line(at('16', '15:00'), { kind: 'decided', decision: 'Yes.' }),
      line(at('16', '16:00'), {
        kind: 'client-message-sent',
        message: 'answer',
        medium: 'call',
        subject: 'The answer',
        body: 'We can go ahead.',
        closed: true,
      }),
      line(at('18', '09:00'), { kind: 'reopened', round: 3 }),
      line(at('19', '09:00'), { kind: 'withdrawn', reason: 'No longer needed.' }),
    ]);
  });

  it('ends where the history leaves it: withdrawn in round 3, owed an acknowledgement since the reopening', () => {
    expect({ ...fold(), timeline: 'above', details: 'as logged' }).toEqual({
      id: 'r1',
      version: 19,
      loggedAt: at('02', '09:00'),
      status: 'closed',
      round: 3,
      roundStartedAt: at('18', '09:00'),
      roundStartedBy: 'reopened',
      strikes: 0,
      asks: [
        { at: at('02', '11:10'), note: '', round: 1, strike: 1 },
        { at: at('04', '11:00'), note: '', round: 1, strike: 2 },
        { at: at('06', '11:00'), note: '', round: 1, strike: 3 },
      ],
      park: null,
      decision: null,
      acknowledgedAt: null,
      acknowledgementSince: at('18', '09:00'),
      replyOwed: null,
      chase: null,
      // Reopened with nothing new logged: no message raised this round yet.
      raisedIn: null,
      inbound: [{ at: '2026-11-02T08:30:00.000Z', channel: 'email', note: '', chased: false }],
      outbound: [
        { at: at('02', '10:00'), kind: 'acknowledgement', subject: 'Thanks', medium: 'email', edit: null, promised: null },
        { at: at('16', '16:00'), kind: 'answer', subject: 'The answer', medium: 'call', edit: null, promised: null },
      ],
      clientStep: null,
      call: { startsAt: at('16', '14:00'), minutes: 30, proposedAt: at('13', '09:30') },
      notes: [{ text: 'Budget?', askedWhom: 'Finance', onBehalfOf: 'Jane', inCaseOnly: true, at: at('13', '10:00'), edit: null }],
      withdrawn: { at: at('19', '09:00'), reason: 'No longer needed.' },
      timeline: 'above',
      details: 'as logged',
    });
  });
});

describe('the fold, on histories mended by hand', () => {
  it('passes over an undo with no ask before it, and a second "logged"; a step done with none set says so', () => {
    const state = foldRequest(
      'r1',
      [
        logged(),
        { type: 'ask-undone', at: '2026-11-02T10:00:00.000Z' },
        logged('2026-11-02T11:00:00.000Z'),
        { type: 'client-step-done', at: '2026-11-02T11:30:00.000Z' },
      ],
      new Date('2026-11-02T12:00:00Z'),
    );
    expect(state).toMatchObject({ status: 'waiting', strikes: 0, asks: [], version: 4, clientStep: null });
    expect(state.timeline.map((t) => [t.kind, 'what' in t ? t.what : '-'])).toEqual([
      ['logged', '-'],
      ['client-step-done', null],
    ]);
  });
});

describe('a corrected contact time', () => {
  const correction = (at: string, contactAt: string): RequestEvent => ({
    type: 'corrected',
    at,
    details: requestDetails({ contact: { channel: 'phone', at: contactAt } }),
    changes: [{ field: 'contact.at', from: '2026-11-02T08:30:00.000Z', to: contactAt }],
  });

  it('moves the acknowledgement’s clock while it runs from the first contact', () => {
    const state = foldRequest(
      'r1',
      [logged(), correction('2026-11-02T09:30:00.000Z', '2026-11-02T08:00:00.000Z')],
      new Date('2026-11-02T10:00:00Z'),
    );
    expect(state.acknowledgementSince).toBe('2026-11-02T08:00:00.000Z');
    expect(state.inbound).toEqual([{ at: '2026-11-02T08:00:00.000Z', channel: 'phone', note: '', chased: false }]);
  });

  it('leaves it alone when it runs from a later message that asked for one', () => {
    const state = foldRequest(
      'r1',
      [
        logged(),
        { type: 'client-message-sent', at: '2026-11-02T09:10:00.000Z', kind: 'acknowledgement', subject: 'Thanks' },
        {
          type: 'client-contacted',
          at: '2026-11-03T09:00:00.000Z',
          channel: 'email',
          contactAt: '2026-11-03T08:45:00.000Z',
          note: 'A new question',
          chased: false,
          needs: 'acknowledgement',
        },
        correction('2026-11-03T09:30:00.000Z', '2026-11-02T08:00:00.000Z'),
      ],
      new Date('2026-11-03T10:00:00Z'),
    );
    expect(state.acknowledgementSince).toBe('2026-11-03T08:45:00.000Z');
  });
});

describe('the last touch between client and us', () => {
  it('is the latest of their contacts and our messages, whichever list it is in', () => {
    // Their call on Wednesday came after our update on Tuesday: the call is the last touch.
    const state = foldRequest(
      'r1',
      [
        logged(),
        { type: 'client-message-sent', at: '2026-11-02T10:00:00.000Z', kind: 'acknowledgement', subject: 'Thanks' },
        { type: 'client-message-sent', at: '2026-11-03T12:00:00.000Z', kind: 'update', subject: 'News' },
        {
          type: 'client-contacted',
          at: '2026-11-04T09:05:00.000Z',
          channel: 'phone',
          contactAt: '2026-11-04T09:00:00.000Z',
          note: '',
          chased: false,
        },
      ],
      new Date('2026-11-04T10:00:00Z'),
    );
    expect(lastClientTouch(state)).toEqual(new Date('2026-11-04T09:00:00.000Z'));
  });
});
