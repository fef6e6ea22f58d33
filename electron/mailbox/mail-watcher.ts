import { createHash } from 'node:crypto';
import { ImapFlow } from 'imapflow';
import { subDays } from 'date-fns';
import type { MailOffer, MailOffers, SentOffer } from '../../shared/mailbox/account';
import type { FollowThroughService } from '../service';
import type { UntrustedParser } from '../untrusted/untrusted-parser';
import { imapOptions, mailFailure } from './connection-check';
import type { MailboxStore } from './mailbox-store';

/** How far back the inbox is read: a client's email older than this is past offering. */
export const LOOKBACK_DAYS = 14;
/** A message larger than this is offered without its first lines: it is not downloaded. */
export const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;
/** How often main reads the inbox while the app runs. */
export const CHECK_EVERY_MINUTES = 5;

/**
 * Reads the inbox for mail from the clients of open requests and offers each message to be
 * logged as a contact. Only the headers of every message are read; only a message from a
 * client of an open request is downloaded, and it is parsed in the parse worker (off main, with
 * its limits), as a dropped email is. Nothing is stored until the user logs it: the offers live
 * in memory, and a contact logged from one keeps the message's Message-ID so it is not offered again.
 */
export class MailWatcher {
  private offers = new Map<string, Omit<MailOffer, 'version'> & { messageId: string }>();
  private sent = new Map<string, Omit<SentOffer, 'version'> & { messageId: string }>();
  private checkedAt: string | null = null;
  private problem: string | null = null;
  private running: Promise<MailOffers> | null = null;

  constructor(
    private readonly deps: {
      mailbox: MailboxStore;
      service: FollowThroughService;
      parser: UntrustedParser;
      log?: (message: string) => void;
    },
  ) {}

  view(): MailOffers {
    const logged = this.deps.service.loggedMessageIds();
    const offers: MailOffer[] = [];
    for (const { messageId, ...offer } of this.offers.values()) {
      const version = this.deps.service.openVersion(offer.requestId);
      // Logged already, or the request closed or deleted since: no longer on offer.
      if (logged.has(messageId) || version === null) continue;
      offers.push({ ...offer, version });
    }
    offers.sort((a, b) => a.at.localeCompare(b.at));
    const recorded = this.deps.service.sentMessageIds();
    const sent: SentOffer[] = [];
    for (const offer of this.sent.values()) {
      const version = this.deps.service.openVersion(offer.requestId);
      if (recorded.has(offer.messageId) || version === null) continue;
      const { id, requestId, clientName, topic, kind, subject, sentAt } = offer;
      sent.push({ id, requestId, version, clientName, topic, kind, subject, sentAt });
    }
    sent.sort((a, b) => a.sentAt.localeCompare(b.sentAt));
    return { offers, sent, checkedAt: this.checkedAt, problem: this.problem };
  }

  /** The offer, if it is still on offer. It leaves the list once logged: view() leaves out what is logged. */
  offer(id: string): (Omit<MailOffer, 'version'> & { messageId: string }) | null {
    return this.offers.get(id) ?? null;
  }

  /** The Sent-folder offer, if it is still on offer. It leaves the list once recorded. */
  sentOffer(id: string) {
    return this.sent.get(id) ?? null;
  }

  /** Reads the inbox now; a check already running is joined, not doubled. */
  check(): Promise<MailOffers> {
    this.running ??= this.read().finally(() => (this.running = null));
    return this.running;
  }

