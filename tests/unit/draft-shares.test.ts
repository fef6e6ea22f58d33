import { describe, expect, it } from 'vitest';
import { foldRequest } from '../../shared/domain/request-state';
import type { RequestEvent } from '../../shared/domain/events';
import { draftEdit } from '../../shared/drafts/words-changed';
import { draftChoices } from '../../shared/drafts/draft-choices';
import { draftShares, draftUses } from '../../shared/rules/draft-use';
import { EMPTY_PROFILE } from '../../shared/clients/client-profile';
import { logged } from '../support/fixtures';

describe('how much a draft was changed', () => {
  it('counts words replaced once, added or removed once each; spacing alone is no edit', () => {
    const proposed = 'Subject\nDear Jane,\n\nIt is in hand and I will write by Friday.';
    expect(draftEdit(proposed, proposed)).toEqual({ edited: false, wordsChanged: 0 });
    expect(draftEdit(proposed, `${proposed.replace('\n\n', '\n\n\n')}  `)).toEqual({ edited: false, wordsChanged: 0 });
    expect(draftEdit(proposed, proposed.replace('Dear', 'Hi'))).toEqual({ edited: true, wordsChanged: 1 });
    expect(draftEdit(proposed, proposed.replace('by Friday', 'by Friday at the latest'))).toEqual({ edited: true, wordsChanged: 3 });
    expect(draftEdit(proposed, proposed.replace(' and I will write by Friday', ''))).toEqual({ edited: true, wordsChanged: 6 });
    expect(draftEdit(proposed, proposed.replace('Jane,', 'Jane;'))).toEqual({ edited: true, wordsChanged: 0 });
  });
});

describe('the unedited share', () => {
  const sent = (at: string, edited: boolean, medium?: 'call' | 'voicemail'): RequestEvent => ({
    type: 'client-message-sent',
    at,
    kind: 'update',
    subject: 'Update',
    ...(medium && { medium }),
    edit: { edited, wordsChanged: edited ? 4 : 0 },
  });
  const state = foldRequest(
    'r1',
    [
      logged('2026-06-01T09:00:00Z', { contact: { channel: 'phone', at: '2026-06-01T08:00:00.000Z' } }),
      // Outside the 90 days: not counted.
      sent('2026-06-02T09:00:00Z', true),
      sent('2026-10-01T09:00:00Z', false),
      sent('2026-10-08T09:00:00Z', true),
      sent('2026-10-15T09:00:00Z', false, 'call'),
      sent('2026-10-22T09:00:00Z', true, 'voicemail'),
      { type: 'client-message-sent', at: '2026-10-29T09:00:00Z', kind: 'update', subject: 'Not measured' },
      {
        type: 'note-added',
        at: '2026-10-30T09:00:00Z',
        note: { text: 'Cost?', askedWhom: 'Sam', onBehalfOf: '', inCaseOnly: true },
        edit: { edited: false, wordsChanged: 0 },
      },
    ],
    new Date('2026-11-01T09:00:00Z'),
  );

  it('per kind over the last 90 days, with the lowest share named', () => {
    const shares = draftShares(draftUses(state), new Date('2026-11-01T09:00:00Z'));
    expect(shares.rows).toEqual([
      { template: 'update', used: 2, unedited: 1, share: 0.5, wordsChanged: 4 },
      { template: 'update-call', used: 1, unedited: 1, share: 1, wordsChanged: 0 },
      { template: 'update-voicemail', used: 1, unedited: 0, share: 0, wordsChanged: 4 },
      { template: 'research', used: 1, unedited: 1, share: 1, wordsChanged: 0 },
    ]);
    expect(shares.lowest).toBe('update-voicemail');
  });

  it('nothing edited: no kind is singled out', () => {
    expect(draftShares(draftUses(state), new Date('2027-06-01T09:00:00Z')).rows).toEqual([]);
    expect(
      draftShares([{ at: '2026-10-01T09:00:00Z', template: 'answer', edited: false, wordsChanged: 0 }], new Date('2026-11-01T09:00:00Z'))
        .lowest,
    ).toBeNull();
  });
});

describe('which messages come as scripts', () => {
  const fold = (channel: 'email' | 'phone', email = 'jane@acme.example') =>
    foldRequest(
      'r1',
      [
        logged('2026-11-02T09:00:00Z', {
          contact: { channel, at: '2026-11-02T08:00:00.000Z' },
          client: { name: 'Jane Doe', company: '', email, phone: '' },
        }),
      ],
      new Date('2026-11-02T10:00:00Z'),
    );

  it('a client who emailed gets emails; one who phoned also gets call and voicemail scripts', () => {
    expect(draftChoices(fold('email'), EMPTY_PROFILE)).toEqual([
      { kind: 'acknowledgement', media: ['email'] },
      { kind: 'update', media: ['email'] },
    ]);
    expect(draftChoices(fold('phone'), EMPTY_PROFILE)).toEqual([
      { kind: 'acknowledgement', media: ['email', 'call', 'voicemail'] },
      { kind: 'update', media: ['email', 'call', 'voicemail'] },
    ]);
  });

  it('preferring the phone, or having no email address, puts the call first', () => {
    expect(draftChoices(fold('email'), { ...EMPTY_PROFILE, preferredChannel: 'phone' })[0]).toEqual({
      kind: 'acknowledgement',
      media: ['call', 'voicemail', 'email'],
    });
    expect(draftChoices(fold('phone', ''), EMPTY_PROFILE)[0]!.media[0]).toBe('call');
  });
});
