import { convert } from 'html-to-text';
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { decompressRTF } from '@kenjiuno/decompressrtf';
import { deEncapsulateSync, Tokenize } from 'rtf-stream-parser';
import { ToPlainText } from 'rtf-stream-parser/dist/src/ToPlainText';
import { simpleParser, type AddressObject } from 'mailparser';
import { newText } from '../../shared/email/new-text';
import { DomainError } from '../../shared/domain/domain-error';
import type { ParsedEmail } from '../../shared/email/email-prefill';
import { offsetOfDateHeader } from '../../shared/clients/time-zone';
import type { EmailSource } from '../../shared/ipc/contract';
import { MsgReader } from './msg-reader';
import { emailLimitProblem } from '../../shared/email/email-limits';

const NOT_AN_EMAIL =
  'That is not an email the app can read. Drop an .eml or Outlook .msg file, or paste the whole email with its From and Subject lines.';

/** UTF-16 and UTF-8: the strings are read right without a code page. */
const UNICODE_CODEPAGES = new Set([1200, 1201, 65001]);

/** An Outlook .msg is an OLE compound file; these are its first eight bytes. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads an email with well-kept parsers: mailparser for .eml files and pasted text (RFC 5322:
 * encoded words, charsets, quoted-printable, multipart), @kenjiuno/msgreader for Outlook's
 * .msg. Runs in the parse worker (UntrustedParser), never in main. A message past the limits
 * (EMAIL_LIMITS) is refused before a parser sees it. Anything that has neither a sender nor a
 * subject is not an email.
 */
export async function readEmail(source: EmailSource): Promise<ParsedEmail> {
  // Pasted text that does not open with a header field ("From: …"; an mbox "From " line) is not an email.
  if (source.kind === 'text' && !/^(From |[!-9;-~]+:)/.test(source.text.trimStart()))
    throw new DomainError(NOT_AN_EMAIL, { email: NOT_AN_EMAIL });
  const bytes = source.kind === 'file' ? Buffer.from(source.base64, 'base64') : Buffer.from(source.text, 'utf8');
  const mail = COMPOUND_FILE.every((b, i) => bytes[i] === b) ? await readMsg(bytes) : await readEml(bytes);
  if (!mail.from?.address && !mail.subject.trim()) throw new DomainError(NOT_AN_EMAIL, { email: NOT_AN_EMAIL });
  return mail;
}

function refuseIfPastLimits(text: string): void {
  const problem = emailLimitProblem(text);
  if (problem) throw new DomainError(problem, { email: problem });
}

async function readEml(bytes: Buffer): Promise<ParsedEmail> {
  const raw = bytes.toString('latin1');
  refuseIfPastLimits(raw);
  const parsed = await simpleParser(headersInUtf8(bytes, raw), { skipImageLinks: true, skipTextLinks: true });
  // HTML alone (marketing mail, many phones): read as text here, without tracking images.
  const body =
    typeof parsed.html === 'string' && !/^content-type:\s*text\/plain/im.test(raw) ? htmlAsText(parsed.html) : (parsed.text ?? '');
  return {
    from: firstAddress(parsed.from),
    replyTo: firstAddress(parsed.replyTo),
    fromList: isList(parsed.headers),
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) && parsed.headers.has('date') ? parsed.date.toISOString() : null,
    dateOffset: dateOffsetOf(parsed.headerLines),
    subject: parsed.subject ?? '',
    messageId: parsed.messageId ?? null,
    text: newText(body),
  };
}

/** mailparser turns Date into an instant and drops its offset: it is read from the header line as written. */
function dateOffsetOf(lines: readonly { key: string; line: string }[]): string | null {
  const line = lines.find((h) => h.key === 'date')?.line;
  return line ? offsetOfDateHeader(line.replace(/^date:\s*/i, '')) : null;
}

