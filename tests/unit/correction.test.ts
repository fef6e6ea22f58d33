import { describe, expect, it } from 'vitest';
import { timelineText } from '../../shared/copy/timeline';
import { DomainError } from '../../shared/domain/domain-error';
import { correctDetails, handOver, withdraw } from '../../shared/rules/correction';
import { reopen } from '../../shared/rules/client-track';
import { logged, requestDetails, RequestScript, settings } from '../support/fixtures';

const config = settings({
  bosses: [
    { id: 'boss-1', name: 'Alex Morgan', email: '' },
    { id: 'boss-2', name: 'Robin Lee', email: '' },
  ],
});

describe('correcting what was logged', () => {
  it('records the old and new value of each field that moved, and the fold takes the new details', () => {
    const script = new RequestScript(
      config,
      logged('2026-11-02T09:00:00.000Z', { client: { ...requestDetails().client, name: 'Jane Do' } }),
    );
    const fixed = requestDetails({ contact: { channel: 'phone', at: '2026-11-02T08:00:00.000Z' }, bossId: 'boss-2' });
    script.do('2026-11-03T10:00:00.000Z', (state, at) => correctDetails(state, fixed, config, at));
    const event = script.events.at(-1)!;
    expect(event).toMatchObject({
      type: 'corrected',
      changes: [
        { field: 'client.name', from: 'Jane Do', to: 'Jane Doe' },
        { field: 'contact.channel', from: 'email', to: 'phone' },
        { field: 'contact.at', from: '2026-11-02T08:30:00.000Z', to: '2026-11-02T08:00:00.000Z' },
        { field: 'bossId', from: 'Alex Morgan', to: 'Robin Lee' },
      ],
    });
    const state = script.stateAt('2026-11-03T10:00:00.000Z');
    expect(state.details).toEqual(fixed);
    // The first contact moves with the correction; the client's clock runs from it.
    expect(state.inbound[0]).toMatchObject({ at: '2026-11-02T08:00:00.000Z', channel: 'phone' });
    expect(timelineText(state.timeline.at(-1)!, (iso) => iso.slice(0, 16))).toBe(
      'Corrected: client name “Jane Do” → “Jane Doe”; how they reached us Email → Phone; when they reached us 2026-11-02T08:30 → 2026-11-02T08:00; who decides “Alex Morgan” → “Robin Lee”',
    );
  });

  it('refuses a correction that changes nothing, a contact time in the future, or a boss not in Settings', () => {
    const state = new RequestScript(config).stateAt('2026-11-03T10:00:00.000Z');
    const now = new Date('2026-11-03T10:00:00.000Z');
    expect(() => correctDetails(state, requestDetails(), config, now)).toThrow('Nothing was changed');
    expect(() =>
      correctDetails(state, requestDetails({ contact: { channel: 'email', at: '2026-11-04T08:00:00.000Z' } }), config, now),
    ).toThrow(DomainError);
    expect(() => correctDetails(state, requestDetails({ bossId: 'boss-9' }), config, now)).toThrow('That boss is no longer in Settings');
  });
  it('records the company, email, phone, topic and deadline as they were and are; no deadline reads as empty', () => {
    const state = new RequestScript(config).stateAt('2026-11-03T10:00:00.000Z');
    const next = requestDetails({
      client: { name: 'Jane Doe', company: 'Acme Group', email: 'jane.doe@acme.example', phone: '+44 20 7946 0999' },
      topic: 'the sponsorship renewal',
      deadline: '2026-11-20',
    });
    const [event] = correctDetails(state, next, config, new Date('2026-11-03T10:00:00.000Z'));
    expect(event).toEqual({
      type: 'corrected',
      at: '2026-11-03T10:00:00.000Z',
      details: next,
      changes: [
        { field: 'client.company', from: 'Acme Ltd', to: 'Acme Group' },
        { field: 'client.email', from: 'jane@acme.example', to: 'jane.doe@acme.example' },
        { field: 'client.phone', from: '+44 20 7946 0000', to: '+44 20 7946 0999' },
        { field: 'topic', from: 'the sponsorship proposal', to: 'the sponsorship renewal' },
        { field: 'deadline', from: '', to: '2026-11-20' },
      ],
    });
  });
});

describe('handing a request to another boss', () => {
  const now = new Date('2026-11-03T10:00:00.000Z');
  const state = new RequestScript(config, logged('2026-11-02T09:00:00.000Z', { bossId: 'boss-1' })).stateAt('2026-11-03T10:00:00.000Z');

  it('is a correction of who decides, with both bosses by name', () => {
    expect(handOver(state, 'boss-2', config, now)).toEqual([
      {
        type: 'corrected',
        at: '2026-11-03T10:00:00.000Z',
        details: { ...state.details, bossId: 'boss-2' },
        changes: [{ field: 'bossId', from: 'Alex Morgan', to: 'Robin Lee' }],
      },
    ]);
  });

  it('refuses a boss not in Settings, or the boss it is already with', () => {
    expect(() => handOver(state, 'boss-9', config, now)).toThrow(new DomainError('Choose a boss who is in Settings to take these over.'));
    expect(() => handOver(state, 'boss-1', config, now)).toThrow(new DomainError('Choose a different boss to take these over.'));
  });
});

describe('withdrawing', () => {
  it('closes the request with the reason, and reopening brings it back as a new round', () => {
    const script = new RequestScript(config).do('2026-11-03T10:00:00.000Z', (state, at) =>
      withdraw(state, ' They found another venue. ', at),
    );
    const withdrawn = script.stateAt('2026-11-03T10:00:00.000Z');
    expect(withdrawn).toMatchObject({
      status: 'closed',
      withdrawn: { at: '2026-11-03T10:00:00.000Z', reason: 'They found another venue.' },
    });
    expect(timelineText(withdrawn.timeline.at(-1)!, String)).toBe('Withdrawn: They found another venue.');
    expect(() => withdraw(withdrawn, 'again', new Date('2026-11-03T11:00:00.000Z'))).toThrow('already closed');
    script.do('2026-11-04T10:00:00.000Z', (state, at) => reopen(state, at));
    expect(script.stateAt('2026-11-04T10:00:00.000Z')).toMatchObject({ status: 'waiting', round: 2, withdrawn: null });
  });
});
