import type { RequestEvent } from '../domain/events';
import { isRealMessageId, REFERENCES_MAX } from './message-id';

/** Where a message goes in the thread: In-Reply-To and References, as a mail program's Reply writes them. */
export interface MailThread {
  inReplyTo: string | null;
  references: string[];
}

/**
 * The thread a message to the client joins: under the client's latest email (In-Reply-To), with
 * every email of the request before it, theirs and ours, oldest first (References), so it lands
 * under their message in Outlook, Gmail or Thunderbird. With no email of theirs known (they
 * phoned), under our own latest. A long thread keeps its first and its latest, as RFC 5322
 * allows trimming.
 */
export function clientThread(events: readonly RequestEvent[]): MailThread {
  const all: string[] = [];
  let theirs: string | null = null;
  let ours: string | null = null;
  for (const event of events) {
    const id =
      event.type === 'logged' || event.type === 'client-contacted' || event.type === 'client-message-sent' ? event.messageId : undefined;
    if (!id || !isRealMessageId(id)) continue;
    if (!all.includes(id)) all.push(id);
    if (event.type === 'client-message-sent') ours = id;
    else theirs = id;
  }
  return threadUnder(theirs ?? ours, all);
}

/** The thread of the asks about one request: each ask emailed to the boss under the one before. */
export function askThread(events: readonly RequestEvent[]): MailThread {
  const asks = events.flatMap((e) => (e.type === 'asked' && e.messageId && isRealMessageId(e.messageId) ? [e.messageId] : []));
  return threadUnder(asks.at(-1) ?? null, asks);
}

function threadUnder(parent: string | null, all: string[]): MailThread {
  if (!parent) return { inReplyTo: null, references: [] };
  const chain = [...all.filter((id) => id !== parent), parent];
  const references = chain.length > REFERENCES_MAX ? [chain[0]!, ...chain.slice(-(REFERENCES_MAX - 1))] : chain;
  return { inReplyTo: parent, references };
}
