import { describe, expect, it } from 'vitest';
import type { ClientProfile } from '../../shared/clients/client-profile';
import { EMPTY_PROFILE } from '../../shared/clients/client-profile';
import { isClientZone, offsetOfDateHeader, zoneFromEmail } from '../../shared/clients/time-zone';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { clientDraft } from '../../shared/drafts/client-drafts';
import { deadlinePassed } from '../../shared/rules/deadline';
import { draftOptions, logged, settings } from '../support/fixtures';

// The assistant is in London (the tests' TZ). Her client, in New York, emailed on Tuesday
// 8 September 2026 at 20:18 there: 00:18 UTC on the 9th, 01:18 in London.
const WROTE = '2026-09-09T00:18:00.000Z';
const config = settings({ assistantName: 'Sam Patel' });
const events: RequestEvent[] = [logged('2026-09-09T07:00:00.000Z', { contact: { channel: 'email', at: WROTE }, deadline: '2026-09-11' })];
const profile = (timeZone: string | null): ClientProfile => ({ ...EMPTY_PROFILE, timeZone });
const draft = (
  zone: string | null,
  now: string,
  more: RequestEvent[] = [],
  kind: 'acknowledgement' | 'reply' | 'call-proposal' = 'acknowledgement',
) =>
  clientDraft(
    foldRequest('r1', [...events, ...more], new Date(now)),
    config,
    { gapDays: 7, profile: profile(zone) },
    new Date(now),
    draftOptions({ kind }),
  ).body;

describe('a client abroad', () => {
  it('is told when they wrote on their own clock, by zone name or by the offset their email carried', () => {
    expect(draft(null, '2026-09-09T08:00:00Z')).toContain('(you emailed me on Wednesday 9 September at 01:18)');
    expect(draft('America/New_York', '2026-09-09T08:00:00Z')).toContain('(you emailed me on Tuesday 8 September at 20:18)');
    expect(draft('-04:00', '2026-09-09T08:00:00Z')).toContain('(you emailed me on Tuesday 8 September at 20:18)');
  });

  it('hears "yesterday" and "this morning" from their calendar', () => {
    const ack: RequestEvent = {
      type: 'client-message-sent',
      at: '2026-09-09T07:30:00.000Z',
      kind: 'acknowledgement',
      subject: 'Your request',
    };
    const chase: RequestEvent = {
      type: 'client-contacted',
      at: '2026-09-09T12:05:00.000Z',
      channel: 'email',
      contactAt: '2026-09-09T12:00:00.000Z',
      note: '',
      chased: false,
    };
    // 13:00 in London, 08:00 in New York: her email of this morning, on her clock.
    expect(draft('America/New_York', '2026-09-09T12:10:00Z', [ack, chase], 'reply')).toContain('Thank you for your email this morning');
    expect(draft(null, '2026-09-09T12:10:00Z', [ack, chase], 'reply')).toContain('Thank you for your email this afternoon');
  });

  it('is offered a call at the time on their clock, saying so', () => {
    const call: RequestEvent = { type: 'call-proposed', at: '2026-09-09T08:00:00.000Z', startsAt: '2026-09-10T14:00:00.000Z', minutes: 30 };
    expect(draft('America/New_York', '2026-09-09T08:05:00Z', [call], 'call-proposal')).toContain(
      'Would Thursday 10 September at 10:00 your time suit you?',
    );
    expect(draft(null, '2026-09-09T08:05:00Z', [call], 'call-proposal')).toContain('Would Thursday 10 September at 15:00 suit you?');
  });

  it('has a deadline that passes at the end of the day on their calendar', () => {
    const state = foldRequest('r1', events, new Date('2026-09-12T02:00:00Z'));
    // Saturday 03:00 in London is still Friday 22:00 in New York.
    expect(deadlinePassed(state, new Date('2026-09-12T02:00:00Z'))).toBe(true);
    expect(deadlinePassed(state, new Date('2026-09-12T02:00:00Z'), 'America/New_York')).toBe(false);
    expect(deadlinePassed(state, new Date('2026-09-12T04:30:00Z'), 'America/New_York')).toBe(true);
  });
});

describe('a time zone from an email', () => {
  it('is the offset of its Date header', () => {
    expect(offsetOfDateHeader('Tue, 8 Sep 2026 20:18:00 -0400')).toBe('-04:00');
    expect(offsetOfDateHeader('Tue, 8 Sep 2026 20:18:00 -0400 (EDT)')).toBe('-04:00');
    expect(offsetOfDateHeader('Wed, 9 Sep 2026 05:48:00 +0530')).toBe('+05:30');
    expect(offsetOfDateHeader('Tue, 8 Sep 2026 20:18:00 GMT')).toBeNull();
  });

  it('is kept only when it is not the assistant’s own at that moment', () => {
    expect(zoneFromEmail('-04:00', new Date(WROTE))).toBe('-04:00');
    expect(zoneFromEmail('+01:00', new Date(WROTE))).toBeNull(); // London in September
    expect(zoneFromEmail('+00:00', new Date('2026-11-02T09:00:00Z'))).toBeNull(); // London in November
    expect(zoneFromEmail('+01:00', new Date('2026-11-02T09:00:00Z'))).toBe('+01:00');
    expect(zoneFromEmail(null, new Date(WROTE))).toBeNull();
  });

  it('and a zone picked by hand must be one the system knows', () => {
    expect(isClientZone('America/New_York')).toBe(true);
    expect(isClientZone('+05:30')).toBe(true);
    expect(isClientZone('Mars/Olympus_Mons')).toBe(false);
    expect(isClientZone('+25:00')).toBe(false);
  });
});
