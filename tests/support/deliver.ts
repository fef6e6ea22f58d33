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

/**
 * Puts a message in the test mailbox's folder as if it had been delivered (IMAP APPEND). It
 * arrives when its Date header says, as real mail does within seconds, unless `arrived` says
 * otherwise (a sender's clock that is wrong).
 */
export async function deliver(
  server: Dovecot,
  raw: string | Buffer,
  folder = 'INBOX',
  flags: string[] = [],
  arrived: Date | null = dateHeaderOf(raw),
): Promise<void> {
  await withMailbox(server, (client) => client.append(folder, raw, flags, arrived ?? undefined));
}

function dateHeaderOf(raw: string | Buffer): Date | null {
  const header = /^Date:\s*(.+)$/im.exec(raw.toString('utf8').split(/\r?\n\r?\n/)[0] ?? '');
  const date = header ? new Date(header[1]!.trim()) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/** Empties a folder of the test mailbox: the suite shares one server, each test starts from nothing. */
export function emptyFolder(server: Dovecot, folder: string): Promise<void> {
  return withMailbox(server, async (client) => {
    const lock = await client.getMailboxLock(folder);
    try {
      if (client.mailbox && client.mailbox.exists > 0) await client.messageDelete('1:*');
    } finally {
      lock.release();
    }
  });
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
