import { ImapFlow } from 'imapflow';
import { isSameDay, startOfMinute, subDays } from 'date-fns';
import type { BossReply, LoggedMail, MailboxAccount, MailOffer, MailOffers, NewSenderMail, SentOffer } from '../../shared/mailbox/account';
import { DomainError } from '../../shared/domain/domain-error';
import type { ContactNeeds } from '../../shared/domain/events';
import type { FollowThroughService } from '../service';
import type { UntrustedParser } from '../untrusted/untrusted-parser';
import { imapOptions, mailFailure } from './connection-check';
import type { MailboxStore } from './mailbox-store';
import { InboxListener } from './inbox-listener';
import type { AppEvent, AppEvents, EmailSource } from '../../shared/ipc/contract';
import type { EmailOrigin } from '../../shared/email/email-prefill';
import { ENVELOPE_QUERY, envelopeOf, type Envelope } from './envelope';

/** How far back the inbox is read: a client's email older than this is past offering. */
export const LOOKBACK_DAYS = 14;
/** A message larger than this is offered without its first lines: it is not downloaded. */
export const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;
/** A boss's reply longer than this is cut: it becomes the decision's text, which is at most 10,000. */
export const MAX_REPLY_CHARS = 5000;
/** How many emails from new senders Today lists at most: the newest. */
export const NEW_SENDERS_SHOWN = 10;
/** How often main reads the inbox while the app runs. */
export const CHECK_EVERY_MINUTES = 5;
/**
 * How long a check may take at most before the server is said not to answer: a connection that
 * stops passing data (or trickles it) is given up, and checks asked for meanwhile get that answer
 * instead of waiting behind it.
 */
export const CHECK_DEADLINE_SECONDS = 45;

/** One check's connection, and whether its deadline passed (then nothing it finds is reported). */
interface Attempt {
  client: ImapFlow | null;
  givenUp: boolean;
}

/** An offer of a client's email, with what the contact it is logged as keeps. */
type HeldOffer = Omit<MailOffer, 'version'> & { key: string; origin: EmailOrigin };

/**
 * Reads the mailbox and keeps, in memory, what it offers: clients' emails to log as contacts
 * (or logs them itself, when the account says so), drafts of this session found in the Sent
 * folder, bosses' replies to asks emailed from the app, and new senders' emails to start a
 * request from. Only envelopes are read of every message; a message is downloaded only when it
 * is a client's email to an open request or a boss's reply to one of those asks (or a new
 * sender's, when the user picks it), and it is parsed in the parse worker (off main, with its
 * limits), as a dropped email is. What an offer leads to goes through the same rules as every
 * other write; a contact logged from an email keeps its Message-ID so it is not offered again.
 */
export class MailWatcher {
  private offers = new Map<string, HeldOffer>();
  private sent = new Map<string, Omit<SentOffer, 'version'> & { messageId: string }>();
  private replies = new Map<string, Omit<BossReply, 'version'>>();
  /** The newest emails from new senders, envelopes only, with where to fetch one if picked. */
  private newSenders = new Map<string, NewSenderMail & { uid: number; size: number; messageId: string; folderKey: string }>();
  /** Logged automatically, with when: Today lists those of the day. */
  private logged: (LoggedMail & { loggedAt: Date })[] = [];
  private checkedAt: string | null = null;
  private problem: string | null = null;
  private running: Promise<MailOffers> | null = null;
  private listening = false;
  private readonly listener: InboxListener;

  constructor(
    private readonly deps: {
      mailbox: MailboxStore;
      service: FollowThroughService;
      parser: UntrustedParser;
      /** Tells the window a check finished, so what it shows is read again at once. */
      push?: <E extends AppEvent>(event: E, payload: AppEvents[E]) => void;
      log?: (message: string) => void;
      /** CHECK_DEADLINE_SECONDS, shorter in the tests that stall a server. */
      deadlineSeconds?: number;
    },
  ) {
    this.listener = new InboxListener({
      connection: () => {
        const account = deps.mailbox.account();
        const password = account ? deps.mailbox.password() : null;
        return account && password !== null ? { account, password } : null;
      },
      onNewMail: () => void this.check(),
      ...(deps.log ? { log: deps.log } : {}),
    });
  }

  /** Keeps a connection on the inbox, so new mail is read as it arrives (see InboxListener). */
  listen(): InboxListener {
    this.listening = true;
    this.listener.start();
    return this.listener;
  }

  stopListening(): void {
    this.listening = false;
    this.listener.stop();
  }

