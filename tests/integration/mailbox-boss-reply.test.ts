import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { deliver, email } from '../support/deliver';
import { dovecotMissing } from '../support/dovecot';
import { requestDetails } from '../support/fixtures';
import { openTestStack } from '../support/open-test-store';
import { MAIL_PASSWORD, mailSuite } from '../support/mail-suite';

// The boss's reply (issue 23, item 5), against real servers on loopback: the ask emailed from
// the app through SMTP, the boss's reply put in Dovecot's inbox, found by In-Reply-To or
// References, and recorded as the decision only when asked to.
const clock = new SettableClock(new Date('2026-11-02T09:00:00Z'));
const missing = dovecotMissing();
const ALEX = { id: 'boss-alex', name: 'Alex Morgan', email: 'alex@office.example' };
const ASK = {
  subject: 'The sponsorship proposal: your decision, please',
  body: 'Hi Alex,\n\nJane Doe at Acme Ltd asked on Monday 2 November about the sponsorship proposal. What would you like me to tell them?\n\nThanks,\nJo Bennett',
};

describe.skipIf(missing !== null)('the boss’s reply to an ask emailed from the app', () => {
  const mail = mailSuite(clock, '2026-11-02T09:00:00Z');

  const connected = async (boss = ALEX) => {
    const stack = openTestStack(mail.dir, clock);
    stack.service.saveSettings({
      ...DEFAULT_SETTINGS,
      assistantName: 'Jo Bennett',
      setupDone: true,
      bosses: [boss],
      defaultBossId: boss.id,
    });
    await stack.handlers.saveMailbox({ account: mail.account, password: MAIL_PASSWORD });
    const { id } = stack.service.logRequest(requestDetails({ bossId: boss.id }));
    return { ...stack, id };
  };

  it('Send emails the ask to the boss and records the ask with its Message-ID; the boss’s reply is offered with what they wrote, and recorded only on request', async () => {
    const { handlers, service, id } = await connected();
    const sent = await handlers.sendAsk({ id, version: service.request(id).version, ...ASK });
    expect(sent).toMatchObject({ ok: true, value: { strikes: 1, status: 'waiting' } });
    expect(mail.smtp.received).toHaveLength(1);
    expect(mail.smtp.received[0]).toMatchObject({ from: 'jo@office.example', to: ['alex@office.example'] });
    const ask = await simpleParser(mail.smtp.received[0]!.raw);
    expect(ask.subject).toBe('The sponsorship proposal: your decision, please');
    expect(ask.to && !Array.isArray(ask.to) ? ask.to.value : []).toEqual([{ name: 'Alex Morgan', address: 'alex@office.example' }]);
    expect(service.documentById(id)!.events.at(-1)).toMatchObject({ type: 'asked', note: 'by email', messageId: ask.messageId });

    // Alex answers from his phone, above the quoted ask; and writes about something else too.
    await deliver(
      mail.imap,
      email({
        from: 'Alex Morgan <alex@office.example>',
        subject: 'Re: The sponsorship proposal: your decision, please',
        date: 'Mon, 02 Nov 2026 09:40:00 +0000',
        messageId: '<alex-1@office.example>',
        inReplyTo: ask.messageId!,
        references: ask.messageId!,
        body: [
          'Yes, go ahead at the silver level. Tell them we need the logo by 1 December.',
          '',
          'On Mon, 2 Nov 2026 at 09:00, Jo Bennett <jo@office.example> wrote:',
          '> Hi Alex,',
          '> What would you like me to tell them?',
        ].join('\r\n'),
      }),
    );
    await deliver(
      mail.imap,
      email({
        from: 'Alex Morgan <alex@office.example>',
        subject: 'Lunch on Thursday',
        date: 'Mon, 02 Nov 2026 09:45:00 +0000',
        messageId: '<alex-2@office.example>',
        body: 'Can you book us somewhere?',
      }),
    );
    clock.set(new Date('2026-11-02T10:00:00Z'));
    const checked = await handlers.checkMailNow(undefined);
    expect(checked).toMatchObject({ ok: true, value: { offers: [], sent: [], problem: null } });
    const replies = checked.ok ? checked.value.replies : [];
    expect(replies).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{16}$/) as string,
        requestId: id,
        version: service.request(id).version,
        bossName: 'Alex Morgan',
        clientName: 'Jane Doe',
        topic: 'the sponsorship proposal',
        at: '2026-11-02T09:40:00.000Z',
        text: 'Yes, go ahead at the silver level. Tell them we need the logo by 1 December.',
      },
    ]);
    // Found, not taken: nothing is recorded until the assistant says so.
    expect(service.request(id).status).toBe('waiting');

    const recorded = await handlers.recordReplyAsDecision({ offerId: replies[0]!.id, version: replies[0]!.version });
    expect(recorded).toMatchObject({ ok: true, value: { status: 'decided' } });
    expect(service.documentById(id)!.events.at(-1)).toMatchObject({
      type: 'decided',
      at: '2026-11-02T10:00:00.000Z',
      decision: 'Yes, go ahead at the silver level. Tell them we need the logo by 1 December.',
    });
    expect(await handlers.getMailOffers(undefined)).toMatchObject({ ok: true, value: { replies: [] } });
  });

  it('a reply deeper in the thread is found by References; mail from anyone but the boss, or about no ask of ours, is not offered', async () => {
    const { handlers, service, id } = await connected();
    await handlers.sendAsk({ id, version: service.request(id).version, ...ASK });
    const askId = (await simpleParser(mail.smtp.received[0]!.raw)).messageId!;
    // Alex answers a colleague's reply in the thread: In-Reply-To names theirs, References names the ask.
    await deliver(
      mail.imap,
      email({
        from: 'alex@office.example',
        subject: 'Re: Re: The sponsorship proposal',
        date: 'Mon, 02 Nov 2026 11:00:00 +0000',
        messageId: '<alex-3@office.example>',
        inReplyTo: '<sam-1@office.example>',
        references: `${askId} <sam-1@office.example>`,
        body: 'Sam is right: decline politely.',
      }),
    );
    // The colleague's own reply names the ask too, but Sam is not a boss.
    await deliver(
      mail.imap,
      email({
        from: 'Sam Patel <sam@office.example>',
        subject: 'Re: The sponsorship proposal',
        date: 'Mon, 02 Nov 2026 10:30:00 +0000',
        messageId: '<sam-1@office.example>',
        inReplyTo: askId,
        references: askId,
        body: 'I would say no this year.',
      }),
    );
    clock.set(new Date('2026-11-02T12:00:00Z'));
    const checked = await handlers.checkMailNow(undefined);
    const replies = checked.ok ? checked.value.replies : [];
    expect(replies.map((r) => [r.bossName, r.at, r.text])).toEqual([
      ['Alex Morgan', '2026-11-02T11:00:00.000Z', 'Sam is right: decline politely.'],
    ]);

    // A stale screen records nothing and leaves the reply on offer; a decision written by hand takes it away.
    const seen = replies[0]!.version;
    service.logClientContact(id, seen, { channel: 'phone', contactAt: '2026-11-02T11:30:00.000Z', note: 'Any news?', needs: 'reply' });
    expect(await handlers.recordReplyAsDecision({ offerId: replies[0]!.id, version: seen })).toMatchObject({ ok: false, code: 'stale' });
    expect(service.request(id).status).toBe('waiting');
    const still = await handlers.getMailOffers(undefined);
    expect(still.ok && still.value.replies.map((r) => r.id)).toEqual([replies[0]!.id]);
    service.recordDecision(id, service.request(id).version, 'No, not this year.');
    expect(await handlers.getMailOffers(undefined)).toMatchObject({ ok: true, value: { replies: [] } });
  });

  it('an ask that cannot be emailed sends nothing and says what to do: no address for the boss, a parked request, a stale screen', async () => {
    const noAddress = await connected({ ...ALEX, email: '' });
    const refused = await noAddress.handlers.sendAsk({
      id: noAddress.id,
      version: noAddress.service.request(noAddress.id).version,
      ...ASK,
    });
    expect(refused).toEqual({
      ok: false,
      code: 'refused',
      error: 'There is no email address for Alex Morgan: add it in Settings, or copy the note.',
    });
    expect(noAddress.service.request(noAddress.id).strikes).toBe(0);
    rmSync(mail.dir, { recursive: true, force: true });
    mail.dir = mkdtempSync(path.join(tmpdir(), 'follow-through-boss-reply-'));

    const { handlers, service, id } = await connected();
    const seen = service.request(id).version;
    for (let i = 0; i < 3; i++) service.askBoss(id, service.request(id).version, '');
    expect(service.request(id).status).toBe('parked');
    expect(await handlers.sendAsk({ id, version: seen, ...ASK })).toMatchObject({ ok: false, code: 'stale' });
    expect(await handlers.sendAsk({ id, version: service.request(id).version, ...ASK })).toEqual({
      ok: false,
      code: 'refused',
      error: 'This request is parked. Bring it back before asking the boss again.',
    });
    expect(mail.smtp.received).toHaveLength(0);
  });
});
