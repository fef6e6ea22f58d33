import { createHash } from 'node:crypto';
import type { FetchMessageObject, FetchQueryObject } from 'imapflow';
import { SUBJECT_MAX } from '../../shared/drafts/subject';
import { boundedMessageId, mailKey, MESSAGE_ID_MAX, standInMessageId } from '../../shared/mailbox/message-id';

/** What a folder listing says of one message, bounded before any of it can reach an event. */
export interface Envelope {
  /** Which email this is (sender and Message-ID): what "already logged" and "already recorded" know it by. */
  key: string;
  /** Where it is (account, folder, UIDVALIDITY, UID) and which email: an offer's id, so two emails are two offers. */
  placeId: string;
  messageId: string;
  from: string;
  fromName: string;
  /** The first recipient, for the Sent folder. */
  to: string;
  /** Its Date header, or its arrival when it has none or an absurd one. */
  date: Date;
  /** When the server received it (INTERNALDATE). */
  arrived: Date;
  subject: string;
  uid: number;
  size: number;
  /** The Message-IDs its In-Reply-To and References name. */
  answers: string[];
}

/** The fetch query an Envelope is made from. */
export const ENVELOPE_QUERY: FetchQueryObject = { uid: true, envelope: true, size: true, internalDate: true, headers: ['references'] };

const hash16 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The Message-IDs named in In-Reply-To and References headers, with their angle brackets, each bounded. */
export function messageIdsIn(headers: string): string[] {
  return (headers.match(/<[^<>\s]+>/g) ?? []).filter((id) => id.length <= MESSAGE_ID_MAX).slice(0, 100);
}

export function envelopeOf(
  m: FetchMessageObject,
  place: { account: string; folder: string; uidValidity: string },
  now: Date,
): Envelope | null {
  const from = (m.envelope?.from?.[0]?.address ?? '').trim().toLowerCase().slice(0, 320);
  if (!from) return null;
  const arrivedRaw = m.internalDate ? new Date(m.internalDate) : now;
  const arrived = Number.isNaN(arrivedRaw.getTime()) ? now : arrivedRaw;
  const dated = m.envelope?.date ? new Date(m.envelope.date) : null;
  const date = dated && !Number.isNaN(dated.getTime()) ? dated : arrived;
  const subject = (m.envelope?.subject ?? '').replace(/\s+/g, ' ').trim().slice(0, SUBJECT_MAX);
  const messageId =
    boundedMessageId(m.envelope?.messageId) ??
    standInMessageId(from, dated && !Number.isNaN(dated.getTime()) ? dated.toISOString() : '', subject);
  return {
    key: mailKey(from, messageId),
    placeId: hash16([place.account, place.folder, place.uidValidity, m.uid, messageId, from].join('\n')),
    messageId,
    from,
    fromName: (m.envelope?.from?.[0]?.name ?? '').slice(0, 200),
    to: (m.envelope?.to?.[0]?.address ?? '').trim().toLowerCase().slice(0, 320),
    date,
    arrived,
    subject,
    uid: m.uid,
    size: m.size ?? 0,
    answers: messageIdsIn(`${m.envelope?.inReplyTo ?? ''} ${m.headers?.toString('utf8') ?? ''}`),
  };
}
