import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import type { MailboxAccount } from '../../shared/mailbox/account';
import { dovecotMissing, startDovecot, type Dovecot } from '../support/dovecot';
import { openTestStack, TestSystem } from '../support/open-test-store';
import { startSmtp, type TestSmtp } from '../support/smtp';

const PASSWORD = 'correct horse battery';
const clock = new SettableClock(new Date('2026-11-30T09:00:00Z'));
let dir: string;
beforeEach(() => void (dir = mkdtempSync(path.join(tmpdir(), 'follow-through-mailbox-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const account = (port = 9): MailboxAccount => ({
  address: 'jo@office.example',
  user: 'jo@office.example',
  auth: 'password',
  imap: { host: '127.0.0.1', port, security: 'none' },
  smtp: { host: '127.0.0.1', port, security: 'none' },
  logAutomatically: false,
  offerNewSenders: false,
});

/** Every file under the data folder, as text: where the password must never be found. */
function everything(folder: string): string {
  return readdirSync(folder, { recursive: true })
    .map((name) => path.join(folder, String(name)))
    .filter((file) => statSync(file).isFile())
    .map((file) => readFileSync(file, 'latin1'))
    .join('\n');
}

describe('the mailbox account and its password', () => {
  it('is saved without the password in the clear, and read back after a restart', async () => {
    const { handlers } = openTestStack(dir, clock);
    expect(await handlers.getMailbox(undefined)).toEqual({
      ok: true,
      value: { account: null, hasPassword: false, canKeepPassword: true, damaged: null },
    });
    expect(await handlers.saveMailbox({ account: account(), password: PASSWORD })).toEqual({
      ok: true,
      value: { account: account(), hasPassword: true, canKeepPassword: true, damaged: null },
    });
    expect(everything(dir)).not.toContain(PASSWORD);
    const restarted = openTestStack(dir, clock);
    expect(restarted.mailbox.password()).toBe(PASSWORD);
    expect(await restarted.handlers.getMailbox(undefined)).toEqual({
      ok: true,
      value: { account: account(), hasPassword: true, canKeepPassword: true, damaged: null },
    });
  });

  it('is in no export and no backup', async () => {
    const stack = openTestStack(dir, clock);
    await stack.handlers.saveMailbox({ account: account(), password: PASSWORD });
    const exported = await stack.handlers.exportJson(undefined);
    expect(exported.ok).toBe(true);
    stack.data.backUpBefore('before-import', clock.now(), 0);
    const exportsAndBackups = everything(path.join(dir, 'exports')) + everything(path.join(dir, 'backups'));
    expect(exportsAndBackups).not.toContain(PASSWORD);
    expect(exportsAndBackups).not.toContain('jo@office.example');
  });

  it('a file from before “Log automatically” reads with it off; what a newer version wrote is kept when saving', async () => {
    const older = openTestStack(dir, clock);
    await older.handlers.saveMailbox({ account: account(), password: PASSWORD });
    const file = path.join(dir, 'mailbox.json');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { account: Record<string, unknown>; password: string };
    delete saved.account.logAutomatically;
    writeFileSync(file, JSON.stringify({ ...saved, account: { ...saved.account, oauthTenant: 'contoso' }, syncedAt: 'tomorrow' }));
    const { handlers } = openTestStack(dir, clock);
    expect(await handlers.getMailbox(undefined)).toEqual({
      ok: true,
      value: { account: account(), hasPassword: true, canKeepPassword: true, damaged: null },
    });
    await handlers.saveMailbox({ account: { ...account(), logAutomatically: true }, password: null });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      syncedAt: 'tomorrow',
      account: { ...account(), logAutomatically: true, oauthTenant: 'contoso' },
      password: saved.password,
    });
  });

  it('saving again without a password keeps the one saved; saving the first time without one is refused by name', async () => {
    const { handlers, mailbox } = openTestStack(dir, clock);
    expect(await handlers.saveMailbox({ account: account(), password: null })).toEqual({
      ok: false,
      code: 'refused',
      error: 'Enter the password (or app password) for this mailbox.',
      fieldErrors: { password: 'Enter the password (or app password) for this mailbox.' },
    });
    await handlers.saveMailbox({ account: account(), password: PASSWORD });
    await handlers.saveMailbox({ account: { ...account(), user: 'jo' }, password: null });
    expect(mailbox.password()).toBe(PASSWORD);
    expect(mailbox.account()?.user).toBe('jo');
  });

  it('a truncated mailbox file is said on Today and in Settings: the account must be entered again; saving it mends the file', async () => {
    const { handlers } = openTestStack(dir, clock);
    await handlers.saveMailbox({ account: account(), password: PASSWORD });
    const file = path.join(dir, 'mailbox.json');
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40));
    const restarted = openTestStack(dir, clock).handlers;
    const said =
      'The mailbox settings on this computer could not be read (the file is damaged), so the mailbox is not connected. Enter the account again in Settings → Mailbox.';
    expect(await restarted.getMailbox(undefined)).toEqual({
      ok: true,
      value: { account: null, hasPassword: false, canKeepPassword: true, damaged: said },
    });
    expect(await restarted.checkMailNow(undefined)).toMatchObject({ ok: true, value: { problem: said } });
    await restarted.saveMailbox({ account: account(), password: PASSWORD });
    expect(await restarted.getMailbox(undefined)).toMatchObject({ ok: true, value: { hasPassword: true, damaged: null } });
  });

  it('Disconnect forgets the account and the password', async () => {
    const { handlers } = openTestStack(dir, clock);
    await handlers.saveMailbox({ account: account(), password: PASSWORD });
    expect(await handlers.disconnectMailbox(undefined)).toEqual({
      ok: true,
      value: { account: null, hasPassword: false, canKeepPassword: true, damaged: null },
    });
    expect(everything(dir)).not.toContain('jo@office.example');
  });

  it('where the system cannot encrypt, the password is kept for this session only, never on disk', async () => {
    const system = new TestSystem(path.join(dir, 'exports'));
    system.canEncrypt = false;
    const { handlers, mailbox } = openTestStack(dir, clock, system);
    expect(await handlers.saveMailbox({ account: account(), password: PASSWORD })).toEqual({
      ok: true,
      value: { account: account(), hasPassword: true, canKeepPassword: false, damaged: null },
    });
    expect(mailbox.password()).toBe(PASSWORD);
    expect(everything(dir)).not.toContain(PASSWORD);
    const restarted = openTestStack(dir, clock, system);
    expect(await restarted.handlers.getMailbox(undefined)).toEqual({
      ok: true,
      value: { account: account(), hasPassword: false, canKeepPassword: false, damaged: null },
    });
  });

  it('refuses an account that is not one, field by field, and saves nothing', async () => {
    const { handlers } = openTestStack(dir, clock);
    const bad = { ...account(), address: 'jo at office', imap: { host: 'imap://mail.example.com', port: 70000, security: 'ssl' } };
    const result = await handlers.saveMailbox({ account: bad, password: PASSWORD });
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: {
        'account.address': 'Enter an email address such as jo@example.com.',
        'account.imap.host': 'The IMAP server is a name such as imap.example.com, without spaces or a protocol.',
        'account.imap.port': 'The IMAP port must be between 1 and 65535.',
        'account.imap.security': 'Pick TLS, STARTTLS or none for IMAP.',
      },
    });
    expect(readdirSync(dir)).not.toContain('mailbox.json');
  });
});

