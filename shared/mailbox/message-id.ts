/**
 * Message-IDs as the app keeps them. What a server or a client's mail program wrote is bounded
 * before it reaches the store: a header the app copies into an event is never longer than the
 * event schema accepts, so no email can make its request unreadable at the next start.
 */

/** Real Message-IDs are under 100 characters; RFC 5322 bounds only the line (998). */
export const MESSAGE_ID_MAX = 250;
/** A References header keeps the first and the last ones, as RFC 5322 §3.6.4 allows trimming. */
export const REFERENCES_MAX = 12;
/** Where ids the app makes for itself live: never a real domain, so never mistaken for a message's own. */
export const OWN_ID_DOMAIN = 'follow-through.invalid';

/**
 * A Message-ID fit to store: as written when it is a plausible one (angle brackets, no spaces,
 * at most MESSAGE_ID_MAX), else a stand-in made from it. The stand-in is the same for the same
 * header every time, so the email is still known again (offered once), but it is never put in
 * an In-Reply-To: it names no real message. Null for no header.
 */
export function boundedMessageId(raw: string | null | undefined): string | null {
  const id = (raw ?? '').trim();
  if (!id) return null;
  const bracketed = id.startsWith('<') ? id : `<${id}>`;
  if (bracketed.length <= MESSAGE_ID_MAX && /^<[^<>\s]+>$/.test(bracketed)) return bracketed;
  return `<long.${digest(id)}@${OWN_ID_DOMAIN}>`;
}

/**
 * The stand-in for an email that carries no Message-ID at all: made from what stays the same
 * when the mailbox moves to a new server (sender, Date header, subject), not from its place in
 * a folder, so it is known again there too.
 */
export function standInMessageId(from: string, date: string, subject: string): string {
  return `<no-id.${digest(`${from.toLowerCase()}\n${date}\n${subject}`)}@${OWN_ID_DOMAIN}>`;
}

/** Whether an id names a real message (one a mail program can thread under). */
export const isRealMessageId = (id: string) => !id.endsWith(`@${OWN_ID_DOMAIN}>`);

/** 64-bit FNV-1a as 16 hex digits: stable and spread, not a secret (shared/ has no crypto). */
function digest(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Which email this is, as "already logged" knows it: the sender and the Message-ID together. */
export const mailKey = (from: string, messageId: string) => `${from.trim().toLowerCase()}\n${messageId}`;