  /** The account was saved or forgotten: listen with it as it now is. */
  accountChanged(): void {
    if (this.listening) this.listener.start();
  }

  view(): MailOffers {
    const alreadyLogged = this.deps.service.loggedMailKeys();
    const offers: MailOffer[] = [];
    for (const held of this.offers.values()) {
      const version = this.deps.service.openVersion(held.requestId);
      // Logged already, or the request closed or deleted since: no longer on offer.
      if (alreadyLogged.has(held.key) || version === null) continue;
      const { id, requestId, clientName, topic, at, subject, firstLines } = held;
      offers.push({ id, requestId, version, clientName, topic, at, subject, firstLines });
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
    const replies: BossReply[] = [];
    for (const reply of this.replies.values()) {
      // Once the decision is recorded (from this reply or otherwise) the reply has done its work.
      const request = this.deps.service.awaitingDecision(reply.requestId);
      if (request) replies.push({ ...reply, version: request.version });
    }
    replies.sort((a, b) => a.at.localeCompare(b.at));
    const now = this.deps.service.now();
    const logged = this.logged
      .filter((l) => isSameDay(l.loggedAt, now))
      .map(({ id, requestId, clientName, topic, at, subject }) => ({ id, requestId, clientName, topic, at, subject }));
    const notRequests = this.deps.mailbox.notRequests();
    const offering = this.deps.mailbox.account()?.offerNewSenders ?? false;
    const newSenders = offering
      ? [...this.newSenders.values()]
          // Hidden, or the sender has an open request now (made from this email, say): no longer new.
          .filter((m) => !notRequests.has(m.id) && this.deps.service.openRequestsFrom(m.from).length === 0)
          .map(({ id, fromName, from, subject, at }) => ({ id, fromName, from, subject, at }))
      : [];
    return { offers, sent, replies, logged, newSenders, checkedAt: this.checkedAt, problem: this.problem };
  }

  /** The offer, if it is still on offer. It leaves the list once logged: view() leaves out what is logged. */
  offer(id: string): HeldOffer | null {
    return this.offers.get(id) ?? null;
  }

  /** The Sent-folder offer, if it is still on offer. It leaves the list once recorded. */
  sentOffer(id: string) {
    return this.sent.get(id) ?? null;
  }

  /** The boss's reply, if it is still on offer: it leaves the list once a decision is recorded. */
  reply(id: string): Omit<BossReply, 'version'> | null {
    return this.replies.get(id) ?? null;
  }

  /**
   * A new sender's email, downloaded now that the user picked it, for the New request form (which
   * reads it in the parse worker, as a dropped email). Refused when it is too large or gone.
   */
  async download(id: string): Promise<EmailSource> {
    const mail = this.newSenders.get(id);
    const account = this.deps.mailbox.account();
    const password = account ? this.deps.mailbox.password() : null;
    if (!mail || !account || password === null) throw new DomainError('That email is no longer on offer: the inbox was read again since.');
    if (mail.size > MAX_MESSAGE_BYTES)
      throw new DomainError('That email is over 5 MB: open it in your mail program and copy what the request needs.');
    const client = new ImapFlow(imapOptions(account, password));
    client.on('error', () => {});
    try {
      await client.connect();
      const lock = await client.getMailboxLock('INBOX');
      try {
        const message = await client.fetchOne(String(mail.uid), { source: true, envelope: true }, { uid: true });
        // The same place in the inbox, but another message (the folder was rebuilt): not the one picked.
        const same = client.mailbox && String(client.mailbox.uidValidity) === mail.folderKey;
        if (!message || !message.source || !same) {
          throw new DomainError('That email is no longer in the inbox.');
        }
        return { kind: 'file', fileName: 'email.eml', base64: message.source.toString('base64') };
      } finally {
        lock.release();
      }
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new DomainError(`The email could not be fetched: ${mailFailure(error, account.imap, 'IMAP').message}`);
    } finally {
      await client.logout().catch(() => client.close());
    }
  }

  /** Not a request: remembered in the mailbox file, so it is not offered again. */
  dismiss(id: string): MailOffers {
    if (!this.newSenders.has(id)) throw new DomainError('That email is no longer on offer: the inbox was read again since.');
    this.deps.mailbox.markNotRequest(id);
    return this.view();
  }

  /** Reads the inbox now; a check already running is joined, not doubled. */
  check(): Promise<MailOffers> {
    this.running ??= this.readWithin().finally(() => {
      this.running = null;
      this.deps.push?.('mailChecked', { at: this.deps.service.now().toISOString() });
    });
    return this.running;
  }

  /**
   * read(), given up at the deadline: the connection is closed, which ends whatever it was
   * waiting for, and the user is told the server is not answering.
   */
  private async readWithin(): Promise<MailOffers> {
    const seconds = this.deps.deadlineSeconds ?? CHECK_DEADLINE_SECONDS;
    let timer: NodeJS.Timeout | undefined;
    const attempt: Attempt = { client: null, givenUp: false };
    const deadline = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), seconds * 1000);
    });
    try {
      const outcome = await Promise.race([this.read(attempt), deadline]);
      if (outcome !== 'late') return outcome;
      // What the closed connection then fails with is not news: the deadline already said it.
      attempt.givenUp = true;
      attempt.client?.close();
      const host = this.deps.mailbox.account()?.imap.host ?? 'The mail server';
      this.problem = `${host} is not answering: the check was given up after ${seconds} seconds. The app tries again every ${CHECK_EVERY_MINUTES} minutes.`;
      this.deps.log?.(`Mailbox check failed: ${this.problem}`);
      return this.view();
    } finally {
      clearTimeout(timer);
    }
  }

  private async read(attempt: Attempt): Promise<MailOffers> {
    const { mailbox, service } = this.deps;
    const account = mailbox.account();
    const password = account ? mailbox.password() : null;
    if (!account || password === null) {
      this.offers.clear();
      this.sent.clear();
      this.replies.clear();
      this.logged = [];
      this.newSenders.clear();
      // A damaged mailbox file is said where the mailbox is shown, not taken for one never connected.
      this.problem = mailbox.problem();
      return this.view();
    }
    const client = new ImapFlow(imapOptions(account, password));
    client.on('error', () => {});
    attempt.client = client;
    try {
      await client.connect();
      await this.readInbox(client, account);
      await this.readSent(client, account);
      if (attempt.givenUp) return this.view();
      this.checkedAt = service.now().toISOString();
      this.problem = null;
    } catch (error) {
      if (attempt.givenUp) return this.view();
      const { failure, message } = mailFailure(error, account.imap, 'IMAP');
      // A server that answered before and now does not is down, or this computer is offline: the
      // settings are not the thing to check, and nothing needs doing.
      const wasWorking = this.checkedAt !== null && (failure === 'connect' || failure === 'timeout' || failure === 'dns');
      this.problem = wasWorking
        ? `${account.imap.host} is not answering. It may be down, or this computer offline; the app tries again every ${CHECK_EVERY_MINUTES} minutes.`
        : message;
      this.deps.log?.(`Mailbox check failed: ${this.problem}`);
    } finally {
      await client.logout().catch(() => client.close());
    }
    return this.view();
  }

  /**
   * The inbox over the last LOOKBACK_DAYS, envelopes only; then the messages that matter are
   * downloaded: a client's email to an open request, and a boss's reply to an ask emailed from
   * the app (its In-Reply-To or References names the ask's Message-ID).
   */
  private async readInbox(client: ImapFlow, account: MailboxAccount): Promise<void> {
    const { service } = this.deps;
    const bosses = new Set(
      service
        .currentSettings()
        .bosses.map((b) => b.email.trim().toLowerCase())
        .filter(Boolean),
    );
    const asks = service.askMessageIds();
    const self = account.address.trim().toLowerCase();
    const fromClients: Envelope[] = [];
    const fromNewSenders: Envelope[] = [];
    const fromBosses: (Envelope & { requestId: string })[] = [];
    const lock = await client.getMailboxLock('INBOX');
    try {
      const uids = await client.search({ since: subDays(service.now(), LOOKBACK_DAYS) }, { uid: true });
      if (!uids || uids.length === 0) return;
      const place = { account: self, folder: 'INBOX', uidValidity: String(client.mailbox ? client.mailbox.uidValidity : '') };
      for await (const m of client.fetch(uids, ENVELOPE_QUERY, { uid: true })) {
        const mail = envelopeOf(m, place, service.now());
        if (!mail) continue;
        const { from } = mail;
        if (bosses.has(from) && asks.size > 0) {
          const requestId = mail.answers.map((ref) => asks.get(ref)).find((id) => id !== undefined);
          if (requestId) fromBosses.push({ ...mail, requestId });
        }
        // Mail from anyone but a client with an open request is not read past its headers.
        if (service.openRequestsFrom(from).length > 0) fromClients.push(mail);
        else if (account.offerNewSenders && from !== self && !bosses.has(from)) fromNewSenders.push(mail);
      }
      this.newSenders.clear();
      for (const mail of fromNewSenders.sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, NEW_SENDERS_SHOWN)) {
        const { placeId: id, uid, size, messageId, from, fromName, subject } = mail;
        this.newSenders.set(id, {
          id,
          uid,
          size,
          messageId,
          folderKey: place.uidValidity,
          from,
          fromName,
          subject,
          at: this.notLater(mail.date),
        });
      }
      for (const mail of fromClients) await this.offerClientMail(client, mail, account.logAutomatically);
      for (const mail of fromBosses) await this.offerBossReply(client, mail);
    } finally {
      lock.release();
    }
  }

  /**
   * Offers a client's new email to be logged; with Log automatically on, logs it (and offers it
   * only if that is refused). Each email once: one already logged, or already on offer, is known
   * by its sender and Message-ID, so the email a request was made from is never offered again.
   */
  private async offerClientMail(client: ImapFlow, mail: Envelope, automatically: boolean): Promise<void> {
    const { service } = this.deps;
    if (service.loggedMailKeys().has(mail.key) || [...this.offers.values()].some((o) => o.key === mail.key)) return;
    const open = service.openRequestsFrom(mail.from);
    const request = open.find((r) => mail.subject.toLowerCase().includes(r.topic.toLowerCase())) ?? open[0]!;
    const at = this.newSince(mail, service.lastInbound(request.id));
    if (!at) return;
    const text = await this.textOf(client, mail);
    const offer: HeldOffer = {
      id: mail.placeId,
      key: mail.key,
      origin: { messageId: mail.messageId, from: mail.from, subject: mail.subject },
      requestId: request.id,
      clientName: request.clientName,
      topic: request.topic,
      at,
      subject: mail.subject,
      firstLines: firstLinesOf(text),
    };
    if (automatically) {
      try {
        service.logClientContact(request.id, request.version, contactFrom(offer));
        const { id, requestId, clientName, topic, subject } = offer;
        this.logged = this.logged.filter((l) => isSameDay(l.loggedAt, service.now()));
        this.logged.push({ id, requestId, clientName, topic, at, subject, loggedAt: service.now() });
        return;
      } catch (error) {
        // Refused (the request changed while the message was read): offered instead, to log by hand.
        this.deps.log?.(`An email could not be logged automatically: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.offers.set(offer.id, offer);
  }

  /**
   * When a client's email counts as sent, if it is newer than their last contact (ISO); null
   * when it is not. By its Date header, to the minute (the form keeps minutes, so the email a
   * request was made from is not newer than its own contact); a Date older than the last
   * contact while the server received it after (a sender's clock running slow) is judged by
   * the arrival instead.
   */
  private newSince(mail: Envelope, lastInbound: string | null): string | null {
    if (!lastInbound) return this.notLater(mail.date);
    const last = new Date(lastInbound);
    if (startOfMinute(mail.date) > last) return this.notLater(mail.date);
    return mail.arrived > last && mail.date < last ? this.notLater(mail.arrived) : null;
  }

  private async offerBossReply(client: ImapFlow, mail: Envelope & { requestId: string }): Promise<void> {
    const id = mail.placeId;
    if (this.replies.has(id)) return;
    const request = this.deps.service.awaitingDecision(mail.requestId);
    if (!request) return;
    const text = (await this.textOf(client, mail)).trim();
    this.replies.set(id, {
      id,
      requestId: mail.requestId,
      bossName: request.bossName,
      clientName: request.clientName,
      topic: request.topic,
      at: this.notLater(mail.date),
      text: text.length > MAX_REPLY_CHARS ? `${text.slice(0, MAX_REPLY_CHARS - 1)}…` : text,
    });
  }

  /**
   * What the sender wrote (without the quoted history), read in the parse worker; empty when the
   * message is too large to download or the parser refuses it (too slow, damaged): it is still offered.
   */
  private async textOf(client: ImapFlow, mail: Envelope): Promise<string> {
    if (mail.size > MAX_MESSAGE_BYTES) return '';
    const message = await client.fetchOne(String(mail.uid), { source: true }, { uid: true });
    if (!message || !message.source) return '';
    try {
      const parsed = await this.deps.parser.readEmail({ kind: 'file', fileName: 'message.eml', base64: message.source.toString('base64') });
      return parsed.text;
    } catch {
      return '';
    }
  }

  /** A Date header in the future (a sender's clock running fast) is taken as now. */
  private notLater(date: Date): string {
    const now = this.deps.service.now();
    return (date > now ? now : date).toISOString();
  }

  /**
   * Finds in the Sent folder what went to a client from the mail program, answering them: a
   * message that names one of the client's emails on the request (In-Reply-To or References),
   * or whose subject is "Re:" and theirs, as any mail program's Reply is; or a draft this session
   * proposed (to the client's address, with the draft's subject, "Re:" allowed). It must have
   * gone after the client last wrote. Only envelopes are read. With Log automatically on it is
   * recorded at once, at the time it went; else it is offered as Mark as sent.
   */
  private async readSent(client: ImapFlow, account: MailboxAccount): Promise<void> {
    const { service } = this.deps;
    const proposals = service.proposedEmails();
    const folder = (await client.list()).find((f) => f.specialUse === '\\Sent');
    if (!folder) return;
    const recorded = service.sentMessageIds();
    const lock = await client.getMailboxLock(folder.path);
    try {
      const since = proposals.reduce((a, p) => (p.madeAt < a ? p.madeAt : a), subDays(service.now(), LOOKBACK_DAYS));
      const uids = await client.search({ since: subDays(since, 1) }, { uid: true });
      if (!uids || uids.length === 0) return;
      const place = {
        account: account.address.toLowerCase(),
        folder: folder.path,
        uidValidity: String(client.mailbox ? client.mailbox.uidValidity : ''),
      };
      for await (const m of client.fetch(uids, ENVELOPE_QUERY, { uid: true })) {
        const mail = envelopeOf(m, place, service.now());
        if (!mail || !mail.to || recorded.has(mail.messageId)) continue;
        const match = this.answered(mail) ?? this.proposalSent(mail, proposals);
        if (!match) continue;
        const request = service.openRequestsFrom(mail.to).find((r) => r.id === match.requestId)!;
        const offer = {
          id: mail.placeId,
          messageId: mail.messageId,
          requestId: match.requestId,
          clientName: request.clientName,
          topic: request.topic,
          kind: match.kind,
          subject: mail.subject,
          sentAt: this.notLater(mail.date),
        };
        if (account.logAutomatically && this.recordSent(offer, request.version)) continue;
        this.sent.set(offer.id, offer);
      }
    } finally {
      lock.release();
    }
  }

  /** A message in Sent that answers one of the client's emails on an open request, as what it answers owes. */
  private answered(mail: Envelope): { requestId: string; kind: SentOffer['kind'] } | null {
    const { service } = this.deps;
    for (const request of service.openRequestsFrom(mail.to)) {
      const theirs = service.clientEmails(request.id);
      const threaded = mail.answers.some((id) => theirs.messageIds.has(id));
      const titled = /^\s*(re|aw|sv|antw)\s*:/i.test(mail.subject) && theirs.subjects.some((s) => sameSubject(s, mail.subject));
      if (!threaded && !titled) continue;
      const lastInbound = service.lastInbound(request.id);
      if (lastInbound && mail.date <= new Date(lastInbound)) continue;
      const kind = service.owedMessageKind(request.id);
      if (kind) return { requestId: request.id, kind };
    }
    return null;
  }

  /** A draft this session proposed that went out from the mail program. */
  private proposalSent(mail: Envelope, proposals: ReturnType<FollowThroughService['proposedEmails']>) {
    const { service } = this.deps;
    const open = new Set(service.openRequestsFrom(mail.to).map((r) => r.id));
    const match = proposals
      .filter((p) => open.has(p.requestId) && sameSubject(mail.subject, p.subject) && mail.date >= p.madeAt)
      .filter((p) => {
        const lastInbound = service.lastInbound(p.requestId);
        return !lastInbound || mail.date > new Date(lastInbound);
      })
      .at(-1);
    if (!match || match.kind === 'ask' || match.kind === 'digest' || match.kind === 'research') return null;
    return { requestId: match.requestId, kind: match.kind };
  }

  /** Logs automatically what was found in Sent; false when that was refused (then it is offered). */
  private recordSent(offer: Omit<SentOffer, 'version'> & { messageId: string }, version: number): boolean {
    try {
      const used = { subject: offer.subject, body: '', proposalId: null };
      this.deps.service.markSent(offer.requestId, version, offer.kind, 'email', used, offer.messageId, new Date(offer.sentAt));
      return true;
    } catch (error) {
      this.deps.log?.(`A sent email could not be recorded automatically: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }
}

/** The contact an email is logged as, by Log as contact or automatically: the same either way. */
export function contactFrom(offer: { at: string; firstLines: string; subject: string; origin: EmailOrigin }) {
  return {
    channel: 'email' as const,
    contactAt: offer.at,
    note: (offer.firstLines || offer.subject).slice(0, 500),
    needs: 'reply' as ContactNeeds,
    email: offer.origin,
  };
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
