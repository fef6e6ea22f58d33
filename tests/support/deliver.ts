import { ImapFlow } from 'imapflow';
import type { Dovecot } from './dovecot';

/** Signs in to the test mailbox as its user, runs `use`, and signs out. */
export async function withMailbox<T>(server: Dovecot, use: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: false,
    auth: { user: server.user, pass: server.password },
    logger: false,
  });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.logout();
  }
}

/** Puts a message in the test mailbox's folder as if it had been delivered (IMAP APPEND). */
export async function deliver(server: Dovecot, raw: string | Buffer, folder = 'INBOX', flags: string[] = []): Promise<void> {
  await withMailbox(server, (client) => client.append(folder, raw, flags));
}

/** The subjects of the messages in a folder of the test mailbox. */
export function subjectsIn(server: Dovecot, folder: string): Promise<string[]> {
  return withMailbox(server, async (client) => {
    const lock = await client.getMailboxLock(folder);
    try {
      const subjects: string[] = [];
      for await (const m of client.fetch('1:*', { envelope: true })) subjects.push(m.envelope?.subject ?? '');
      return subjects;
    } finally {
      lock.release();
    }
  });
}

/** A plain email as a mail program writes one; a reply names what it answers in In-Reply-To and References. */
export function email(m: {
  from: string;
  to?: string;
  subject: string;
  body: string;
  date: string;
  messageId: string;
  inReplyTo?: string;
  references?: string;
}): string {
  return [
    `From: ${m.from}`,
    `To: ${m.to ?? 'Jo Bennett <jo@office.example>'}`,
    `Subject: ${m.subject}`,
    `Date: ${m.date}`,
    `Message-ID: ${m.messageId}`,
    ...(m.inReplyTo ? [`In-Reply-To: ${m.inReplyTo}`] : []),
    ...(m.references ? [`References: ${m.references}`] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    m.body,
    '',
  ].join('\r\n');
}
