import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { deliver, email } from '../support/deliver';
import { dovecotMissing, startDovecot, type Dovecot } from '../support/dovecot';
import { loopbackAccount } from '../support/loopback-account';
import { draftOptions, requestDetails } from '../support/fixtures';
import { openTestStack } from '../support/open-test-store';

// The inbox read against a real Dovecot: clients' emails offered, logged as contacts once,
// strangers' mail not read, a huge or broken message and a server that goes away handled calmly.
const PASSWORD = 'correct horse battery';
const clock = new SettableClock(new Date('2026-11-20T10:00:00Z'));
const missing = dovecotMissing();

describe.skipIf(missing !== null)('clients’ emails found in the inbox', () => {
  let imap: Dovecot;
  let dir: string;
  beforeAll(async () => void (imap = await startDovecot('jo@office.example', PASSWORD)), 30_000);
  afterAll(() => imap?.dispose());
  beforeEach(() => void (dir = mkdtempSync(path.join(tmpdir(), 'follow-through-inbox-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const connected = async () => {
    const stack = openTestStack(dir, clock);
    const account = loopbackAccount(imap);
    await stack.handlers.saveMailbox({ account, password: PASSWORD });
    const priya = stack.service.logRequest(
      requestDetails({
        client: { name: 'Priya Nair', company: 'Northwind', email: 'Priya@Northwind.example', phone: '' },
        contact: { channel: 'email', at: '2026-11-16T09:00:00.000Z' },
        topic: 'the joint webinar in March',
      }),
    );
    stack.service.markSent(priya.id, stack.service.request(priya.id).version, 'acknowledgement', 'email', {
      subject: 'Your request',
      body: 'Thank you.',
      proposalId: null,
    });
    return { ...stack, priya: priya.id };
  };

  it('offers a client’s email with its first lines, logs it as a contact with a reply due, and never offers it again', async () => {
    const { handlers, service, priya } = await connected();
    await deliver(
      imap,
      email({
        from: 'Priya Nair <priya@northwind.example>',
        subject: 'Re: Your request: the joint webinar in March',
        date: 'Thu, 19 Nov 2026 16:05:00 +0000',
        messageId: '<webinar-1@northwind.example>',
        body: 'Hi Jo,\r\n\r\nAny news on the webinar? We need to book the studio.\r\n\r\nOn Mon, 16 Nov 2026, Jo Bennett wrote:\r\n> Thank you.',
      }),
    );
    await deliver(
      imap,
      email({
        from: 'Newsletter <news@shop.example>',
        subject: 'Sale!',
        date: 'Thu, 19 Nov 2026 17:00:00 +0000',
        messageId: '<sale@shop.example>',
        body: 'Buy.',
      }),
    );
    // Written before the request was logged (Monday 16th, 09:00): not a new message on it.
    await deliver(
      imap,
      email({
        from: 'priya@northwind.example',
        subject: 'Webinar idea',
        date: 'Sun, 15 Nov 2026 18:00:00 +0000',
        messageId: '<idea@northwind.example>',
        body: 'An idea.',
      }),
    );
    const checked = await handlers.checkMailNow(undefined);
    expect(checked).toEqual({
      ok: true,
      value: {
        offers: [
          {
            id: expect.stringMatching(/^[0-9a-f]{16}$/) as string,
            requestId: priya,
            version: 2,
            clientName: 'Priya Nair',
            topic: 'the joint webinar in March',
            at: '2026-11-19T16:05:00.000Z',
            subject: 'Re: Your request: the joint webinar in March',
            firstLines: 'Hi Jo, Any news on the webinar? We need to book the studio.',
          },
        ],
        sent: [],
        replies: [],
        logged: [],
        newSenders: [],
        checkedAt: '2026-11-20T10:00:00.000Z',
        problem: null,
      },
    });
    const offer = checked.ok ? checked.value.offers[0]! : null;
    // A screen out of date is refused, and the email stays on offer.
    expect(await handlers.logMailOffer({ offerId: offer!.id, version: offer!.version + 5 })).toMatchObject({ ok: false, code: 'stale' });
    expect(await handlers.getMailOffers(undefined)).toMatchObject({ ok: true, value: { offers: [{ id: offer!.id }] } });
    const logged = await handlers.logMailOffer({ offerId: offer!.id, version: offer!.version });
    expect(logged.ok).toBe(true);
    const view = service.request(priya);
    expect(view.reply).toMatchObject({ since: '2026-11-19T16:05:00.000Z' });
    expect(view.state.inbound.at(-1)).toMatchObject({ channel: 'email', at: '2026-11-19T16:05:00.000Z' });
    expect(service.documentById(priya)!.events.at(-1)).toMatchObject({
      type: 'client-contacted',
      messageId: '<webinar-1@northwind.example>',
    });
    // Read again: the logged email is not offered twice, and a restart does not bring it back.
    expect(await handlers.checkMailNow(undefined)).toMatchObject({ ok: true, value: { offers: [] } });
    expect(await openTestStack(dir, clock).handlers.checkMailNow(undefined)).toMatchObject({ ok: true, value: { offers: [] } });
  });

  it('with Log automatically on, a client’s email is logged as it is found, once: a reply falls due and Today lists it that day', async () => {
    const { handlers, service } = await connected();
    const status = await handlers.getMailbox(undefined);
    await handlers.saveMailbox({ account: { ...(status.ok && status.value.account!), logAutomatically: true }, password: null });
    const tomas = service.logRequest(
      requestDetails({
        client: { name: 'Tomás Ruiz', company: '', email: 'tomas@harbour.example', phone: '' },
        contact: { channel: 'phone', at: '2026-11-18T09:00:00.000Z' },
        topic: 'the harbour tour',
      }),
    ).id;
    const used = { subject: 'Your request: the harbour tour', body: 'Thank you.', proposalId: null };
    service.markSent(tomas, service.request(tomas).version, 'acknowledgement', 'email', used, undefined, new Date('2026-11-18T12:00:00Z'));
    await deliver(
      imap,
      email({
        from: 'Tomás Ruiz <tomas@harbour.example>',
        subject: 'Moving the tour',
        date: 'Thu, 19 Nov 2026 11:00:00 +0000',
        messageId: '<tour-1@harbour.example>',
        body: 'Hello Jo,\r\n\r\nCan we move the tour to Friday?',
      }),
    );
    const checked = await handlers.checkMailNow(undefined);
    const mine = <T extends { requestId: string }>(list: T[]) => list.filter((item) => item.requestId === tomas);
    expect(checked.ok && mine(checked.value.logged)).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{16}$/) as string,
        requestId: tomas,
        clientName: 'Tomás Ruiz',
        topic: 'the harbour tour',
        at: '2026-11-19T11:00:00.000Z',
        subject: 'Moving the tour',
      },
    ]);
    expect(checked.ok && mine(checked.value.offers)).toEqual([]);
    const contacts = () => service.documentById(tomas)!.events.filter((e) => e.type === 'client-contacted');
    expect(contacts()).toEqual([
      {
        type: 'client-contacted',
        at: '2026-11-20T10:00:00.000Z',
        channel: 'email',
        contactAt: '2026-11-19T11:00:00.000Z',
        note: 'Hello Jo, Can we move the tour to Friday?',
        chased: false,
        messageId: '<tour-1@harbour.example>',
        from: 'tomas@harbour.example',
        subject: 'Moving the tour',
      },
    ]);
    expect(service.request(tomas).reply).toMatchObject({ since: '2026-11-19T11:00:00.000Z' });
    // Read again, or after a restart: logged once.
    await handlers.checkMailNow(undefined);
    await openTestStack(dir, clock).handlers.checkMailNow(undefined);
    expect(
      openTestStack(dir, clock)
        .service.documentById(tomas)!
        .events.filter((e) => e.type === 'client-contacted'),
    ).toHaveLength(1);
    // The next day Today no longer lists it; the contact stays on the request.
    clock.set(new Date('2026-11-21T09:00:00Z'));
    const tomorrow = await handlers.getMailOffers(undefined);
    expect(tomorrow.ok && tomorrow.value.logged).toEqual([]);
    clock.set(new Date('2026-11-20T10:00:00Z'));
  });

  it('a huge message is offered without its lines, a broken one does not stop the rest, and the window never waits on them', async () => {
    const { handlers } = await connected();
    const huge = email({
      from: 'priya@northwind.example',
      subject: 'The whole archive',
      date: 'Thu, 19 Nov 2026 12:00:00 +0000',
      messageId: '<huge@northwind.example>',
      body: 'x'.repeat(76).concat('\r\n').repeat(80_000),
    });
    await deliver(imap, huge);
    await deliver(
      imap,
      Buffer.from(
        'From: priya@northwind.example\r\nSubject: =?bogus?Q?broken\r\nDate: not a date\r\nContent-Type: multipart/mixed; boundary="never"\r\n\r\n--never\r\n',
      ),
    );
    const result = await handlers.checkMailNow(undefined);
    expect(result.ok && result.value.problem).toBe(null);
    const offers = result.ok ? result.value.offers : [];
    expect(offers.find((o) => o.subject === 'The whole archive')).toMatchObject({ firstLines: '' });
    expect(offers.length).toBeGreaterThanOrEqual(2);
    expect(await handlers.getCounts(undefined)).toMatchObject({ ok: true });
  }, 60_000);

  it('a server that stops says so calmly, keeps the last good check, and works again when it comes back', async () => {
    const { handlers } = await connected();
    const first = await handlers.checkMailNow(undefined);
    expect(first).toMatchObject({ ok: true, value: { checkedAt: '2026-11-20T10:00:00.000Z', problem: null } });
    imap.stop();
    clock.set(new Date('2026-11-20T10:05:00Z'));
    const down = await handlers.checkMailNow(undefined);
    expect(down).toMatchObject({
      ok: true,
      value: {
        checkedAt: '2026-11-20T10:00:00.000Z',
        problem: '127.0.0.1 is not answering. It may be down, or this computer offline; the app tries again every 5 minutes.',
      },
    });
    await imap.start();
    clock.set(new Date('2026-11-20T10:10:00Z'));
    expect(await handlers.checkMailNow(undefined)).toMatchObject({
      ok: true,
      value: { checkedAt: '2026-11-20T10:10:00.000Z', problem: null },
    });
    clock.set(new Date('2026-11-20T10:00:00Z'));
  }, 60_000);

  it('a draft sent from the mail program is found in Sent and offered to be marked as sent, at the time it went', async () => {
    const { handlers, service, priya } = await connected();
    clock.set(new Date('2026-11-23T09:00:00Z'));
    const draft = service.clientDraft(priya, draftOptions());
    expect(draft.subject).toBe('Update on the joint webinar in March');
    // Sent from the mail program at 09:20, with the draft's subject; and two that are not it.
    await deliver(
      imap,
      email({
        from: 'Jo Bennett <jo@office.example>',
        to: 'Priya Nair <priya@northwind.example>',
        subject: 'Update on the joint webinar in March',
        date: 'Mon, 23 Nov 2026 09:20:00 +0000',
        messageId: '<update-1@office.example>',
        body: 'Dear Priya,',
      }),
      'Sent',
      ['\\Seen'],
    );
    await deliver(
      imap,
      email({
        from: 'jo@office.example',
        to: 'priya@northwind.example',
        subject: 'Lunch on Friday?',
        date: 'Mon, 23 Nov 2026 09:25:00 +0000',
        messageId: '<lunch@office.example>',
        body: 'Hi',
      }),
      'Sent',
    );
    await deliver(
      imap,
      email({
        from: 'jo@office.example',
        to: 'priya@northwind.example',
        subject: 'Update on the joint webinar in March',
        date: 'Mon, 23 Nov 2026 08:00:00 +0000',
        messageId: '<before@office.example>',
        body: 'Written before the draft',
      }),
      'Sent',
    );
    clock.set(new Date('2026-11-23T10:00:00Z'));
    const checked = await handlers.checkMailNow(undefined);
    const sent = checked.ok ? checked.value.sent : [];
    expect(sent).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{16}$/) as string,
        requestId: priya,
        version: 2,
        clientName: 'Priya Nair',
        topic: 'the joint webinar in March',
        kind: 'update',
        subject: 'Update on the joint webinar in March',
        sentAt: '2026-11-23T09:20:00.000Z',
      },
    ]);
    const marked = await handlers.markSentFromMailbox({ offerId: sent[0]!.id, version: 2 });
    expect(marked.ok).toBe(true);
    expect(service.request(priya).state.outbound.at(-1)).toMatchObject({ kind: 'update', at: '2026-11-23T09:20:00.000Z' });
    expect(service.documentById(priya)!.events.at(-1)).toMatchObject({
      type: 'client-message-sent',
      at: '2026-11-23T10:00:00.000Z',
      sentAt: '2026-11-23T09:20:00.000Z',
      messageId: '<update-1@office.example>',
    });
    expect(await handlers.checkMailNow(undefined)).toMatchObject({ ok: true, value: { sent: [] } });
    clock.set(new Date('2026-11-20T10:00:00Z'));
  });
});
