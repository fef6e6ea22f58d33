import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { withMailbox } from '../support/deliver';
import { dovecotMissing } from '../support/dovecot';
import { requestDetails } from '../support/fixtures';
import { openTestStack } from '../support/open-test-store';
import { MAIL_PASSWORD, mailSuite } from '../support/mail-suite';

// Send and Save to Drafts against real servers on loopback: what the SMTP server receives, and
// what lands in Dovecot's Drafts folder, read back with imapflow and mailparser.
const clock = new SettableClock(new Date('2026-11-02T09:00:00Z'));
const missing = dovecotMissing();

describe.skipIf(missing !== null)('sending from the app, against real servers', () => {
  const mail = mailSuite(clock, '2026-11-02T09:00:00Z');

  const connected = async () => {
    const stack = openTestStack(mail.dir, clock);
    stack.service.saveSettings({ ...DEFAULT_SETTINGS, assistantName: 'Jo Bennett', setupDone: true });
    await stack.handlers.saveMailbox({ account: mail.account, password: MAIL_PASSWORD });
    const { id } = stack.service.logRequest(
      requestDetails({ client: { name: "Siobhán O'Neill", company: '', email: 'siobhan@acme.example', phone: '' } }),
    );
    return { ...stack, id };
  };
  const used = {
    subject: 'Your request: the sponsorship proposal',
    body: 'Dear Siobhán,\n\nThank you. You will hear from me by Friday 6 November.',
    proposalId: null,
  };

  it('Send delivers the message to the client’s address, and records it as sent with its Message-ID: nothing is owed any more', async () => {
    const { handlers, service, id } = await connected();
    expect(service.request(id).acknowledgement).not.toBeNull();
    const sent = await handlers.sendMessage({ id, version: service.request(id).version, kind: 'acknowledgement', used });
    expect(sent.ok).toBe(true);
    expect(mail.smtp.received).toHaveLength(1);
    expect(mail.smtp.received[0]).toMatchObject({ from: 'jo@office.example', to: ['siobhan@acme.example'] });
    const parsed = await simpleParser(mail.smtp.received[0]!.raw);
    expect(parsed.subject).toBe('Your request: the sponsorship proposal');
    expect(parsed.from?.value).toEqual([{ name: 'Jo Bennett', address: 'jo@office.example' }]);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value : []).toEqual([
      { name: "Siobhán O'Neill", address: 'siobhan@acme.example' },
    ]);
    expect(parsed.text?.trim()).toBe('Dear Siobhán,\n\nThank you. You will hear from me by Friday 6 November.');
    const view = service.request(id);
    expect(view.acknowledgement).toBeNull();
    const event = service.documentById(id)!.events.at(-1)!;
    expect(event).toMatchObject({ type: 'client-message-sent', kind: 'acknowledgement', messageId: parsed.messageId });
  });

  it('a stale screen sends nothing; a mailbox not connected sends nothing and says how to', async () => {
    const { handlers, service, id } = await connected();
    const seen = service.request(id).version;
    service.askBoss(id, seen, '');
    const stale = await handlers.sendMessage({ id, version: seen, kind: 'acknowledgement', used });
    expect(stale).toMatchObject({ ok: false, code: 'stale' });
    await handlers.disconnectMailbox(undefined);
    const off = await handlers.sendMessage({ id, version: service.request(id).version, kind: 'acknowledgement', used });
    expect(off).toEqual({
      ok: false,
      code: 'refused',
      error: 'Connect your mailbox in Settings → Mailbox first, or use Open in mail program.',
    });
    expect(mail.smtp.received).toHaveLength(0);
    expect(service.request(id).acknowledgement).not.toBeNull();
  });

  it('a refused sign-in at sending says so, and records nothing', async () => {
    const { handlers, service, id } = await connected();
    await handlers.saveMailbox({ account: mail.account, password: 'changed since' });
    const result = await handlers.sendMessage({ id, version: service.request(id).version, kind: 'acknowledgement', used });
    expect(result).toEqual({
      ok: false,
      code: 'refused',
      error: 'Not sent: SMTP sign-in was refused for this user name and password. Check both; with two-step sign-in, use an app password.',
    });
    expect(service.request(id).acknowledgement).not.toBeNull();
  });

  it('Save to Drafts puts the message in the Drafts folder, flagged as a draft, from the mail.account’s address', async () => {
    const { handlers } = await connected();
    const result = await handlers.saveToDrafts({
      to: 'siobhan@acme.example',
      toName: "Siobhán O'Neill",
      subject: used.subject,
      body: used.body,
    });
    expect(result).toEqual({ ok: true, value: { folder: 'Drafts' } });
    const messages = await withMailbox(mail.imap, async (client) => {
      const lock = await client.getMailboxLock('Drafts');
      try {
        const found = [];
        for await (const m of client.fetch('1:*', { flags: true, source: true })) found.push(m);
        return found;
      } finally {
        lock.release();
      }
    });
    expect(messages).toHaveLength(1);
    // \Recent is the server's own, for a message new to the folder.
    expect([...messages[0]!.flags!].filter((f) => f !== '\\Recent').sort()).toEqual(['\\Draft', '\\Seen']);
    const parsed = await simpleParser(messages[0]!.source!);
    expect(parsed.subject).toBe('Your request: the sponsorship proposal');
    expect(parsed.from?.value).toEqual([{ name: 'Jo Bennett', address: 'jo@office.example' }]);
    expect(parsed.text?.trim()).toBe('Dear Siobhán,\n\nThank you. You will hear from me by Friday 6 November.');
  });
});
