import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner.js';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';

export interface TestEmail {
  fromName: string;
  from: string;
  replyTo?: string;
  date: string;
  subject: string;
  /** The plain body; empty with `html` makes an HTML-only message. */
  text: string;
  html?: string;
  /** More header fields (List-Id, List-Post…), for an .eml. */
  headers?: Record<string, string>;
  /** For a .msg: the sender as Exchange stores an internal one, an X.500 path and no SMTP address. */
  exchangeSender?: string;
}

/** A real .eml, composed by nodemailer (RFC 2047 names, quoted-printable body), as a mail program saves it. */
export async function makeEml(mail: TestEmail): Promise<Buffer> {
  return new MailComposer({
    from: { name: mail.fromName, address: mail.from },
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    to: 'sam@follow.example',
    subject: mail.subject,
    date: new Date(mail.date),
    ...(mail.text ? { text: mail.text } : {}),
    ...(mail.html ? { html: mail.html } : {}),
    ...(mail.headers ? { headers: mail.headers } : {}),
    textEncoding: 'quoted-printable',
  })
    .compile()
    .build();
}

/**
 * A real Outlook .msg: an OLE compound file written by msgreader's own CFB writer, holding the
 * MS-OXMSG streams Outlook writes for a received message (subject, sender name and address,
 * plain body, transport headers) and the message property stream.
 */
export function makeMsg(mail: TestEmail): Uint8Array {
  const utf16 = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
  const headers = [`Date: ${new Date(mail.date).toUTCString().replace('GMT', '+0000')}`, `Subject: ${mail.subject}`];
  if (mail.replyTo) headers.push(`Reply-To: ${mail.replyTo}`);
  const streams: [string, Uint8Array][] = [
    ['__properties_version1.0', new Uint8Array(32)],
    ['__substg1.0_0037001F', utf16(mail.subject)],
    ['__substg1.0_0C1A001F', utf16(mail.fromName)],
    ['__substg1.0_0C1F001F', utf16(mail.exchangeSender ?? mail.from)],
    ...(mail.text ? ([['__substg1.0_1000001F', utf16(mail.text.replace(/\n/g, '\r\n'))]] as [string, Uint8Array][]) : []),
    ...(mail.html ? ([['__substg1.0_1013001F', utf16(mail.html)]] as [string, Uint8Array][]) : []),
    ['__substg1.0_007D001F', utf16(`${headers.join('\r\n')}\r\n`)],
  ];
  const entries: Entry[] = [
    { name: 'Root Entry', type: 5, length: 0, children: streams.map((_, i) => i + 1) },
    ...streams.map(([name, data]) => ({ name, type: 2, length: data.length, binaryProvider: () => data })),
  ];
  return burn(entries);
}
