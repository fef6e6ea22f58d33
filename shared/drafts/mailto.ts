import type { OutgoingMail } from '../ipc/contract';

/**
 * Longest mailto: URL handed to the system. Windows' shell and several mail programs cut or
 * refuse longer ones, so a longer message goes to the clipboard instead of the link.
 */
export const MAILTO_MAX_LENGTH = 2000;

/** Header values must never carry a line break: that is how header injection starts. */
const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();

/** RFC 6068 percent-encoding; "@" may stay literal in the address. */
const encode = (s: string) => encodeURIComponent(s);

/**
 * A mailto: link for a draft (RFC 6068): subject and body percent-encoded, line breaks in the
 * body as %0D%0A. When the whole link would be too long, the body is left out and the caller
 * copies it to the clipboard.
 */
export function mailtoUrl(mail: OutgoingMail, maxLength = MAILTO_MAX_LENGTH): { url: string; bodyIncluded: boolean } {
  const to = encode(oneLine(mail.to)).replace(/%40/g, '@');
  const subject = `subject=${encode(oneLine(mail.subject))}`;
  const body = `body=${encode(mail.body.replace(/\r?\n/g, '\r\n'))}`;
  const full = `mailto:${to}?${subject}&${body}`;
  if (full.length <= maxLength) return { url: full, bodyIncluded: true };
  return { url: `mailto:${to}?${subject}`, bodyIncluded: false };
}
