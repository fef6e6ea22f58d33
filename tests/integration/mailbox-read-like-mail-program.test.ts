import { describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { deliver, email, emptyFolder } from '../support/deliver';
import { dovecotMissing } from '../support/dovecot';
import { requestDetails } from '../support/fixtures';
import { startLineProxy } from '../support/line-proxy';
import { loopbackAccount } from '../support/loopback-account';
import { openTestStack } from '../support/open-test-store';
import { MAIL_PASSWORD, mailSuite } from '../support/mail-suite';

// Reading the mailbox as a mail program would, against a real Dovecot on loopback: each email
// once, a reply written in Outlook recognised in Sent, headers bounded before they reach the
// store, and a server that stalls given up in bounded time.
const clock = new SettableClock(new Date('2026-11-20T10:00:00Z'));
const missing = dovecotMissing();

const TOMAS = { name: 'Tomás Ruiz', company: 'Harbour Estates', email: 'tomas@harbour.example', phone: '' };
const leaseEmail = (overrides: Partial<Parameters<typeof email>[0]> = {}) =>
  email({
    from: 'Tomás Ruiz <tomas@harbour.example>',
    subject: 'Extending the Leeds office lease',
    date: 'Wed, 18 Nov 2026 09:12:37 +0000',
    messageId: '<lease-1@harbour.example>',
    body: 'Hello Jo,\r\n\r\nCould Alex agree to a five-year extension?',
    ...overrides,
  });

describe.skipIf(missing !== null)('reading the mailbox as a mail program does', () => {
  const mail = mailSuite(clock, '2026-11-20T10:00:00Z');

  const connected = async (settings: { logAutomatically?: boolean } = {}, mailCheckSeconds?: number) => {
    await emptyFolder(mail.imap, 'INBOX');
    await emptyFolder(mail.imap, 'Sent');
    const stack = openTestStack(mail.dir, clock, undefined, undefined, undefined, mailCheckSeconds);
    stack.service.saveSettings({ ...DEFAULT_SETTINGS, assistantName: 'Jo Bennett', setupDone: true });
    await stack.handlers.saveMailbox({ account: loopbackAccount(mail.imap, mail.smtp, settings), password: MAIL_PASSWORD });
    return stack;
  };

  /** The request made from Tomás's email through the New request form: the form keeps minutes, the email has seconds. */
  const fromHisEmail = async (stack: Awaited<ReturnType<typeof connected>>) => {
    const raw = leaseEmail();
    await deliver(mail.imap, raw);
    const read = await stack.handlers.readEmail({ kind: 'text', text: raw });
    if (!read.ok) throw new Error(read.error);
    const { prefill } = read.value;
    const logged = await stack.handlers.logRequest({
      ...requestDetails({ client: TOMAS, topic: prefill.topic, contact: { channel: 'email', at: '2026-11-18T09:12:00.000Z' } }),
      origin: prefill.origin,
    });
    if (!logged.ok) throw new Error(logged.error);
    return logged.value.id;
  };

  it('the email a request was made from is never offered again, however its seconds differ from the form’s minutes', async () => {
    const stack = await connected();
    await fromHisEmail(stack);
    const checked = await stack.handlers.checkMailNow(undefined);
    expect(checked.ok && checked.value.offers).toEqual([]);
    // After a restart too.
    const again = await openTestStack(mail.dir, clock).handlers.checkMailNow(undefined);
    expect(again.ok && again.value.offers).toEqual([]);
  });

  it('two different emails with one Message-ID, from two senders, are two offers; each is offered once', async () => {
    const stack = await connected();
    stack.service.logRequest(requestDetails({ client: TOMAS, topic: 'the lease' }));
    stack.service.logRequest(
      requestDetails({ client: { name: 'Ana Silva', company: '', email: 'ana@porto.example', phone: '' }, topic: 'the gala' }),
    );
    const same = '<reused-by-a-broken-mailer@mail.example>';
    await deliver(
      mail.imap,
      email({
        from: 'tomas@harbour.example',
        subject: 'Lease',
        date: 'Thu, 19 Nov 2026 11:00:00 +0000',
        messageId: same,
        body: 'Lease news?',
      }),
    );
    await deliver(
      mail.imap,
      email({ from: 'ana@porto.example', subject: 'Gala', date: 'Thu, 19 Nov 2026 12:00:00 +0000', messageId: same, body: 'Gala news?' }),
    );
    const checked = await stack.handlers.checkMailNow(undefined);
    const offers = checked.ok ? checked.value.offers : [];
    expect(offers.map((o) => [o.clientName, o.firstLines])).toEqual([
      ['Tomás Ruiz', 'Lease news?'],
      ['Ana Silva', 'Gala news?'],
    ]);
    expect(await stack.handlers.logMailOffer({ offerId: offers[0]!.id, version: offers[0]!.version })).toMatchObject({ ok: true });
    const after = await stack.handlers.checkMailNow(undefined);
    expect(after.ok && after.value.offers.map((o) => o.clientName)).toEqual(['Ana Silva']);
  });

  it('an email without a Message-ID, logged once, is not offered again after a move to a new server (new UIDs)', async () => {
    const stack = await connected();
    stack.service.logRequest(requestDetails({ client: TOMAS, topic: 'the lease' }));
    const raw = email({
      from: 'tomas@harbour.example',
      subject: 'Lease',
      date: 'Thu, 19 Nov 2026 11:00:00 +0000',
      messageId: '',
      body: 'News?',
    }).replace('Message-ID: \r\n', '');
    expect(raw).not.toMatch(/Message-ID/i);
    await deliver(mail.imap, raw);
    const first = await stack.handlers.checkMailNow(undefined);
    const offer = first.ok ? first.value.offers[0]! : null;
    expect(offer).toMatchObject({ clientName: 'Tomás Ruiz', firstLines: 'News?' });
    await stack.handlers.logMailOffer({ offerId: offer!.id, version: offer!.version });
    // The mailbox moved: the same message, in a folder rebuilt with new UIDs.
    await emptyFolder(mail.imap, 'INBOX');
    await deliver(mail.imap, raw);
    const moved = await stack.handlers.checkMailNow(undefined);
    expect(moved.ok && moved.value.offers).toEqual([]);
  });

  it('an email dated before the last contact (a sender’s clock running slow) that arrived after it is judged by its arrival', async () => {
    const stack = await connected();
    const id = await fromHisEmail(stack);
    stack.service.logClientContact(id, stack.service.request(id).version, {
      channel: 'phone',
      contactAt: '2026-11-19T15:00:00.000Z',
      note: 'Called about parking',
      needs: 'reply',
    });
    const slow = leaseEmail({
      subject: 'Re: Extending the Leeds office lease',
      date: 'Thu, 19 Nov 2026 14:00:00 +0000',
      messageId: '<lease-2@harbour.example>',
      body: 'One more thing.',
    });
    await deliver(mail.imap, slow, 'INBOX', [], new Date('2026-11-19T17:30:00.000Z'));
    const checked = await stack.handlers.checkMailNow(undefined);
    expect(checked.ok && checked.value.offers.map((o) => [o.at, o.firstLines])).toEqual([['2026-11-19T17:30:00.000Z', 'One more thing.']]);
  });

  it('a 1,100-character Message-ID is bounded before it is stored: after a restart the request is still there', async () => {
    const stack = await connected({ logAutomatically: true });
    const id = stack.service.logRequest(requestDetails({ client: TOMAS, topic: 'the lease' })).id;
    const huge = `<${'x'.repeat(1100)}@harbour.example>`;
    await deliver(mail.imap, leaseEmail({ date: 'Thu, 19 Nov 2026 11:00:00 +0000', messageId: huge, references: huge, body: 'Any news?' }));
    await stack.handlers.checkMailNow(undefined);
    const contact = stack.service.documentById(id)!.events.find((e) => e.type === 'client-contacted');
    expect(contact).toMatchObject({ type: 'client-contacted', note: 'Any news?' });
    expect(contact && 'messageId' in contact && contact.messageId).toMatch(/^<long\.[0-9a-f]{16}@follow-through\.invalid>$/);
    const restarted = openTestStack(mail.dir, clock);
    expect(
      restarted.service.listRequests({ status: 'waiting', bossId: null, text: '', offset: 0, limit: 10 }).requests.map((r) => r.id),
    ).toEqual([id]);
    expect(restarted.data.status().needsAttention).toEqual([]);
    // And it is still known again: not logged twice.
    await restarted.handlers.checkMailNow(undefined);
    expect(restarted.service.documentById(id)!.events.filter((e) => e.type === 'client-contacted')).toHaveLength(1);
  });

  it('a reply written in the mail program is recognised in Sent by its In-Reply-To, and offered as Mark as sent at the time it went', async () => {
    const stack = await connected();
    const id = await fromHisEmail(stack);
    const outlookReply = email({
      from: 'Jo Bennett <jo@office.example>',
      to: 'Tomás Ruiz <tomas@harbour.example>',
      subject: 'RE: Extending the Leeds office lease',
      date: 'Wed, 18 Nov 2026 11:20:00 +0000',
      messageId: '<outlook-7@office.example>',
      inReplyTo: '<lease-1@harbour.example>',
      references: '<lease-1@harbour.example>',
      body: 'Dear Tomás, thank you; I have it in hand.',
    });
    await deliver(mail.imap, outlookReply, 'Sent', ['\\Seen']);
    const checked = await stack.handlers.checkMailNow(undefined);
    expect(checked.ok && checked.value.sent).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{16}$/) as string,
        requestId: id,
        version: 1,
        clientName: 'Tomás Ruiz',
        topic: 'Extending the Leeds office lease',
        kind: 'acknowledgement',
        subject: 'RE: Extending the Leeds office lease',
        sentAt: '2026-11-18T11:20:00.000Z',
      },
    ]);
    const offer = checked.ok ? checked.value.sent[0]! : null;
    expect(await stack.handlers.markSentFromMailbox({ offerId: offer!.id, version: offer!.version })).toMatchObject({ ok: true });
    expect(stack.service.request(id).acknowledgement).toBeNull();
    expect(stack.service.request(id).state.outbound.at(-1)).toMatchObject({ at: '2026-11-18T11:20:00.000Z', kind: 'acknowledgement' });
  });

  it('with no In-Reply-To, a subject of “Re:” and theirs is enough; with Log automatically on it is recorded at once', async () => {
    const stack = await connected({ logAutomatically: true });
    const id = await fromHisEmail(stack);
    const reply = email({
      from: 'jo@office.example',
      to: 'tomas@harbour.example',
      subject: 'Re: Extending the Leeds office lease',
      date: 'Wed, 18 Nov 2026 12:05:00 +0000',
      messageId: '<webmail-3@office.example>',
      body: 'Dear Tomás, in hand.',
    });
    await deliver(mail.imap, reply, 'Sent', ['\\Seen']);
    const checked = await stack.handlers.checkMailNow(undefined);
    expect(checked.ok && checked.value.sent).toEqual([]);
    expect(stack.service.documentById(id)!.events.at(-1)).toMatchObject({
      type: 'client-message-sent',
      kind: 'acknowledgement',
      messageId: '<webmail-3@office.example>',
      sentAt: '2026-11-18T12:05:00.000Z',
    });
    // A message in Sent on another subject, to the same client, is not taken for an answer.
    await deliver(
      mail.imap,
      email({
        from: 'jo@office.example',
        to: 'tomas@harbour.example',
        subject: 'Lunch on Friday?',
        date: 'Thu, 19 Nov 2026 12:00:00 +0000',
        messageId: '<lunch@office.example>',
        body: 'Lunch?',
      }),
      'Sent',
    );
    await stack.handlers.checkMailNow(undefined);
    expect(stack.service.documentById(id)!.events.filter((e) => e.type === 'client-message-sent')).toHaveLength(1);
  });

  it('a server that stops passing data is given up within the bound, says so, and a check asked for meanwhile gets that answer', async () => {
    const proxy = await startLineProxy(mail.imap);
    try {
      const stack = await connected({}, 2);
      await stack.handlers.saveMailbox({ account: loopbackAccount(proxy, mail.smtp), password: MAIL_PASSWORD });
      stack.service.logRequest(requestDetails({ client: TOMAS, topic: 'the lease' }));
      // Signed in, then silence: the line stays open and nothing more comes back.
      proxy.mode = { kind: 'stall', after: /OK .*Logged in/i };
      const first = stack.handlers.checkMailNow(undefined);
      const meanwhile = stack.handlers.checkMailNow(undefined);
      const problem = '127.0.0.1 is not answering: the check was given up after 2 seconds. The app tries again every 5 minutes.';
      expect(await first).toMatchObject({ ok: true, value: { problem } });
      expect(await meanwhile).toMatchObject({ ok: true, value: { problem } });
      // Today's mailbox line reads the same.
      expect(await stack.handlers.getMailOffers(undefined)).toMatchObject({ ok: true, value: { problem } });
      // The line back: the next check works.
      proxy.mode = { kind: 'pass' };
      expect(await stack.handlers.checkMailNow(undefined)).toMatchObject({ ok: true, value: { problem: null } });
    } finally {
      await proxy.close();
    }
  });
});
