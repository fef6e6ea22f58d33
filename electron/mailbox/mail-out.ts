import { ImapFlow } from 'imapflow';
import type { MailboxAccount } from '../../shared/mailbox/account';
import { DomainError } from '../../shared/domain/domain-error';
import type { OutgoingMail } from '../../shared/ipc/contract';
import { buildEml } from '../export/eml';
import { imapOptions, mailFailure, smtpTransport } from './connection-check';

/** Who a message goes out from, through which account, and when. */
export interface Sender {
  account: MailboxAccount;
  password: string;
  /** The assistant's name, beside the account's address. */
  fromName: string;
  date: Date;
}

/**
 * Sends a message through the account's SMTP server, from the account's address with the
 * assistant's name. Answers the Message-ID the message went out with, so that a reply to it
 * can be recognised later. A failure says what went wrong and that nothing was sent.
 */
export async function sendMail({ account, password, fromName, date }: Sender, mail: OutgoingMail): Promise<string> {
  const transport = smtpTransport(account, password);
  try {
    const info = await transport.sendMail({
      from: { name: fromName, address: account.address },
      to: { name: mail.toName, address: mail.to },
      subject: mail.subject,
      text: mail.body.replace(/\r?\n/g, '\r\n'),
      textEncoding: 'quoted-printable',
      date,
    });
    return info.messageId;
  } catch (error) {
    const { message } = mailFailure(error, account.smtp, 'SMTP');
    throw new DomainError(`Not sent: ${message}`);
  } finally {
    transport.close();
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
