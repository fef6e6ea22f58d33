import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { owedAction } from '../../shared/copy/owed-action';
import { pendingAction } from '../../shared/copy/pending';
import { timelineText } from '../../shared/copy/timeline';
import { clientDraft } from '../../shared/drafts/client-drafts';
import { draftOptions, logged, settings } from '../support/fixtures';

// Issue 31, item 24: "What they owe" typed as a thing or as an action reads right in every sentence.
describe('what the client owes, as a sentence says it', () => {
  it.each([
    ['the signed menu', 'send the signed menu'],
    ['The signed menu', 'send the signed menu'],
    ['signed menu', 'send signed menu'],
    ['budget figures', 'send budget figures'],
    ['their guest list', 'send their guest list'],
    ['an invoice', 'send an invoice'],
    ['RSVP', 'RSVP'],
    ['sign the form', 'sign the form'],
    ['Send the signed contract', 'send the signed contract'],
    ['to confirm the numbers', 'confirm the numbers'],
    ['let me know the date', 'let me know the date'],
    ['Sarah’s notes', 'send Sarah’s notes'],
    ['  ', 'get back to us'],
  ])('%j reads "%s"', (typed, reads) => {
    expect(owedAction(typed)).toBe(reads);
  });
});

describe('every draft and line that says it', () => {
  const config = settings();
  const now = new Date('2026-11-05T10:00:00Z');
  const stateOwing = (what: string) => {
    const events: RequestEvent[] = [
      logged(),
      { type: 'client-message-sent', at: '2026-11-02T10:00:00.000Z', kind: 'acknowledgement', subject: 'Thanks' },
      { type: 'client-step-set', at: '2026-11-03T10:00:00.000Z', what, chaseOn: '2026-11-05T00:00:00.000Z' },
    ];
    return foldRequest('r1', events, now);
  };
  const client = { gapDays: 7 };

  it.each([
    ['the signed menu', 'send the signed menu'],
    ['sign the form', 'sign the form'],
  ])('owed %j: the update asks "could you %s?"', (what, reads) => {
    const body = clientDraft(stateOwing(what), config, client, now, draftOptions()).body;
    expect(body).toContain(`In the meantime, could you ${reads}? If I haven’t heard by`);
  });

  it.each([
    ['the signed menu', 'you were going to send the signed menu.'],
    ['sign the form', 'you were going to sign the form.'],
  ])('owed %j: the follow-up says "%s"', (what, reads) => {
    const body = clientDraft(stateOwing(what), config, client, now, draftOptions({ kind: 'follow-up' })).body;
    expect(body).toContain(reads);
  });

  it.each([
    ['the signed menu', 'Jane Doe to send the signed menu', 'The client is to send the signed menu'],
    ['sign the form', 'Jane Doe to sign the form', 'The client is to sign the form'],
  ])('owed %j: Today says "%s", the history "%s"', (what, todayLine, historyLine) => {
    const step = { kind: 'client-step', strike: null, round: 1, clientOwes: what } as const;
    expect(pendingAction(step, { client: 'Jane Doe', boss: 'Anna Berg' }, 3)).toBe(todayLine);
    const entry = stateOwing(what).timeline.at(-1)!;
    expect(timelineText(entry, (iso) => iso.slice(0, 10))).toBe(historyLine);
  });
});
