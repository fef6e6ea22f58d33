import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { makeEml, makeMsg, type TestEmail } from '../support/make-email';
import { requestDetails } from '../support/fixtures';
import { openTestStack } from '../support/open-test-store';

let dir: string;
const clock = new SettableClock(new Date('2026-11-20T10:00:00Z'));
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-email-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const email: TestEmail = {
  fromName: 'Siobhán O’Neill',
  from: 'siobhan@oneill.example',
  date: '2026-11-19T16:45:00Z',
  subject: 'RE: Fwd: Tickets for the gala — two more?',
  messageId: '<gala-tickets.7@oneill.example>',
  text: 'Hi Sam,\n\nCould Alex spare two more tickets?\n\nThanks,\nSiobhán\n\nOn Tue, 17 Nov 2026, Sam wrote:\n> Here are your tickets.',
};
const expected = {
  clientName: 'Siobhán O’Neill',
  clientEmail: 'siobhan@oneill.example',
  channel: 'email',
  contactAt: '2026-11-19T16:45:00.000Z',
  // The subject's words as they are: quotation marks belong to the drafts' sentences, not to a topic.
  topic: 'Tickets for the gala — two more?',
  details: 'Hi Sam,\n\nCould Alex spare two more tickets?\n\nThanks,\nSiobhán',
  origin: {
    messageId: '<gala-tickets.7@oneill.example>',
    from: 'siobhan@oneill.example',
    subject: 'RE: Fwd: Tickets for the gala — two more?',
  },
  // Sent at +00:00, London's own offset in November: no zone of its own.
  zone: null,
};

describe('reading an email in main', () => {
  it('reads an .eml written by nodemailer into the form', async () => {
    const { handlers } = openTestStack(dir, clock);
    const answer = await handlers.readEmail({ kind: 'file', fileName: 'tickets.eml', base64: (await makeEml(email)).toString('base64') });
    expect(answer).toEqual({ ok: true, value: { prefill: expected, openRequests: [] } });
  });

  it('reads an Outlook .msg the same way, Reply-To included', async () => {
    const { handlers } = openTestStack(dir, clock);
    const msg = makeMsg({ ...email, replyTo: 'Siobhán O’Neill <events@oneill.example>' });
    const answer = await handlers.readEmail({ kind: 'file', fileName: 'tickets.msg', base64: Buffer.from(msg).toString('base64') });
    expect(answer).toEqual({ ok: true, value: { prefill: { ...expected, clientEmail: 'events@oneill.example' }, openRequests: [] } });
  });

  it('takes the sender’s zone from the Date header’s offset when it is not ours', async () => {
    const { handlers } = openTestStack(dir, clock);
    const text = (await makeEml(email)).toString('utf8').replace(/^Date: .*$/m, 'Date: Thu, 19 Nov 2026 11:45:00 -0500');
    const answer = await handlers.readEmail({ kind: 'text', text });
    expect(answer.ok && answer.value.prefill).toMatchObject({ contactAt: '2026-11-19T16:45:00.000Z', zone: '-05:00' });
  });

  it('reads an email pasted as raw text', async () => {
    const { handlers } = openTestStack(dir, clock);
    const answer = await handlers.readEmail({ kind: 'text', text: (await makeEml(email)).toString('utf8') });
    expect(answer.ok && answer.value.prefill).toEqual(expected);
  });

  it('says so, without writing anything, when the file is not an email', async () => {
    const { handlers } = openTestStack(dir, clock);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    for (const source of <const>[
      { kind: 'file', fileName: 'photo.png', base64: png.toString('base64') },
      { kind: 'text', text: 'just a note to self' },
    ]) {
      expect(await handlers.readEmail(source)).toMatchObject({
        ok: false,
        code: 'refused',
        error: expect.stringContaining('That is not an email the app can read.') as string,
      });
    }
    const broken = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]);
    expect(await handlers.readEmail({ kind: 'file', fileName: 'broken.msg', base64: broken.toString('base64') })).toMatchObject({
      ok: false,
      code: 'refused',
    });
  });

  it('names the client’s open requests, so a second email can be logged as a contact on one', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    const open = service.logRequest(
      requestDetails({ client: { ...requestDetails().client, name: 'Siobhán', email: 'Siobhan@ONeill.example' } }),
    );
    const answer = await handlers.readEmail({ kind: 'file', fileName: 'tickets.eml', base64: (await makeEml(email)).toString('base64') });
    expect(answer.ok && answer.value.openRequests).toEqual([
      { id: open.id, version: 1, topic: 'the sponsorship proposal', clientName: 'Siobhán' },
    ]);
  });
});
