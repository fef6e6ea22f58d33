import { zoneFromEmail, type ClientZone } from '../clients/time-zone';
import { isAfter, isBefore, isValid, parseISO } from 'date-fns';
import { SUBJECT_MAX } from '../drafts/subject';
import { boundedMessageId, standInMessageId } from '../mailbox/message-id';

/** An email as main's parsers read it (.eml, Outlook .msg or pasted text), before it means anything. */
export interface ParsedEmail {
  from: { name: string; address: string } | null;
  replyTo: { name: string; address: string } | null;
  /** Sent through a mailing list (List-Id or List-Post): its Reply-To is the list, not the client. */
  fromList: boolean;
  /** ISO instant from the Date header, or null when there is none. */
  date: string | null;
  /** The Date header's offset as written ("-04:00"): where the sender's clock was; null when it has none. */
  dateOffset: string | null;
  subject: string;
  /** The Message-ID header as written, or null when there is none. */
  messageId: string | null;
  /** What the sender wrote: the body (the HTML one as text when there is no other) without the quoted history or signature (newText). */
  text: string;
}

/** What an email fills in on the New request form. */
export interface EmailPrefill {
  clientName: string;
  clientEmail: string;
  channel: 'email';
  /** ISO instant: when the email was sent, never later than now. */
  contactAt: string;
  topic: string;
  details: string;
  /** The email itself, kept with the request it starts: never offered again, and a reply threads under it. */
  origin: EmailOrigin;
  /** The sender's time zone as their Date header gave it, when it is not the assistant's (zoneFromEmail). */
  zone: ClientZone;
}

/** Which email a request or a contact came from, bounded to what the store keeps. */
export interface EmailOrigin {
  messageId: string;
  /** The sender's address, lower case. */
  from: string;
  /** The subject as written, on one line. */
  subject: string;
}

const TOPIC_MAX = 200;
const DETAILS_MAX = 10_000;
const EARLIEST = parseISO('1990-01-01T00:00:00Z');

/**
 * The new-request form from an email. Replies go to Reply-To when there is one (an assistant
 * writing for the client, a shared mailbox), so the client is taken from there, else from From;
 * but a mailing list's Reply-To is the list, so then From.
 * The contact time is the Date header; a date in the future (a sender's clock running fast) or
 * a missing or absurd one becomes now.
 */
export function prefillFromEmail(mail: ParsedEmail, now: Date): EmailPrefill {
  const client = mail.replyTo?.address && !mail.fromList ? mail.replyTo : mail.from;
  const sent = mail.date ? parseISO(mail.date) : null;
  const contactAt = sent && isValid(sent) && !isAfter(sent, now) && !isBefore(sent, EARLIEST) ? sent : now;
  return {
    clientName: oneLine(client?.name ?? '').slice(0, TOPIC_MAX),
    clientEmail: (client?.address ?? '').trim().toLowerCase(),
    channel: 'email',
    contactAt: contactAt.toISOString(),
    topic: topicPhrase(topicFromSubject(mail.subject).slice(0, TOPIC_MAX)),
    details: mail.text.trim().slice(0, DETAILS_MAX),
    origin: originOf(mail),
    zone: contactAt === sent ? zoneFromEmail(mail.dateOffset, sent) : null,
  };
}

/** The email's identity as the mailbox reads it too, so the two agree which email it is. */
export function originOf(mail: Pick<ParsedEmail, 'from' | 'date' | 'subject' | 'messageId'>): EmailOrigin {
  const from = (mail.from?.address ?? '').trim().toLowerCase().slice(0, 320);
  const subject = oneLine(mail.subject).slice(0, SUBJECT_MAX);
  return {
    messageId: boundedMessageId(mail.messageId) ?? standInMessageId(from, mail.date ?? '', subject),
    from,
    subject,
  };
}

/** Reply and forward prefixes in the languages Outlook and Gmail write them, however many deep. */
const PREFIX = /^\s*(?:(?:re|fwd?|aw|wg|sv|vs|tr|rif|enc|antw|odp|r)(?:\s*\[\d+\])?\s*:|\[(?:external|ext)\]:?)\s*/i;

export function topicFromSubject(subject: string): string {
  let topic = oneLine(subject);
  for (let previous = ''; previous !== topic;) {
    previous = topic;
    topic = topic.replace(PREFIX, '');
  }
  return topic.trim();
}

/**
 * A subject as a topic that reads right mid-sentence ("Thank you for getting in touch about …").
 * A leading article is lower-cased ("The venue contract" → "the venue contract"): an article is
 * never a name. Any other capital is kept ("Tickets for the gala", "Paris trip"), because a
 * subject's first capital cannot be told from a name's; the drafts quote such a topic inside
 * their sentences (topicInSentence), and nothing else does.
 */
export function topicPhrase(topic: string): string {
  const article = /^(The|A|An)(\s)/u.exec(topic);
  if (article) return `${article[1]!.toLowerCase()}${topic.slice(article[1]!.length)}`;
  return topic;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
