import { ImapFlow } from 'imapflow';
import type { Dovecot } from './dovecot';

/** Puts a message in the test mailbox's folder as if it had been delivered (IMAP APPEND). */
export async function deliver(server: Dovecot, raw: string | Buffer, folder = 'INBOX', flags: string[] = []): Promise<void> {
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: false,
    auth: { user: server.user, pass: server.password },
    logger: false,
  });
  await client.connect();
  try {
    await client.append(folder, raw, flags);
  } finally {
    await client.logout();
  }
}

/** A plain email as a mail program writes one. */
export function email(m: { from: string; to?: string; subject: string; body: string; date: string; messageId: string }): string {
  return [
    `From: ${m.from}`,
    `To: ${m.to ?? 'Jo Bennett <jo@office.example>'}`,
    `Subject: ${m.subject}`,
    `Date: ${m.date}`,
    `Message-ID: ${m.messageId}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    m.body,
    '',
  ].join('\r\n');
}
