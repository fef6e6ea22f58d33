import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { deliver, email } from '../support/deliver';
import { dovecotMissing, startDovecot, type Dovecot } from '../support/dovecot';
import { loopbackAccount } from '../support/loopback-account';
import { requestDetails } from '../support/fixtures';
import { openTestStack } from '../support/open-test-store';

// Emails from new senders (issue 23, item 2), against a real Dovecot: listed by envelope only
// when the account asks for it, read only when picked, through the same intake as a dropped
// email, and never stored.
const PASSWORD = 'correct horse battery';
const clock = new SettableClock(new Date('2026-11-20T10:00:00Z'));
const missing = dovecotMissing();

describe.skipIf(missing !== null)('emails from new senders, offered as new requests', () => {
  let imap: Dovecot;
  let dir: string;
  beforeAll(async () => {
    imap = await startDovecot('jo@office.example', PASSWORD);
    const at = (hour: number) => `Thu, 19 Nov 2026 ${String(hour).padStart(2, '0')}:00:00 +0000`;
    const inbox = [
      {
        from: 'Ola Nordmann <ola@fjord.example>',
        subject: 'Speaking at our March summit',
        date: at(15),
        messageId: '<summit@fjord.example>',
      },
      { from: 'Deals <news@shop.example>', subject: 'Sale!', date: at(14), messageId: '<sale@shop.example>' },
      { from: 'Alex Morgan <alex@office.example>', subject: 'Lunch?', date: at(13), messageId: '<lunch@office.example>' },
      { from: 'Jo Bennett <jo@office.example>', subject: 'Note to self', date: at(12), messageId: '<self@office.example>' },
      { from: 'Jane Doe <jane@acme.example>', subject: 'Re: the sponsorship proposal', date: at(11), messageId: '<jane@acme.example>' },
      // Ten older ones: only the ten newest new senders' emails are listed.
      ...Array.from({ length: 10 }, (_, i) => ({
        from: `Sender ${i} <sender${i}@older.example>`,
        subject: `Older ${i}`,
        date: `Mon, ${String(9 + i).padStart(2, '0')} Nov 2026 09:00:00 +0000`,
        messageId: `<older-${i}@older.example>`,
      })),
    ];
    for (const mail of inbox) await deliver(imap, email({ ...mail, body: `Hello Jo,\r\n\r\nAbout: ${mail.subject}.` }));
  }, 30_000);
  afterAll(() => imap?.dispose());
  beforeEach(() => void (dir = mkdtempSync(path.join(tmpdir(), 'follow-through-new-senders-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const connected = async (offerNewSenders: boolean) => {
    const stack = openTestStack(dir, clock);
    stack.service.saveSettings({
      ...DEFAULT_SETTINGS,
      setupDone: true,
      bosses: [{ id: 'alex', name: 'Alex Morgan', email: 'alex@office.example' }],
      defaultBossId: 'alex',
    });
    stack.service.logRequest(requestDetails({ bossId: 'alex', contact: { channel: 'email', at: '2026-11-16T09:00:00.000Z' } }));
    const account = loopbackAccount(imap, undefined, { offerNewSenders });
    await stack.handlers.saveMailbox({ account, password: PASSWORD });
    return stack;
  };
  const newSenders = async (handlers: Awaited<ReturnType<typeof connected>>['handlers']) => {
    const checked = await handlers.checkMailNow(undefined);
    return checked.ok ? checked.value.newSenders : [];
  };

  it('are not listed unless the account asks for it', async () => {
    const { handlers } = await connected(false);
    expect(await newSenders(handlers)).toEqual([]);
  });

  it('lists the ten newest by sender, subject and date: never a client’s, a boss’s or your own', async () => {
    const { handlers } = await connected(true);
    const listed = await newSenders(handlers);
    expect(listed.slice(0, 2)).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{16}$/) as string,
        fromName: 'Ola Nordmann',
        from: 'ola@fjord.example',
        subject: 'Speaking at our March summit',
        at: '2026-11-19T15:00:00.000Z',
      },
      {
        id: expect.stringMatching(/^[0-9a-f]{16}$/) as string,
        fromName: 'Deals',
        from: 'news@shop.example',
        subject: 'Sale!',
        at: '2026-11-19T14:00:00.000Z',
      },
    ]);
    expect(listed.map((m) => m.subject)).toEqual([
      'Speaking at our March summit',
      'Sale!',
      'Older 9',
      'Older 8',
      'Older 7',
      'Older 6',
      'Older 5',
      'Older 4',
      'Older 3',
      'Older 2',
    ]);
  });

  it('New request from this email reads it through the same intake as a dropped email; Not a request hides it for good; neither is stored', async () => {
    const { handlers } = await connected(true);
    const [ola, sale] = await newSenders(handlers);
    const opened = await handlers.openMailOffer({ offerId: ola!.id });
    expect(opened).toMatchObject({ ok: true, value: { kind: 'file', fileName: 'email.eml' } });
    const read = await handlers.readEmail(opened.ok ? opened.value : { kind: 'text', text: '' });
    expect(read).toEqual({
      ok: true,
      value: {
        prefill: {
          clientName: 'Ola Nordmann',
          clientEmail: 'ola@fjord.example',
          channel: 'email',
          contactAt: '2026-11-19T15:00:00.000Z',
          topic: 'Speaking at our March summit',
          origin: { messageId: '<summit@fjord.example>', from: 'ola@fjord.example', subject: 'Speaking at our March summit' },
          details: 'Hello Jo,\n\nAbout: Speaking at our March summit.',
          zone: null,
        },
        openRequests: [],
      },
    });

    const hidden = await handlers.dismissMailOffer({ offerId: sale!.id });
    expect(hidden.ok && hidden.value.newSenders.map((m) => m.subject).slice(0, 2)).toEqual(['Speaking at our March summit', 'Older 9']);
    // After a restart and another read, it stays hidden.
    const restarted = openTestStack(dir, clock);
    expect((await newSenders(restarted.handlers)).map((m) => m.subject)).not.toContain('Sale!');
    expect(await restarted.handlers.openMailOffer({ offerId: '0123456789abcdef' })).toEqual({
      ok: false,
      code: 'refused',
      error: 'That email is no longer on offer: the inbox was read again since.',
    });

    // Nothing of theirs is kept: not the addresses, not the subjects.
    const everything = readdirSync(dir, { recursive: true })
      .map((name) => path.join(dir, String(name)))
      .filter((file) => statSync(file).isFile())
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    for (const kept of ['fjord.example', 'shop.example', 'Sale!', 'March summit']) expect(everything).not.toContain(kept);
  });
});
