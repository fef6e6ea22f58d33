import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkImap, checkSmtp } from '../../electron/mailbox/connection-check';
import type { MailboxAccount } from '../../shared/mailbox/account';
import { dovecotMissing, freePort, startDovecot, type Dovecot } from '../support/dovecot';
import { startSmtp, type TestSmtp } from '../support/smtp';

// Test connection against real servers on loopback: Debian's Dovecot for IMAP and
// nodemailer's smtp-server for SMTP. Each failure must say which stage failed and what to check.
const missing = dovecotMissing();
if (missing) console.log(`mailbox connection: ${missing}`);

describe.skipIf(missing !== null)('Test connection, against real servers', () => {
  let imap: Dovecot;
  let smtp: TestSmtp;
  const account = (over: Partial<MailboxAccount> = {}): MailboxAccount => ({
    address: 'jo@office.example',
    user: imap.user,
    auth: 'password',
    imap: { host: imap.host, port: imap.port, security: 'none' },
    smtp: { host: smtp.host, port: smtp.port, security: 'none' },
    logAutomatically: false,
    offerNewSenders: false,
    ...over,
  });

  beforeAll(async () => {
    imap = await startDovecot();
    smtp = await startSmtp();
  }, 30_000);
  afterAll(async () => {
    imap?.dispose();
    await smtp?.close();
  });

  it('signs in to both with the right password, and finds the inbox, Sent and Drafts', async () => {
    expect(await checkImap(account(), 'correct horse battery')).toEqual({ ok: true, detail: 'Signed in; inbox, Sent and Drafts found.' });
    expect(await checkSmtp(account(), 'correct horse battery')).toEqual({ ok: true, detail: 'Signed in; ready to send.' });
  });

  it('a wrong password is a refused sign-in, said for each server', async () => {
    expect(await checkImap(account(), 'wrong')).toEqual({
      ok: false,
      failure: 'login',
      message: 'IMAP sign-in was refused for this user name and password. Check both; with two-step sign-in, use an app password.',
    });
    expect(await checkSmtp(account(), 'wrong')).toEqual({
      ok: false,
      failure: 'login',
      message: 'SMTP sign-in was refused for this user name and password. Check both; with two-step sign-in, use an app password.',
    });
  });

  it('a port where nothing listens says to check the port', async () => {
    const closed = await freePort();
    expect(await checkImap(account({ imap: { host: '127.0.0.1', port: closed, security: 'none' } }), 'x')).toEqual({
      ok: false,
      failure: 'connect',
      message: `Nothing answered for IMAP at 127.0.0.1:${closed}. Check the port number.`,
    });
  });

  it('TLS chosen for a server that speaks plain IMAP is a failed secure connection', async () => {
    const result = await checkImap(account({ imap: { host: imap.host, port: imap.port, security: 'tls' } }), 'correct horse battery');
    expect(result).toEqual({
      ok: false,
      failure: 'tls',
      message: `The secure connection to 127.0.0.1:${imap.port} failed. Check the security setting for IMAP: TLS usually goes with port 993, STARTTLS with 143.`,
    });
  });

  it('a server name that does not exist says so', async () => {
    const result = await checkSmtp(account({ smtp: { host: 'no-such-mail-server.invalid', port: 587, security: 'starttls' } }), 'x');
    expect(result).toMatchObject({ ok: false, failure: 'dns' });
    expect(result.ok || result.message).toBe(
      'No mail server called no-such-mail-server.invalid could be found. Check the SMTP server name, and that this computer is online.',
    );
  });
});
