import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import type { FollowThroughService } from '../../electron/service';
import { requestDetails } from '../support/fixtures';
import { openTestStack } from '../support/open-test-store';

// Every guard that refuses an action on a request (issue 24, item 4): the action through the
// service, as main's handlers call it, in the state the guard is for. Each must say its own
// words, written here by hand, and leave the request exactly as it was: the same events, the
// same version, on disk as in memory.
const clock = new SettableClock(new Date('2026-11-04T10:00:00Z'));
let dir: string;
let service: FollowThroughService;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-refusals-'));
  clock.set(new Date('2026-11-04T10:00:00Z'));
  service = openTestStack(dir, clock).service;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const used = { subject: 'Your request', body: 'Thank you.', proposalId: null };
const v = (id: string) => service.request(id).version;

/** The states the guards are about, each reached as a user would reach it. */
const states = {
  waiting: () => service.logRequest(requestDetails()).id,
  askedOnce: () => {
    const id = states.waiting();
    service.askBoss(id, v(id), '');
    return id;
  },
  parked: () => {
    const id = states.waiting();
    for (let i = 0; i < 3; i++) service.askBoss(id, v(id), '');
    return id;
  },
  parkedWithOutcome: () => {
    const id = states.parked();
    service.chooseParkOutcome(id, v(id), 'in-2-weeks');
    return id;
  },
  decided: () => {
    const id = states.askedOnce();
    service.recordDecision(id, v(id), 'Yes, at the silver level.');
    return id;
  },
  closed: () => {
    const id = states.waiting();
    service.withdraw(id, v(id), 'They found another sponsor.');
    return id;
  },
};

type Case = [guard: string, state: keyof typeof states, act: (id: string) => unknown, message: string];
const CASES: Case[] = [
  ['undo with no ask made', 'waiting', (id) => service.undoAsk(id, v(id)), 'There is no ask in this round to undo.'],
  [
    'undo after the park’s outcome was chosen',
    'parkedWithOutcome',
    (id) => service.undoAsk(id, v(id)),
    'An outcome was already chosen for the park. Use "Bring it back now" instead.',
  ],
  ['undo once decided', 'decided', (id) => service.undoAsk(id, v(id)), 'The boss has already decided this request.'],
  [
    'an ask while parked',
    'parked',
    (id) => service.askBoss(id, v(id), ''),
    'This request is parked. Bring it back before asking the boss again.',
  ],
  [
    'an ask once decided',
    'decided',
    (id) => service.askBoss(id, v(id), ''),
    'The boss has already decided this request; there is nothing left to ask.',
  ],
  ['a second decision', 'decided', (id) => service.recordDecision(id, v(id), 'No.'), 'A decision is already recorded for this request.'],
  [
    'a decision on a closed request',
    'closed',
    (id) => service.recordDecision(id, v(id), 'No.'),
    'This request is closed. Reopen it first if the boss’s answer is still needed.',
  ],
  ['an empty decision', 'askedOnce', (id) => service.recordDecision(id, v(id), '   '), 'Write down what the boss decided.'],
  [
    'a contact in the future',
    'waiting',
    (id) => service.logClientContact(id, v(id), { channel: 'phone', contactAt: '2026-11-04T11:00:00.000Z', note: '', needs: 'reply' }),
    'That time is in the future. Enter when the client actually got in touch.',
  ],
  [
    'a contact on a closed request',
    'closed',
    (id) => service.logClientContact(id, v(id), { channel: 'phone', contactAt: '2026-11-04T09:00:00.000Z', note: '', needs: 'reply' }),
    'This request is closed. Reopen it first if the client is asking about it again.',
  ],
  [
    'a message on a closed request',
    'closed',
    (id) => service.markSent(id, v(id), 'update', 'email', used),
    'This request is closed; nothing more is owed to the client.',
  ],
  [
    'a follow-up by phone',
    'waiting',
    (id) => service.markSent(id, v(id), 'follow-up', 'call', used),
    'Only an acknowledgement, a reply, an update or an answer can be given by phone or voicemail.',
  ],
  [
    'the answer before a decision',
    'askedOnce',
    (id) => service.markSent(id, v(id), 'answer', 'email', used),
    'Record the boss’s decision before sending the answer.',
  ],
  [
    'a follow-up with nothing owed',
    'waiting',
    (id) => service.markSent(id, v(id), 'follow-up', 'email', used),
    'There is nothing the client owes us to follow up on.',
  ],
  [
    'a call proposal with no call',
    'waiting',
    (id) => service.markSent(id, v(id), 'call-proposal', 'email', used),
    'Propose a call time first.',
  ],
  ['reopening an open request', 'waiting', (id) => service.reopen(id, v(id)), 'Only a closed request can be reopened.'],
  [
    'a client step on a closed request',
    'closed',
    (id) => service.setClientStep(id, v(id), 'the logo', '2026-11-10'),
    'This request is closed.',
  ],
  ['completing a step nobody owes', 'waiting', (id) => service.completeClientStep(id, v(id)), 'The client owes nothing on this request.'],
  [
    'a call on a closed request',
    'closed',
    (id) => service.proposeCall(id, v(id), '2026-11-06T14:00:00.000Z', 30),
    'This request is closed.',
  ],
  [
    'a call in the past',
    'waiting',
    (id) => service.proposeCall(id, v(id), '2026-11-03T14:00:00.000Z', 30),
    'Pick a call time in the future.',
  ],
  [
    'a park outcome while waiting',
    'waiting',
    (id) => service.chooseParkOutcome(id, v(id), 'in-2-weeks'),
    'Only a parked request can be set to come back later.',
  ],
  [
    'back before a deadline there is none of',
    'parked',
    (id) => service.chooseParkOutcome(id, v(id), 'before-deadline'),
    'This request has no deadline to come back before.',
  ],
  ['bringing back what is not parked', 'waiting', (id) => service.unpark(id, v(id)), 'This request is not parked.'],
  [
    'withdrawing twice',
    'closed',
    (id) => service.withdraw(id, v(id), 'Again.'),
    'This request is already closed. Reopen it first if it is needed again.',
  ],
  [
    'a correction that changes nothing',
    'waiting',
    (id) => service.correctDetails(id, v(id), service.request(id).state.details),
    'Nothing was changed: the details are as they were.',
  ],
];

