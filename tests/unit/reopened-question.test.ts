import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../shared/domain/events';
import { foldRequest } from '../../shared/domain/request-state';
import { clientDraft, NO_NEW_MESSAGE_ADVICE } from '../../shared/drafts/client-drafts';
import { markClientMessageSent, recordClientContact, reopen } from '../../shared/rules/client-track';
import { draftOptions, logged, settings } from '../support/fixtures';

// Issue 31, item 20: a request answered, then reopened because the client asked something new.
const config = settings();
const d = (iso: string) => new Date(iso);
const client = { gapDays: 7 };

/** Emailed Monday 2 November at 08:30 about the lease; answered on Thursday 5th; reopened Monday 16th at 09:00. */
function answeredThenReopened(): RequestEvent[] {
  const first = logged();
  if (first.type === 'logged') Object.assign(first, { subject: 'Leeds office lease', messageId: '<first@acme.example>' });
  const events: RequestEvent[] = [first];
  events.push({ type: 'decided', at: '2026-11-05T09:00:00.000Z', decision: 'Yes, sign it.' });
  events.push(
    ...markClientMessageSent(
      foldRequest('r1', events, d('2026-11-05T10:00:00Z')),
      config,
      'answer',
      'Re: Leeds office lease',
      d('2026-11-05T10:00:00Z'),
    ),
  );
  events.push(...reopen(foldRequest('r1', events, d('2026-11-16T09:00:00Z')), d('2026-11-16T09:00:00Z')));
  return events;
}

/** Their new question: an email of Monday 16 November at 08:40, logged at 09:05. */
function withNewQuestion(): RequestEvent[] {
  const events = answeredThenReopened();
  events.push(
    ...recordClientContact(
      foldRequest('r1', events, d('2026-11-16T09:05:00Z')),
      config,
      client,
      {
        channel: 'email',
        contactAt: d('2026-11-16T08:40:00Z'),
        note: 'What about the break clause?',
        needs: 'acknowledgement',
        email: { messageId: '<second@acme.example>', from: 'jane@acme.example', subject: 'Lease: the break clause' },
      },
      d('2026-11-16T09:05:00Z'),
    ),
  );
  return events;
}

describe('the acknowledgement of a reopened request', () => {
  it('cites the new message and answers its subject, not the first email of 2 November', () => {
    const now = d('2026-11-16T09:10:00Z');
    const draft = clientDraft(foldRequest('r1', withNewQuestion(), now), config, client, now, draftOptions({ kind: 'acknowledgement' }));
    expect(draft.subject).toBe('Re: Lease: the break clause');
    expect(draft.body).toContain('(you emailed me on Monday 16 November at 08:40)');
    expect(draft.body).not.toContain('2 November');
    expect(draft.advice).not.toContain(NO_NEW_MESSAGE_ADVICE);
  });

  it('before the new message is logged, says to log it rather than cite the old one silently', () => {
    const now = d('2026-11-16T09:02:00Z');
    const draft = clientDraft(
      foldRequest('r1', answeredThenReopened(), now),
      config,
      client,
      now,
      draftOptions({ kind: 'acknowledgement' }),
    );
    expect(draft.advice).toContain(
      'Reopened with no new message logged: log what the client asked (Log contact) so this names it, not their first email.',
    );
  });
});

describe('updates after an answer was sent', () => {
  const acknowledged = () => {
    const events = withNewQuestion();
    const at = d('2026-11-16T10:00:00Z');
    events.push(
      ...markClientMessageSent(foldRequest('r1', events, at), config, 'acknowledgement', 'Re: Lease: the break clause', at, { client }),
    );
    return events;
  };

  it('a waiting update promising a date speaks of an answer to the new question', () => {
    // Three working days from Friday 20th, padded by the default 2x: six, so Monday 30th.
    const now = d('2026-11-20T10:00:00Z');
    const draft = clientDraft(foldRequest('r1', acknowledged(), now), config, client, now, draftOptions({ expectedBusinessDays: 3 }));
    expect(draft.body).toContain('I expect to have an answer to your new question by Monday 30 November.');
    expect(draft.body).not.toContain('an answer for you');
  });

  it('a parked one never says "I don’t have an answer for you yet"', () => {
    const events = acknowledged();
    for (const [i, day] of ['16', '18', '20'].entries()) events.push({ type: 'asked', at: `2026-11-${day}T11:0${i}:00.000Z`, note: '' });
    events.push({ type: 'parked', at: '2026-11-20T11:05:00.000Z', strikeLimit: 3 });
    const now = d('2026-11-23T10:00:00Z');
    const state = foldRequest('r1', events, now);
    expect(state.status).toBe('parked');
    const draft = clientDraft(state, config, client, now, draftOptions());
    expect(draft.body).toContain('I don’t have an answer to your new question yet, and I’m finding out.');
    expect(draft.body).not.toContain('an answer for you');
  });

  it('once their deadline has passed, the apology is for the new question too', () => {
    const events = acknowledged();
    events.push({
      type: 'corrected',
      at: '2026-11-16T10:30:00.000Z',
      details: { ...foldRequest('r1', events, d('2026-11-16T10:30:00Z')).details, deadline: '2026-11-18' },
      changes: [{ field: 'deadline', from: '', to: '2026-11-18' }],
    });
    const now = d('2026-11-20T10:00:00Z');
    const draft = clientDraft(foldRequest('r1', events, now), config, client, now, draftOptions());
    expect(draft.body).toContain(
      'I know you needed this by Wednesday 18 November, and I’m sorry that I don’t have an answer to your new question yet.',
    );
  });
});
