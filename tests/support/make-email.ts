import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner.js';
import iconv from 'iconv-lite';
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
  /** For a .msg: the body only as RTF (PidTagRtfCompressed, stored uncompressed: MS-OXRTFCP's "MELA" form). */
  rtf?: string;
  /** For a .msg: an old non-Unicode one, its strings 8-bit in this Windows code page (932 is Japanese), which it names. */
  codepage?: number;
  /** For a .msg: where its code page is named, the message's own property (PidTagMessageCodepage, the default) or only its internet code page (PidTagInternetCodepage). */
  codepageIn?: 'message' | 'internet';
  /** For a .msg: the HTML body as new Outlook writes it, in binary PidTagHtml (UTF-8) rather than as a string. */
  htmlBinary?: string;
  /** Its Message-ID; an .msg keeps it as PidTagInternetMessageId. Left out, nodemailer makes one for an .eml, and an .msg has none. */
  messageId?: string;
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
    ...(mail.messageId ? { messageId: mail.messageId } : {}),
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
  const { codepage } = mail;
  // PT_UNICODE strings (…001F) in UTF-16; an old non-Unicode file has PT_STRING8 ones (…001E) in its code page.
  const kind = codepage ? '001E' : '001F';
  const text = (value: string) => new Uint8Array(codepage ? iconv.encode(value, `cp${codepage}`) : Buffer.from(value, 'utf16le'));
  const headers = [`Date: ${new Date(mail.date).toUTCString().replace('GMT', '+0000')}`, `Subject: ${mail.subject}`];
  if (mail.replyTo) headers.push(`Reply-To: ${mail.replyTo}`);
  const streams: [string, Uint8Array][] = [
    ['__properties_version1.0', properties(codepage, mail.codepageIn === 'internet' ? 0x3fde : 0x3ffd)],
    [`__substg1.0_0037${kind}`, text(mail.subject)],
    [`__substg1.0_0C1A${kind}`, text(mail.fromName)],
    [`__substg1.0_0C1F${kind}`, text(mail.exchangeSender ?? mail.from)],
    ...(mail.text ? ([[`__substg1.0_1000${kind}`, text(mail.text.replace(/\n/g, '\r\n'))]] as [string, Uint8Array][]) : []),
    ...(mail.html ? ([[`__substg1.0_1013${kind}`, text(mail.html)]] as [string, Uint8Array][]) : []),
    ...(mail.rtf ? ([['__substg1.0_10090102', rtfStream(mail.rtf)]] as [string, Uint8Array][]) : []),
    ...(mail.htmlBinary
      ? ([['__substg1.0_10130102', new Uint8Array(Buffer.from(mail.htmlBinary, 'utf8'))]] as [string, Uint8Array][])
      : []),
    [`__substg1.0_007D${kind}`, text(`${headers.join('\r\n')}\r\n`)],
    ...(mail.messageId ? ([[`__substg1.0_1035${kind}`, text(mail.messageId)]] as [string, Uint8Array][]) : []),
  ];
  const entries: Entry[] = [
    { name: 'Root Entry', type: 5, length: 0, children: streams.map((_, i) => i + 1) },
    ...streams.map(([name, data]) => ({ name, type: 2, length: data.length, binaryProvider: () => data })),
  ];
  return burn(entries);
}

/** RTF as PidTagRtfCompressed holds it: the 16-byte header (sizes, "MELA", CRC 0), then the RTF as is. */
function rtfStream(rtf: string): Uint8Array {
  const raw = Buffer.from(rtf, 'latin1');
  const header = Buffer.alloc(16);
  header.writeUInt32LE(raw.length + 12, 0);
  header.writeUInt32LE(raw.length, 4);
  header.writeUInt32LE(0x414c454d, 8);
  return new Uint8Array(Buffer.concat([header, raw]));
}

/**
 * The message's property stream (MS-OXMSG 2.4.1): a 32-byte header, then 16-byte entries. The
 * one entry written names the code page, when the file has one: PidTagMessageCodepage (0x3FFD,
 * PT_LONG) or PidTagInternetCodepage (0x3FDE).
 */
function properties(codepage: number | undefined, tag: number): Uint8Array {
  const stream = Buffer.alloc(32 + (codepage ? 16 : 0));
  if (codepage) {
    stream.writeUInt32LE(((tag << 16) | 0x0003) >>> 0, 32);
    stream.writeUInt32LE(0x6, 36);
    stream.writeInt32LE(codepage, 40);
  }
  return new Uint8Array(stream);
}