describe('every refusal says why and changes nothing', () => {
  it.each(CASES)('%s', (_guard, state, act, message) => {
    const id = states[state]();
    const before = structuredClone(service.documentById(id));
    const version = v(id);
    expect(() => act(id)).toThrow(message);
    try {
      act(id);
    } catch (error) {
      expect((error as Error).message).toBe(message);
    }
    expect(service.documentById(id)).toEqual(before);
    expect(v(id)).toBe(version);
    // And on disk: a restart reads the request as it was.
    expect(openTestStack(dir, clock).service.documentById(id)).toEqual(before);
  });

  it('a new request with a contact time in the future, or a boss no longer in Settings, is not logged', () => {
    expect(() => service.logRequest(requestDetails({ contact: { channel: 'email', at: '2026-11-04T10:30:00.000Z' } }))).toThrow(
      'The contact time is in the future. Enter when the client actually got in touch.',
    );
    expect(() => service.logRequest(requestDetails({ bossId: 'gone' }))).toThrow(
      'That boss is no longer in Settings. Pick one from the list.',
    );
    expect(service.requestCount()).toBe(0);
  });

  it('handing a boss’s requests to a boss not in Settings, or to the same boss, moves none of them', () => {
    const ids = [states.waiting(), states.askedOnce()];
    const before = ids.map((id) => structuredClone(service.documentById(id)));
    const from = service.request(ids[0]!).state.details.bossId;
    expect(() => service.handOverRequests(from, 'gone')).toThrow('Choose a boss who is in Settings to take these over.');
    expect(() => service.handOverRequests(from, from)).toThrow('Choose a different boss to take these over.');
    expect(ids.map((id) => service.documentById(id))).toEqual(before);
    const reopened = openTestStack(dir, clock).service;
    expect(ids.map((id) => reopened.documentById(id))).toEqual(before);
  });
});
