import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { ImapFlow } from 'imapflow';
import MailComposer from 'nodemailer/lib/mail-composer';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { MailboxAccount } from '../../shared/mailbox/account';
import type { MailThread } from '../../shared/mailbox/thread';
import { DomainError } from '../../shared/domain/domain-error';
import type { OutgoingMail } from '../../shared/ipc/contract';
import { buildEml } from '../export/eml';
import { CHECK_SECONDS, imapOptions, mailFailure } from './connection-check';
import { sendFailure, type SendStage } from './send-failure';

/** How long the SMTP line may stay silent while a message goes before the app gives up on it. */
export const SEND_IDLE_SECONDS = 60;

/** Who a message goes out from, through which account, and when. */
export interface Sender {
  account: MailboxAccount;
  password: string;
  /** The assistant's name, beside the account's address. */
  fromName: string;
  date: Date;
}

/** A send whose outcome is not known: the user is told to look before sending again, never "not sent". */
export class SendUnknownError extends DomainError {}

/** A message that the SMTP server accepted (250 after DATA): it went. */
export interface SentMail {
  messageId: string;
  /** The message as it went, for the copy in Sent. */
  raw: Buffer;
}

const NO_THREAD: MailThread = { inReplyTo: null, references: [] };

/**
 * Sends a message through the account's SMTP server, from the account's address with the
 * assistant's name, threaded under `thread` (In-Reply-To and References, as a mail program's
 * Reply writes them). The Message-ID is made here, before it goes, so that a reply to it can be
 * recognised later and its copy found in Sent.
 *
 * Sent means the server said 250 after the message: what happens to the line after that does
 * not matter. A refusal says whose it was and quotes the server; a line lost while the message
 * was being handed over throws SendUnknownError, since nobody can tell whether it went.
 * nodemailer's SMTPConnection rather than its transport, because only there can the app see
 * whether the message itself had started to go when the line failed.
 */
export async function sendMail(sender: Sender, mail: OutgoingMail, thread: MailThread = NO_THREAD): Promise<SentMail> {
  const { account, password } = sender;
  const messageId = `<${randomUUID()}@${domainOf(account.address)}>`;
  const raw = await compose(sender, mail, thread, messageId);
  const { host, port, security } = account.smtp;
  const connection = new SMTPConnection({
    host,
    port,
    secure: security === 'tls',
    requireTLS: security === 'starttls',
    ignoreTLS: security === 'none',
    connectionTimeout: CHECK_SECONDS * 1000,
    greetingTimeout: CHECK_SECONDS * 1000,
    socketTimeout: SEND_IDLE_SECONDS * 1000,
    logger: false,
  });
  let stage: SendStage = 'connecting';
  try {
    await new Promise<void>((resolve, reject) => {
      connection.once('error', reject);
      connection.connect((error) => {
        if (error) return reject(error);
        connection.login({ credentials: { user: account.user, pass: password } }, (loginError) => {
          if (loginError) return reject(loginError);
          stage = 'envelope';
          // The stream is read only once the server said 354 to DATA: from then on the message is going.
          const message = Readable.from(
            (function* () {
              stage = 'data';
              yield raw;
            })(),
          );
          connection.send({ from: account.address, to: [mail.to] }, message, (sendError) => (sendError ? reject(sendError) : resolve()));
        });
      });
    });
  } catch (error) {
    const failure = sendFailure(error, account.smtp, stage, SEND_IDLE_SECONDS);
    if (failure.unknown) throw new SendUnknownError(failure.message);
    throw new DomainError(failure.message);
  } finally {
    connection.close();
  }
  return { messageId, raw };
}

async function compose({ account, fromName, date }: Sender, mail: OutgoingMail, thread: MailThread, messageId: string): Promise<Buffer> {
  const composer = new MailComposer({
    from: { name: fromName, address: account.address },
    to: { name: mail.toName, address: mail.to },
    subject: mail.subject,
    text: mail.body.replace(/\r?\n/g, '\r\n'),
    textEncoding: 'quoted-printable',
    date,
    messageId,
    ...(thread.inReplyTo ? { inReplyTo: thread.inReplyTo } : {}),
    ...(thread.references.length ? { references: thread.references } : {}),
  });
  return composer.compile().build();
}

const domainOf = (address: string) => address.split('@').pop()?.trim() || 'follow-through.invalid';

/**
 * Servers that file what is submitted through them in Sent themselves: a copy from the app
 * would be a second one. Gmail and Google Workspace; Microsoft 365 and Outlook.com.
 */
const FILES_ITS_OWN = /(^|\.)(gmail\.com|googlemail\.com|office365\.com|outlook\.com|hotmail\.com|live\.com)$/i;

export type SentCopy = 'filed' | 'filed by the server';

/**
 * Puts a copy of a sent message in the account's Sent folder (marked \Sent), flagged \Seen, as
 * Thunderbird does, unless the server files submissions itself: known by its provider, or by
 * finding the message already there (looked up by its Message-ID). Never two copies.
 */
export async function fileInSent({ account, password, date }: Sender, sent: SentMail): Promise<SentCopy> {
  if (FILES_ITS_OWN.test(account.smtp.host) || FILES_ITS_OWN.test(account.imap.host)) return 'filed by the server';
  const client = new ImapFlow(imapOptions(account, password));
  client.on('error', () => {});
  try {
    await client.connect();
    const folder = (await client.list()).find((f) => f.specialUse === '\\Sent');
    if (!folder) throw new DomainError('this mailbox marks no Sent folder');
    const lock = await client.getMailboxLock(folder.path);
    try {
      const there = await client.search({ header: { 'message-id': sent.messageId } }, { uid: true });
      if (there && there.length > 0) return 'filed by the server';
    } finally {
      lock.release();
    }
    await client.append(folder.path, sent.raw, ['\\Seen'], date);
    return 'filed';
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError(mailFailure(error, account.imap, 'IMAP').message);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/**
 * Puts the message in the account's Drafts folder (the one marked \Drafts), flagged \Draft, to
 * be finished in the mail program. Answers the folder's name.
 */
export async function saveToDrafts({ account, password, fromName, date }: Sender, mail: OutgoingMail): Promise<string> {
  const client = new ImapFlow(imapOptions(account, password));
  client.on('error', () => {});
  try {
    await client.connect();
    const drafts = (await client.list()).find((f) => f.specialUse === '\\Drafts');
    if (!drafts) throw new DomainError('Not saved: this mailbox marks no Drafts folder. Create one in your mail program, then try again.');
    const raw = await buildEml(mail, { name: fromName, email: account.address }, date);
    await client.append(drafts.path, raw, ['\\Draft', '\\Seen'], date);
    return drafts.path;
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError(`Not saved: ${mailFailure(error, account.imap, 'IMAP').message}`);
  } finally {
    await client.logout().catch(() => client.close());
  }
}