  private async read(): Promise<MailOffers> {
    const { mailbox, service, parser } = this.deps;
    const account = mailbox.account();
    const password = account ? mailbox.password() : null;
    if (!account || password === null) {
      this.offers.clear();
      this.sent.clear();
      this.problem = null;
      return this.view();
    }
    const client = new ImapFlow(imapOptions(account, password));
    client.on('error', () => {});
    try {
      await client.connect();
      const found: { messageId: string; from: string; date: Date; subject: string; uid: number; size: number }[] = [];
      const lock = await client.getMailboxLock('INBOX');
      try {
        const uids = await client.search({ since: subDays(service.now(), LOOKBACK_DAYS) }, { uid: true });
        if (uids && uids.length) {
          for await (const m of client.fetch(uids, { uid: true, envelope: true, size: true }, { uid: true })) {
            const from = m.envelope?.from?.[0]?.address?.toLowerCase() ?? '';
            // Mail from anyone but a client with an open request is not read past its headers.
            if (!from || service.openRequestsFrom(from).length === 0) continue;
            const messageId = m.envelope?.messageId ?? `uid:${m.uid}`;
            const sent = m.envelope?.date ? new Date(m.envelope.date) : service.now();
            const date = Number.isNaN(sent.getTime()) ? service.now() : sent;
            found.push({ messageId, from, date, subject: m.envelope?.subject ?? '', uid: m.uid, size: m.size ?? 0 });
          }
        }
        const logged = service.loggedMessageIds();
        for (const mail of found) {
          if (logged.has(mail.messageId) || [...this.offers.values()].some((o) => o.messageId === mail.messageId)) continue;
          const open = service.openRequestsFrom(mail.from);
          const request = open.find((r) => mail.subject.toLowerCase().includes(r.topic.toLowerCase())) ?? open[0]!;
          // Older than the client's last contact on it (the request itself, say): not a new message.
          const lastInbound = service.lastInbound(request.id);
          if (lastInbound && mail.date <= new Date(lastInbound)) continue;
          let firstLines = '';
          if (mail.size <= MAX_MESSAGE_BYTES) {
            const message = await client.fetchOne(String(mail.uid), { source: true }, { uid: true });
            if (message && message.source) {
              try {
                const parsed = await parser.readEmail({ kind: 'file', fileName: 'message.eml', base64: message.source.toString('base64') });
                firstLines = firstLinesOf(parsed.text);
              } catch {
                // A message the parser refuses (too slow, damaged) is still offered, without its lines.
              }
            }
          }
          const now = service.now();
          const id = createHash('sha256').update(mail.messageId).digest('hex').slice(0, 16);
          this.offers.set(id, {
            id,
            messageId: mail.messageId,
            requestId: request.id,
            clientName: request.clientName,
            topic: request.topic,
            at: (mail.date > now ? now : mail.date).toISOString(),
            subject: mail.subject.slice(0, 300),
            firstLines,
          });
        }
      } finally {
        lock.release();
      }
      await this.readSent(client);
      this.checkedAt = service.now().toISOString();
      this.problem = null;
    } catch (error) {
      this.problem = mailFailure(error, account.imap, 'IMAP').message;
      this.deps.log?.(`Mailbox check failed: ${this.problem}`);
    } finally {
      await client.logout().catch(() => client.close());
    }
    return this.view();
  }

  /**
   * Finds in the Sent folder the drafts this session proposed that went out from the mail
   * program: to the client's address, with the draft's subject (a "Re:" allowed), sent after
   * the draft was made and after the client last wrote. Only envelopes are read.
   */
  private async readSent(client: ImapFlow): Promise<void> {
    const { service } = this.deps;
    const proposals = service.proposedEmails();
    if (proposals.length === 0) return;
    const folder = (await client.list()).find((f) => f.specialUse === '\\Sent');
    if (!folder) return;
    const recorded = service.sentMessageIds();
    const lock = await client.getMailboxLock(folder.path);
    try {
      const since = proposals.reduce((a, p) => (p.madeAt < a ? p.madeAt : a), service.now());
      const uids = await client.search({ since: subDays(since, 1) }, { uid: true });
      if (!uids || uids.length === 0) return;
      for await (const m of client.fetch(uids, { uid: true, envelope: true }, { uid: true })) {
        const to = m.envelope?.to?.[0]?.address?.toLowerCase() ?? '';
        const messageId = m.envelope?.messageId ?? '';
        const sentAt = m.envelope?.date ? new Date(m.envelope.date) : null;
        if (!to || !messageId || !sentAt || Number.isNaN(sentAt.getTime()) || recorded.has(messageId)) continue;
        const open = new Set(service.openRequestsFrom(to).map((r) => r.id));
        const match = proposals
          .filter((p) => open.has(p.requestId) && sameSubject(m.envelope?.subject ?? '', p.subject) && sentAt >= p.madeAt)
          .filter((p) => {
            const lastInbound = service.lastInbound(p.requestId);
            return !lastInbound || sentAt > new Date(lastInbound);
          })
          .at(-1);
        if (!match || match.kind === 'ask' || match.kind === 'digest' || match.kind === 'research') continue;
        const request = service.openRequestsFrom(to).find((r) => r.id === match.requestId)!;
        const id = createHash('sha256').update(`sent:${messageId}`).digest('hex').slice(0, 16);
        const now = service.now();
        this.sent.set(id, {
          id,
          messageId,
          requestId: match.requestId,
          clientName: request.clientName,
          topic: request.topic,
          kind: match.kind,
          subject: (m.envelope?.subject ?? '').slice(0, 300),
          sentAt: (sentAt > now ? now : sentAt).toISOString(),
        });
      }
    } finally {
      lock.release();
    }
  }
}

/** A subject as compared with a draft's: without "Re:" and "Fwd:", spaces and case. */
export function sameSubject(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/^\s*((re|fwd?|aw|sv)\s*:\s*)+/i, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  return norm(a) === norm(b);
}

/** The first lines of what they wrote, as one line of at most 300 characters. */
export function firstLinesOf(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 4)
    .join(' ');
  return lines.length > 300 ? `${lines.slice(0, 299)}…` : lines;
}
