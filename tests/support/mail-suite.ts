import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { SettableClock } from '../../electron/clock';
import type { MailboxAccount } from '../../shared/mailbox/account';
import { startDovecot, type Dovecot } from './dovecot';
import { loopbackAccount } from './loopback-account';
import { startSmtp, type TestSmtp } from './smtp';

export const MAIL_PASSWORD = 'correct horse battery';

export interface MailSuite {
  imap: Dovecot;
  smtp: TestSmtp;
  account: MailboxAccount;
  /** This test's data folder. */
  dir: string;
}

/**
 * Jo's mailbox on real servers for a Vitest suite that sends: Dovecot and smtp-server on
 * loopback, started once for the suite. Before each test: a fresh data folder, nothing received
 * by SMTP yet, the clock at `startAt`. Call it inside the suite's describe.
 */
export function mailSuite(clock: SettableClock, startAt: string): MailSuite {
  const suite = {} as MailSuite;
  beforeAll(async () => {
    suite.imap = await startDovecot('jo@office.example', MAIL_PASSWORD);
    suite.smtp = await startSmtp('jo@office.example', MAIL_PASSWORD);
    suite.account = loopbackAccount(suite.imap, suite.smtp);
  }, 30_000);
  afterAll(async () => {
    suite.imap?.dispose();
    await suite.smtp?.close();
  });
  beforeEach(() => {
    suite.dir = mkdtempSync(path.join(tmpdir(), 'follow-through-mail-'));
    suite.smtp.received.length = 0;
    suite.smtp.mode = { kind: 'accept' };
    suite.smtp.onAccepted = null;
    clock.set(new Date(startAt));
  });
  afterEach(() => rmSync(suite.dir, { recursive: true, force: true }));
  return suite;
}
