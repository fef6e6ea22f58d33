import type { MailboxAccount } from '../../shared/mailbox/account';

/**
 * The test mailbox's account: Jo's address, the servers on loopback without TLS (which the app
 * allows only for this computer), both mailbox settings off unless a test turns one on. Without
 * an SMTP server, port 9 (discard) stands in: nothing in that test sends.
 */
export function loopbackAccount(
  imap: { host: string; port: number },
  smtp: { host: string; port: number } = { host: imap.host, port: 9 },
  settings: Partial<Pick<MailboxAccount, 'logAutomatically' | 'offerNewSenders'>> = {},
): MailboxAccount {
  return {
    address: 'jo@office.example',
    user: 'jo@office.example',
    auth: 'password',
    imap: { host: imap.host, port: imap.port, security: 'none' },
    smtp: { host: smtp.host, port: smtp.port, security: 'none' },
    logAutomatically: settings.logAutomatically ?? false,
    offerNewSenders: settings.offerNewSenders ?? false,
  };
}
