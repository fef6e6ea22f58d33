import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { deliver, emptyFolder, withMailbox } from '../support/deliver';
import { dovecotMissing } from '../support/dovecot';
import { draftOptions, requestDetails } from '../support/fixtures';
import { startLineProxy } from '../support/line-proxy';
import { loopbackAccount } from '../support/loopback-account';
import { openTestStack } from '../support/open-test-store';
import { MAIL_PASSWORD, mailSuite } from '../support/mail-suite';

// Sending as Outlook and Thunderbird do, against real servers on loopback (Dovecot, smtp-server,
// and a relay that spoils the line): replies thread under the client's message, what went is
// in Sent once, refusals are said in words, and "sent" means the server took it.
const clock = new SettableClock(new Date('2026-11-20T10:00:00Z'));
const missing = dovecotMissing();

const LEASE = { messageId: '<lease-1@harbour.example>', from: 'tomas@harbour.example', subject: 'Extending the Leeds office lease' };
const CHASE = { messageId: '<lease-2@harbour.example>', from: 'tomas@harbour.example', subject: 'RE: Extending the Leeds office lease' };

describe.skipIf(missing !== null)('sending as a mail program does', () => {
  const mail = mailSuite(clock, '2026-11-20T10:00:00Z');

  /** Tomás's request, made from his email on Wednesday; Thursday he wrote again on the same thread. */
  const leaseRequest = async () => {
    await emptyFolder(mail.imap, 'Sent');
    const stack = openTestStack(mail.dir, clock);
    stack.service.saveSettings({ ...DEFAULT_SETTINGS, assistantName: 'Jo Bennett', setupDone: true });
    await stack.handlers.saveMailbox({ account: mail.account, password: MAIL_PASSWORD });
    const logged = await stack.handlers.logRequest({
      ...requestDetails({
        client: { name: 'Tomás Ruiz', company: 'Harbour Estates', email: 'tomas@harbour.example', phone: '' },
        contact: { channel: 'email', at: '2026-11-18T09:12:00.000Z' },
        topic: 'Extending the Leeds office lease',
      }),
      origin: LEASE,
    });
    if (!logged.ok) throw new Error(logged.error);
    const id = logged.value.id;
    const ack = { subject: 'Re: Extending the Leeds office lease', body: 'Dear Tomás,\n\nThank you.', proposalId: null };
    await stack.handlers.markSent({ id, version: stack.service.request(id).version, kind: 'acknowledgement', medium: 'email', used: ack });
    const chased = await stack.handlers.logClientContact({
      id,
      version: stack.service.request(id).version,
      channel: 'email',
      contactAt: '2026-11-19T16:40:00.000Z',
      note: 'Any news?',
      needs: 'reply',
      email: CHASE,
    });
    if (!chased.ok) throw new Error(chased.error);
    return { ...stack, id };
  };

  const sentFolder = () =>
    withMailbox(mail.imap, async (client) => {
      const lock = await client.getMailboxLock('Sent');
      try {
        const found: { messageId: string; subject: string; seen: boolean }[] = [];
        for await (const m of client.fetch('1:*', { envelope: true, flags: true }))
          found.push({ messageId: m.envelope?.messageId ?? '', subject: m.envelope?.subject ?? '', seen: m.flags?.has('\\Seen') ?? false });
        return found;
      } finally {
        lock.release();
      }
    });

  it('a reply threads under the client’s latest email and is titled “Re:” and their subject, as they wrote it', async () => {
    const { handlers, service, id } = await leaseRequest();
    const draft = await handlers.draftForClient({ id, ...draftOptions({ kind: 'reply' }) });
    expect(draft.ok && draft.value.subject).toBe('RE: Extending the Leeds office lease');
    if (!draft.ok) return;
    const used = { subject: draft.value.subject, body: draft.value.body, proposalId: draft.value.proposalId };
    const sent = await handlers.sendMessage({ id, version: service.request(id).version, kind: 'reply', used });
    expect(sent).toMatchObject({ ok: true, value: { mailNote: null } });
    const reply = await simpleParser(mail.smtp.received[0]!.raw);
    expect(reply.inReplyTo).toBe('<lease-2@harbour.example>');
    expect(reply.references).toEqual(['<lease-1@harbour.example>', '<lease-2@harbour.example>']);
    expect(reply.subject).toBe('RE: Extending the Leeds office lease');

    // The next message, an update, goes under the same email of theirs, with ours in the thread too.
    clock.set(new Date('2026-11-24T10:00:00Z'));
    const update = { subject: 'Update on Extending the Leeds office lease', body: 'Dear Tomás,\n\nStill in hand.', proposalId: null };
    await handlers.sendMessage({ id, version: service.request(id).version, kind: 'update', used: update });
    const second = await simpleParser(mail.smtp.received[1]!.raw);
    expect(second.inReplyTo).toBe('<lease-2@harbour.example>');
    expect(second.references).toEqual(['<lease-1@harbour.example>', reply.messageId, '<lease-2@harbour.example>']);
  });

  it('what went is put in Sent once, marked read, with the Message-ID it went with', async () => {
    const { handlers, service, id } = await leaseRequest();
    const used = { subject: 'RE: Extending the Leeds office lease', body: 'Dear Tomás,\n\nThank you for your note.', proposalId: null };
    await handlers.sendMessage({ id, version: service.request(id).version, kind: 'reply', used });
    const went = await simpleParser(mail.smtp.received[0]!.raw);
    expect(await sentFolder()).toEqual([{ messageId: went.messageId, subject: 'RE: Extending the Leeds office lease', seen: true }]);
    // The app's own check of Sent does not offer it as something sent from the mail program.
    const offers = await handlers.checkMailNow(undefined);
    expect(offers.ok && offers.value.sent).toEqual([]);
  });

  it('a server that files submissions in Sent itself (as Gmail and Microsoft 365 do) gets no second copy', async () => {
    const { handlers, service, id } = await leaseRequest();
    mail.smtp.onAccepted = (message) => deliver(mail.imap, message.raw, 'Sent', ['\\Seen']);
    const used = { subject: 'RE: Extending the Leeds office lease', body: 'Dear Tomás,\n\nThank you.', proposalId: null };
    await handlers.sendMessage({ id, version: service.request(id).version, kind: 'reply', used });
    expect(await sentFolder()).toHaveLength(1);
  });

  it('a refusal says whose it was and quotes the server; a temporary one says the app will not retry; nothing is recorded', async () => {
    const { handlers, service, id } = await leaseRequest();
    const used = { subject: 'RE: Extending the Leeds office lease', body: 'Dear Tomás,', proposalId: null };
    const cases = [
      [
        'refuse-recipient',
        'Not sent: the mail server refused the recipient’s address. The server said: “<tomas@harbour.example>: Recipient address rejected: User unknown in virtual mailbox table”',
      ],
      [
        'refuse-sender',
        'Not sent: the mail server refused your address as the sender. The server said: “<jo@office.example>: Sender address rejected: not owned by user”',
      ],
      ['refuse-content', 'Not sent: the mail server refused the message. The server said: “Message content rejected as spam”'],
      [
        'temporary',
        'Not sent: the mail server turned it away for now (a temporary refusal). The server said: “Greylisted, please try again in 5 minutes” The app does not try again by itself: send it again later.',
      ],
    ] as const;
    for (const [kind, words] of cases) {
      mail.smtp.mode = { kind };
      const answer = await handlers.sendMessage({ id, version: service.request(id).version, kind: 'reply', used });
      expect(answer).toEqual({ ok: false, code: 'refused', error: words });
    }
    expect(mail.smtp.received).toEqual([]);
    expect(service.request(id).reply).not.toBeNull();
    expect(await sentFolder()).toEqual([]);
  });

  it('a port where nothing listens reads as IMAP’s does, with no raw error code', async () => {
    const { handlers, service, id } = await leaseRequest();
    await handlers.saveMailbox({ account: loopbackAccount(mail.imap, { host: '127.0.0.1', port: 9 }), password: MAIL_PASSWORD });
    const used = { subject: 'RE: Extending the Leeds office lease', body: 'Dear Tomás,', proposalId: null };
    const answer = await handlers.sendMessage({ id, version: service.request(id).version, kind: 'reply', used });
    expect(answer).toEqual({
      ok: false,
      code: 'refused',
      error: 'Not sent: Nothing answered for SMTP at 127.0.0.1:9. Check the port number.',
    });
  });

  it('accepted while the request was closed meanwhile: recorded in its history, and the user is told', async () => {
    const { handlers, service, id } = await leaseRequest();
    let release = () => {};
    mail.smtp.mode = { kind: 'hold', until: new Promise<void>((resolve) => (release = resolve)) };
    const used = { subject: 'RE: Extending the Leeds office lease', body: 'Dear Tomás,\n\nThank you.', proposalId: null };
    const sending = handlers.sendMessage({ id, version: service.request(id).version, kind: 'reply', used });
    // While the server holds the message and has not answered, the request is withdrawn in another window.
    await new Promise((resolve) => setTimeout(resolve, 100));
    service.withdraw(id, service.request(id).version, 'No longer needed');
    release();
    const answer = await sending;
    expect(answer).toMatchObject({
      ok: true,
      value: { mailNote: 'The request had been closed meanwhile; the message is kept in its history.' },
    });
    const events = service.documentById(id)!.events;
    expect(events.at(-1)).toMatchObject({ type: 'client-message-sent', kind: 'reply', subject: 'RE: Extending the Leeds office lease' });
    expect(service.request(id).state.status).toBe('closed');
  });

  it('a line lost while the message was handed over is “not known”, never “not sent”; nothing is recorded', async () => {
    const { handlers, service, id } = await leaseRequest();
    const proxy = await startLineProxy(mail.smtp);
    try {
      proxy.mode = { kind: 'cut-after-data' };
      await handlers.saveMailbox({ account: loopbackAccount(mail.imap, proxy), password: MAIL_PASSWORD });
      const used = { subject: 'RE: Extending the Leeds office lease', body: 'Dear Tomás,\n\nThank you.', proposalId: null };
      const answer = await handlers.sendMessage({ id, version: service.request(id).version, kind: 'reply', used });
      expect(answer).toEqual({
        ok: false,
        code: 'refused',
        error:
          'It is not known whether this message went: the connection to 127.0.0.1 was lost while it was being handed over. Look in your Sent folder, or ask the client, before sending it again.',
      });
      // It did reach the server: which is why the app may not say "not sent".
      expect(mail.smtp.received).toHaveLength(1);
      expect(service.request(id).reply).not.toBeNull();
    } finally {
      await proxy.close();
    }
  });

  it('an ask emailed to the boss goes under the last ask about the same request, and is in Sent', async () => {
    const { handlers, service, id } = await leaseRequest();
    service.saveSettings({
      ...service.currentSettings(),
      bosses: service.currentSettings().bosses.map((b) => ({ ...b, name: 'Alex Morgan', email: 'alex@office.example' })),
    });
    const ask = async () => {
      const answer = await handlers.sendAsk({ id, version: service.request(id).version, subject: 'The Leeds lease', body: 'Hi Alex,' });
      if (!answer.ok) throw new Error(answer.error);
    };
    await ask();
    clock.set(new Date('2026-11-24T10:00:00Z'));
    await ask();
    const [first, second] = await Promise.all(mail.smtp.received.map((r) => simpleParser(r.raw)));
    expect(first!.inReplyTo).toBeUndefined();
    expect(second!.inReplyTo).toBe(first!.messageId);
    expect(second!.references).toBe(first!.messageId);
    expect((await sentFolder()).map((m) => m.messageId)).toEqual([first!.messageId, second!.messageId]);
  });
});