const missing = dovecotMissing();
describe.skipIf(missing !== null)('Test connection with the saved password, against real servers', () => {
  let imap: Dovecot;
  let smtp: TestSmtp;
  beforeAll(async () => {
    imap = await startDovecot('jo@office.example', PASSWORD);
    smtp = await startSmtp('jo@office.example', PASSWORD);
  }, 30_000);
  afterAll(async () => {
    imap?.dispose();
    await smtp?.close();
  });

  it('the password is in no log line, whatever happens to the connection', async () => {
    const logged: string[] = [];
    const stack = openTestStack(dir, clock, undefined, undefined, (line) => logged.push(line));
    const real: MailboxAccount = {
      ...account(),
      imap: { host: imap.host, port: imap.port, security: 'none' },
      smtp: { host: smtp.host, port: smtp.port, security: 'none' },
    };
    await stack.handlers.saveMailbox({ account: real, password: PASSWORD });
    await stack.watcher.check();
    imap.stop();
    await stack.watcher.check();
    await imap.start();
    await stack.handlers.testMailbox({ account: real, password: `${PASSWORD} typo` });
    expect(logged.some((line) => line.startsWith('Mailbox check failed'))).toBe(true);
    expect(logged.join('\n')).not.toContain(PASSWORD);
  });

  it('tests with the password saved when none is typed', async () => {
    const { handlers } = openTestStack(dir, clock);
    const real: MailboxAccount = {
      ...account(),
      imap: { host: imap.host, port: imap.port, security: 'none' },
      smtp: { host: smtp.host, port: smtp.port, security: 'none' },
    };
    await handlers.saveMailbox({ account: real, password: PASSWORD });
    expect(await handlers.testMailbox({ account: real, password: null })).toEqual({
      ok: true,
      value: {
        imap: { ok: true, detail: 'Signed in; inbox, Sent and Drafts found.' },
        smtp: { ok: true, detail: 'Signed in; ready to send.' },
      },
    });
  });
});

describe('a server without TLS', () => {
  it('is refused anywhere but this computer, so a password never crosses the network in the clear', async () => {
    const { handlers } = openTestStack(dir, clock);
    const remote = { ...account(), smtp: { host: 'smtp.example.com', port: 25, security: 'none' as const } };
    expect(await handlers.saveMailbox({ account: remote, password: PASSWORD })).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: {
        'account.smtp.security':
          'Without TLS the password would cross the network in the clear: pick TLS or STARTTLS. None is only for a server on this computer.',
      },
    });
    expect(await handlers.testMailbox({ account: remote, password: PASSWORD })).toMatchObject({ ok: false, code: 'invalid' });
    for (const host of ['localhost', '127.0.0.1', '[::1]']) {
      const local = { ...account(), smtp: { host, port: 25, security: 'none' as const } };
      expect((await handlers.saveMailbox({ account: local, password: PASSWORD })).ok).toBe(true);
    }
  });
});