async function readMsg(bytes: Buffer): Promise<ParsedEmail> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let data: ReturnType<InstanceType<typeof MsgReader>['getFileData']>;
  try {
    data = new MsgReader(view).getFileData();
    // An old non-Unicode .msg keeps its 8-bit strings in the code page it names; read them again in it.
    const codepage = data.messageCodepage ?? data.internetCodepage;
    if (codepage && !UNICODE_CODEPAGES.has(codepage) && iconv.encodingExists(`cp${codepage}`)) {
      const reader = new MsgReader(view);
      reader.parserConfig = { ansiEncoding: `cp${codepage}` };
      data = reader.getFileData();
    }
  } catch {
    // A compound file that is not a message (a Word 97 document, a damaged .msg).
    throw new DomainError(NOT_AN_EMAIL, { email: NOT_AN_EMAIL });
  }
  if (data.error) throw new DomainError(NOT_AN_EMAIL, { email: NOT_AN_EMAIL });
  // The transport headers, when Outlook kept them, carry Reply-To and the Date as sent.
  const headerText = data.headers ? `${data.headers.trim()}\r\n\r\n` : null;
  if (headerText) refuseIfPastLimits(headerText);
  const headers = headerText ? await simpleParser(headerText) : null;
  const sent =
    data.clientSubmitTime ?? data.messageDeliveryTime ?? (headers?.headers.has('date') ? headers.date?.toISOString() : undefined);
  const date = sent ? new Date(sent) : null;
  // An internal Exchange sender may have no SMTP address (senderEmail is then an X.500 path): the name is kept.
  const address = [data.senderSmtpAddress, data.senderEmail].find((a) => a?.includes('@')) ?? '';
  const name = data.senderName ?? '';
  const from = address ? { name, address } : (firstAddress(headers?.from) ?? (name ? { name, address: '' } : null));
  // New Outlook keeps the HTML body as bytes (binary PidTagHtml), in the message's internet code page.
  const html = data.bodyHtml ?? (data.html?.length ? iconv.decode(Buffer.from(data.html), htmlCharset(data.internetCodepage)) : undefined);
  const body = data.body?.trim() ? data.body : html ? htmlAsText(html) : rtfAsText(data.compressedRtf);
  return {
    from,
    replyTo: firstAddress(headers?.replyTo),
    fromList: !!headers && isList(headers.headers),
    date: date && !Number.isNaN(date.getTime()) ? date.toISOString() : null,
    dateOffset: headers ? dateOffsetOf(headers.headerLines) : null,
    subject: data.subject ?? '',
    messageId: data.messageId ?? headers?.messageId ?? null,
    text: newText(body),
  };
}

/**
 * Names and subjects sent as raw 8-bit bytes, without RFC 2047 encoding (common from Chinese and
 * Japanese mail programs), are in the charset the message declares for its body: the header
 * block is turned into UTF-8 from it, which mailparser then reads right. Headers already in
 * UTF-8 (RFC 6532), or with no charset declared anywhere, are left as they are.
 */
function headersInUtf8(bytes: Buffer, latin1: string): Buffer {
  const end = /\r?\n\r?\n/.exec(latin1)?.index ?? bytes.length;
  const head = bytes.subarray(0, end);
  if (!head.some((b) => b > 0x7f) || isUtf8(head)) return bytes;
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(latin1)?.[1];
  if (!charset || !iconv.encodingExists(charset)) return bytes;
  return Buffer.concat([Buffer.from(iconv.decode(head, charset), 'utf8'), bytes.subarray(end)]);
}

/**
 * A .msg whose only body is compressed RTF: decompressed (MS-OXRTFCP), then the HTML or text
 * Outlook encapsulated in it taken out (\\fromhtml1, \\fromtext), as Outlook itself does. RTF
 * that encapsulates nothing (a message written in Rich Text) gives no details; the form says
 * nothing was taken and the assistant types them.
 */
function rtfAsText(compressed: Uint8Array | undefined): string {
  if (!compressed?.length) return '';
  let rtf: Buffer;
  try {
    rtf = Buffer.from(decompressRTF([...compressed]));
  } catch {
    return '';
  }
  const decode = (buffer: Buffer, encoding: string) => iconv.decode(buffer, encoding);
  try {
    const { mode, text } = deEncapsulateSync(rtf, { mode: 'either', decode });
    const out = typeof text === 'string' ? text : text.toString('utf8');
    return mode === 'html' ? htmlAsText(out) : out;
  } catch {
    // Written in Rich Text (Exchange, Outlook's RTF editor): it encapsulates nothing, so its own text is read.
    try {
      return rtfPlainText(rtf, decode);
    } catch {
      return '';
    }
  }
}

/** The text of RTF that encapsulates nothing: rtf-stream-parser's own plain-text reading (code pages, \\uN, destinations skipped). */
function rtfPlainText(rtf: Buffer, decode: (buffer: Buffer, encoding: string) => string): string {
  const fail = (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error('The RTF could not be read.');
  };
  const tokens = new Tokenize();
  const plain = new ToPlainText({ decode });
  const chunks: string[] = [];
  tokens.push = (token: unknown) => (plain._transform(token as never, 'utf8', fail), true);
  plain.push = (piece: unknown) => (chunks.push(String(piece)), true);
  tokens._transform(rtf, 'utf8', fail);
  tokens._flush(() => fail());
  plain._flush(fail);
  return chunks.join('');
}

/** The charset of a Windows code page number, for iconv: UTF-8 when none is named. */
function htmlCharset(codepage: number | undefined): string {
  if (!codepage || codepage === 65001) return 'utf8';
  return iconv.encodingExists(`cp${codepage}`) ? `cp${codepage}` : 'utf8';
}

/** mailparser gathers List-Id, List-Post and the other List-* fields under one "list" header. */
function isList(headers: Map<string, unknown>): boolean {
  const list = headers.get('list') as { id?: unknown; post?: unknown } | undefined;
  return !!list && (list.id !== undefined || list.post !== undefined);
}

/** Paragraphs, lists and links kept; styles, scripts and images (tracking pixels) dropped. */
function htmlAsText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true, ignoreHref: false } },
    ],
  });
}

function firstAddress(field: AddressObject | AddressObject[] | undefined): { name: string; address: string } | null {
  const first = (Array.isArray(field) ? field[0] : field)?.value[0];
  return first?.address ? { name: first.name ?? '', address: first.address } : null;
}
