import { describe, expect, it } from 'vitest';
import { foldRequest } from '../../shared/domain/request-state';
import type { RequestEvent } from '../../shared/domain/events';
import { draftEdit } from '../../shared/drafts/words-changed';
import { draftChoices } from '../../shared/drafts/draft-choices';
import { isScript } from '../../shared/domain/draft-templates';
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

describe('the unedited share: the window, the order and the totals', () => {
  type Use = Parameters<typeof draftShares>[0][number];
  const use = (at: string, template: Use['template'], edited: boolean, wordsChanged = 0): Use => ({ at, template, edited, wordsChanged });
  // 1 November 09:00 GMT; 90 days before is 3 August 09:00 London time, which is BST: 08:00 UTC.
  const now = new Date('2026-11-01T09:00:00.000Z');
  const uses = [
    use('2026-08-03T08:00:00.000Z', 'research', false),
    use('2026-11-01T09:00:00.000Z', 'answer', true, 2),
    use('2026-10-01T09:00:00.000Z', 'update-voicemail', false),
    use('2026-10-02T09:00:00.000Z', 'answer', false),
    use('2026-10-03T09:00:00.000Z', 'update', true, 3),
    use('2026-10-04T09:00:00.000Z', 'update', true, 1),
    use('2026-10-05T09:00:00.000Z', 'update', false),
    use('2026-10-06T09:00:00.000Z', 'update', false),
    // A minute outside the window at either end.
    use('2026-08-03T07:59:00.000Z', 'answer', true, 50),
    use('2026-11-01T09:01:00.000Z', 'answer', true, 50),
  ];

  it('counts from the first instant of the window to now, both included; most used first, then in the Settings order', () => {
    expect(draftShares(uses, now)).toEqual({
      days: 90,
      rows: [
        { template: 'update', used: 4, unedited: 2, share: 0.5, wordsChanged: 4 },
        { template: 'answer', used: 2, unedited: 1, share: 0.5, wordsChanged: 2 },
        { template: 'update-voicemail', used: 1, unedited: 1, share: 1, wordsChanged: 0 },
        { template: 'research', used: 1, unedited: 1, share: 1, wordsChanged: 0 },
      ],
      total: { used: 8, unedited: 5, share: 0.625 },
      // Two kinds at a half: the one used more costs the most retyping.
      lowest: 'update',
    });
  });

  it('has no share at all with nothing in the window', () => {
    expect(draftShares([], now)).toEqual({ days: 90, rows: [], total: { used: 0, unedited: 0, share: null }, lowest: null });
  });

  it('measures only the notes the app drafted', () => {
    const state = foldRequest(
      'r1',
      [
        logged('2026-10-01T09:00:00Z'),
        { type: 'note-added', at: '2026-10-02T09:00:00Z', note: { text: 'Cost?', askedWhom: 'Sam', onBehalfOf: '', inCaseOnly: true } },
      ],
      now,
    );
    expect(draftUses(state)).toEqual([]);
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

describe('which templates are scripts', () => {
  it.each([
    ['update-call', true],
    ['answer-voicemail', true],
    ['update', false],
    ['call-proposal', false],
    ['research', false],
  ] as const)('%s: %s', (id, script) => {
    expect(isScript(id)).toBe(script);
  });
});
