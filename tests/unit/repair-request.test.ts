import { describe, expect, it } from 'vitest';
import { repairRequest } from '../../shared/store/repair-request';
import { logged } from '../support/fixtures';

const doc = (events: unknown[], rev = events.length) => ({ id: 'r1', rev, events });

describe('mending a request set aside on load', () => {
  it('cuts a text over its limit to the limit, and says where and by how much', () => {
    const long = `<${'x'.repeat(1100)}@acme.example>`;
    const repaired = repairRequest(doc([{ ...logged(), messageId: long }]), 'r1');
    expect(repaired?.repairs).toEqual(['event 1, messageId was 1,115 characters long; cut to 998']);
    expect(repaired?.doc.events[0]).toMatchObject({ type: 'logged', messageId: long.slice(0, 998) });
  });

  it('sets a revision that does not match to the event count', () => {
    expect(repairRequest(doc([logged()], 7), 'r1')?.repairs).toEqual(['its revision was 7; set to its 1 events']);
  });

  it('mends nothing it would have to guess: a date that is not a date, an unknown kind, another id, or a record with nothing wrong', () => {
    expect(repairRequest(doc([{ ...logged(), at: 'last Tuesday' }]), 'r1')).toBeNull();
    expect(repairRequest(doc([logged(), { type: 'teleported', at: '2026-11-03T09:00:00.000Z' }]), 'r1')).toBeNull();
    expect(repairRequest({ ...doc([{ ...logged(), messageId: 'x'.repeat(1000) }]), id: 'r2' }, 'r1')).toBeNull();
    expect(repairRequest(doc([logged()]), 'r1')).toBeNull();
    expect(repairRequest(null, 'r1')).toBeNull();
  });
});
