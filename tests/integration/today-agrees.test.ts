import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import type { FollowThroughService } from '../../electron/service';
import { requestDetails } from '../support/fixtures';
import { openTestStack } from '../support/open-test-store';

let dir: string;
// Monday 2 November 2026, 09:00 London (GMT).
const clock = new SettableClock(new Date('2026-11-02T09:00:00Z'));
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-agree-'));
  clock.set(new Date('2026-11-02T09:00:00Z'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const client = (name: string) => ({ name, company: '', email: `${name.split(' ')[0]!.toLowerCase()}@x.example`, phone: '' });

/** What Today's row shows for a request, and what the request page shows, from main as each screen asks. */
function bothSides(service: FollowThroughService, id: string) {
  const row = service
    .todayView()
    .sections.flatMap((s) => s.rows)
    .find((r) => r.requestId === id);
  const page = service.request(id);
  const facts = (items: { kind: string; late: boolean; due: string }[]) => items.map((i) => `${i.kind}${i.late ? '!' : ''} ${i.due}`);
  return { today: row ? facts(row.items) : [], page: facts(page.due), action: row?.action ?? null };
}

describe('Today and the request page show the same due items, late or not', () => {
  it('for every kind of item', () => {
    const { service } = openTestStack(dir, clock);
    const log = (name: string, extra: Parameters<typeof requestDetails>[0] = {}) =>
      service.logRequest(requestDetails({ client: client(name), contact: { channel: 'email', at: '2026-11-02T08:30:00.000Z' }, ...extra }));
    const sent = (id: string, kind: 'acknowledgement' | 'update' | 'answer') =>
      service.markSent(id, service.request(id).version, kind, 'email', { subject: 'x', body: '', proposalId: null });

    const ack = log('Ann Ack'); // acknowledgement and ask
    const reply = log('Ben Reply');
    sent(reply.id, 'acknowledgement');
    const park = log('Cat Park', { deadline: '2026-11-04' }); // parked, choose an outcome; deadline near
    for (let i = 0; i < 3; i++) service.askBoss(park.id, service.request(park.id).version, '');
    const answer = log('Dan Answer');
    service.recordDecision(answer.id, answer.version, 'Yes.');
    const step = log('Eve Step');
    sent(step.id, 'acknowledgement');
    service.setClientStep(step.id, service.request(step.id).version, 'sign the form', '2026-11-02T00:00:00.000Z');
    const call = log('Fay Call');
    service.proposeCall(call.id, call.version, '2026-11-02T15:00:00.000Z', 30);
    const back = log('Gus Back');
    for (let i = 0; i < 3; i++) service.askBoss(back.id, service.request(back.id).version, '');
    service.chooseParkOutcome(back.id, service.request(back.id).version, 'in-2-weeks');

    // Ben writes again at 10:00: a reply is due.
    clock.set(new Date('2026-11-02T10:05:00Z'));
    service.logClientContact(reply.id, service.request(reply.id).version, {
      channel: 'email',
      contactAt: '2026-11-02T10:00:00.000Z',
      note: 'Any news?',
      needs: 'reply',
    });

    const monday = Object.fromEntries([ack, reply, park, answer, step, call].map((r) => [r.clientName, bothSides(service, r.id)]));
    for (const [name, sides] of Object.entries(monday)) expect(sides.today, name).toEqual(sides.page);
    expect(Object.fromEntries(Object.entries(monday).map(([name, s]) => [name, s.today]))).toEqual({
      'Ann Ack': ['acknowledge 2026-11-02T08:30:00.000Z', 'ask 2026-11-02T00:00:00.000Z'],
      'Ben Reply': ['reply 2026-11-02T10:00:00.000Z', 'ask 2026-11-02T00:00:00.000Z'],
      'Cat Park': ['acknowledge 2026-11-02T08:30:00.000Z', 'choose-park 2026-11-02T09:00:00.000Z', 'deadline 2026-11-04T00:00:00.000Z'],
      // Decided before the acknowledgement: the answer is owed, on the acknowledgement's clock.
      'Dan Answer': ['answer 2026-11-02T08:30:00.000Z'],
      'Eve Step': ['ask 2026-11-02T00:00:00.000Z', 'client-step 2026-11-02T00:00:00.000Z'],
      'Fay Call': ['acknowledge 2026-11-02T08:30:00.000Z', 'ask 2026-11-02T00:00:00.000Z', 'call 2026-11-02T15:00:00.000Z'],
    });

    // Two weeks on, Monday 16th: late updates, late acknowledgements, a deadline gone by, and Gus back from parking.
    clock.set(new Date('2026-11-16T09:00:00Z'));
    for (const r of [ack, reply, park, answer, step, call, back]) {
      const sides = bothSides(service, r.id);
      expect(sides.today, r.clientName).toEqual(sides.page);
    }
    expect(bothSides(service, park.id).today).toEqual([
      'acknowledge! 2026-11-02T08:30:00.000Z',
      // The update was due the working day before her deadline.
      'update! 2026-11-03T00:00:00.000Z',
      'deadline! 2026-11-04T00:00:00.000Z',
      'choose-park 2026-11-02T09:00:00.000Z',
    ]);
    expect(bothSides(service, back.id).today).toContain('reask 2026-11-16T00:00:00.000Z');
  });
});
