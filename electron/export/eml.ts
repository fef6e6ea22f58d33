import MailComposer from 'nodemailer/lib/mail-composer';
import type { OutgoingMail } from '../../shared/ipc/contract';

/**
 * An unsent email as an .eml file (RFC 5322, UTF-8 text, quoted-printable). "X-Unsent: 1"
 * makes Outlook open it as a draft ready to send; X-Mozilla-Draft-Info is Thunderbird's mark. nodemailer's composer does the header
 * encoding (RFC 2047 for non-ASCII names and subjects) and line folding, which are easy to
 * get subtly wrong by hand.
 */
/** `invite`: a calendar invitation (ics text and its METHOD) carried as a text/calendar alternative, as Outlook and Gmail send one. */
export async function buildEml(
  mail: OutgoingMail,
  from: { name: string; email: string } | null,
  date: Date,
  invite: { ics: string; method: string } | null = null,
): Promise<Buffer> {
  const composer = new MailComposer({
    ...(from?.email ? { from: { name: from.name, address: from.email } } : {}),
    ...(mail.to ? { to: { name: mail.toName, address: mail.to } } : {}),
    subject: mail.subject,
    text: mail.body.replace(/\r?\n/g, '\r\n'),
    textEncoding: 'quoted-printable',
    ...(invite ? { icalEvent: { method: invite.method, content: invite.ics, filename: 'invite.ics' } } : {}),
    date,
    headers: {
      'X-Unsent': '1',
      // Thunderbird's own mark for a draft, as it writes in its Drafts folder.
      'X-Mozilla-Draft-Info': 'internal/draft; vcard=0; receipt=0; DSN=0; uuencode=0',
    },
  });
  return composer.compile().build();
}
