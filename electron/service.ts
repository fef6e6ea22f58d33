import { foldForSearch } from '../shared/views/search-fold';
import { getYear, parseISO } from 'date-fns';
import type { Clock } from '../shared/domain/clock';
import type { ContactChannel } from '../shared/domain/contact-channel';
import { DomainError, StaleVersionError } from '../shared/domain/domain-error';
import type { ClientMessageKind, ContactNeeds, ParkOutcome, RequestEvent, ResearchNote } from '../shared/domain/events';
import type { RequestDetails } from '../shared/domain/request';
import { foldRequest, type RequestState } from '../shared/domain/request-state';
import type { Settings } from '../shared/domain/settings';
import { clientDraft, draftWarnings, type ClientDraftOptions } from '../shared/drafts/client-drafts';
import type { Draft } from '../shared/drafts/draft';
import type {
  AppSettings,
  Counts,
  DigestSent,
  RequestList,
  RequestQuery,
  RequestRef,
  SetupAnswers,
  TodayQuery,
  TodayView,
} from '../shared/ipc/contract';
import { TODAY_PAGE } from '../shared/ipc/contract';
import { askDraft, digestCandidates, digestDraft, inDigest } from '../shared/drafts/boss-drafts';
import { recordAsk, undoLastAsk } from '../shared/rules/asks';
import { clientKey, usualGapWithHistory } from '../shared/rules/chase-prediction';
import { chaseOutcomes, scoreChases, type ChaseOutcome, type ChasesBeaten } from '../shared/rules/chases-beaten';
import {
  addNote,
  completeClientStep,
  markClientMessageSent,
  proposeCall,
  logCall,
  recordClientContact,
  recordSentEmail,
  reopen,
  setClientStep,
} from '../shared/rules/client-track';
import type { ClientContext } from '../shared/rules/client-updates';
import { recordDecision } from '../shared/rules/decision';
import { acknowledgementDue } from '../shared/rules/first-response';
import { validateNewRequest } from '../shared/rules/new-request';
import { chooseParkOutcome, unpark } from '../shared/rules/parking';
import { dueCount, todaySections, type TodaySection } from '../shared/rules/today';
import { calendarOf } from '../shared/rules/work-calendar';
import { bossAwayNow, deadlinesWhileAway } from '../shared/rules/boss-away';
import { scheduleOf, type Schedule } from '../shared/rules/schedule';
import { summaryWith, summaryWithAll, summaryWithout, yearFiled } from '../shared/store/archive-index';
import { documentOf, type RequestDocument } from '../shared/store/documents';
import { bossName } from '../shared/domain/settings';
import {
  detailView,
  matchesSearch,
  searchTextOf,
  summarise,
  type RequestDetailView,
  type RequestSummary,
} from '../shared/views/request-view';
import type { RequestStore } from './store/request-store';
import { compareIso } from '../shared/domain/compare-iso';
import type { EmailOrigin } from '../shared/email/email-prefill';
import { mailKey } from '../shared/mailbox/message-id';
import { askThread, clientThread, type MailThread } from '../shared/mailbox/thread';
import { describeIssues, eventSchema } from '../shared/store/event-schema';
import { correctDetails, handOver, withdraw } from '../shared/rules/correction';
import { agreeNewDeadline } from '../shared/rules/new-deadline';
import { count } from '../shared/copy/plural';
import { sentenceCase } from '../shared/copy/case';
import type { DeletedRequest, OpenRequestRef, ProposedDraft, UsedDraft } from '../shared/ipc/contract';
import { EMPTY_PROFILE, isEmptyProfile, type ClientProfile } from '../shared/clients/client-profile';
import { templateIdOf, type Medium } from '../shared/domain/draft-templates';
import { researchDraft, type ResearchDraftOptions } from '../shared/drafts/research-draft';
import { draftShares, draftUses, type DraftShares } from '../shared/rules/draft-use';
import { ProposedDrafts, type EmailProposal } from './drafts/proposed-drafts';

export interface ServiceDeps {
  store: RequestStore;
  clock: Clock;
  newId: () => string;
  log?: (message: string) => void;
}

type Rule = (state: RequestState, now: Date, client: ClientContext) => RequestEvent[];

/**
 * One request as main keeps it: its events, and what has been worked out from them, kept
 * until they change. The fold depends on the clock only where a re-ask date brings a parked
 * request back, so a folded state is reused for as long as `now` stays on the same side of
 * that date.
 */
interface Entry {
  id: string;
  events: RequestEvent[];
  clientKey: string;
  /** The client's name folded (case, accents, apostrophes): an earlier request may lack the address. */
  nameKey: string;
  fold: { state: RequestState; validFrom: number; validUntil: number } | null;
  schedule: { state: RequestState; settings: Settings; gapDays: number; schedule: Schedule } | null;
  derived: { state: RequestState; searchText: string; chases: ChaseOutcome[] } | null;
}

/** How long the same new-request details count as one submission rather than two requests. */
const DUPLICATE_WINDOW_MS = 10_000;
const NO_SUCH_REQUEST = 'That request no longer exists. Go back to the list and pick it again.';

/**
 * Applies the shared rules: reads state, asks a rule which events to append, appends them,
 * writes through to the store. Open requests are kept in memory; archived (closed) ones are
 * read from the archives the first time a screen needs them. An action refolds only the
 * request it touched and recomputes only that client's usual gap.
 */
export class FollowThroughService {
  private active = new Map<string, Entry>();
  private archived: Map<string, Entry> | null = null;
  private activeByClient = new Map<string, Set<string>>();
  private activeByName = new Map<string, Set<string>>();
  private gapByClient = new Map<string, number>();
  private settings: Settings;
  private lastLogged: { id: string; fingerprint: string; at: number } | null = null;
  /** Requests deleted since start, with their events, so a deletion can be undone this session. */
  private deleted = new Map<string, DeletedRequest & { events: RequestEvent[] }>();
  private store: RequestStore;
  /** The drafts main proposed this session, to measure how much each was changed before use. */
  private readonly proposals = new ProposedDrafts(() => this.deps.newId());

  constructor(private readonly deps: ServiceDeps) {
    this.store = deps.store;
    this.settings = this.store.settings();
    this.load();
  }

  /** Starts again from another store (after a backup was restored). */
  reload(store: RequestStore): void {
    this.store = store;
    this.settings = store.settings();
    this.active = new Map();
    this.archived = null;
    this.activeByClient = new Map();
    this.activeByName = new Map();
    this.gapByClient = new Map();
    this.lastLogged = null;
    // What was deleted before the restore belongs to data that is no longer in place: undo would write into the restored data.
    this.deleted = new Map();
    this.load();
  }

  private load(): void {
    const now = this.deps.clock.now();
    const closed: { entry: Entry; state: RequestState }[] = [];
    for (const doc of this.settledDocuments(now)) {
      const entry = newEntry(doc.id, doc.events);
      this.activate(entry);
      try {
        const state = this.stateOf(entry, now);
        if (state.status === 'closed') closed.push({ entry, state });
      } catch (error) {
        // The store checked every document; a fold that still fails is a bug, logged, not fatal.
        this.untrack(entry);
        this.deps.log?.(`Skipped request ${doc.id}: ${String(error)}`);
      }
    }
    // Closed requests still in the main file (an older format, or a move cut short) finish moving now.
    if (closed.length) this.archiveAll(closed);
  }

  /**
   * The open documents, with any request that is also in an archive settled first. That
   * happens after a move cut short by a crash, or after a backup was restored: the copy with
   * more events is the later one (events are only appended). An archived copy that is later
   * stays archived and leaves the main file; a later main copy that is open leaves the archive.
   */
  private settledDocuments(now: Date): RequestDocument[] {
    const docs = this.store.activeDocuments();
    const index = this.store.archiveIndex();
    const both = docs.filter((doc) => yearFiled(index, doc.id) !== undefined);
    if (!both.length) return docs;
    const dropped = new Set<string>();
    for (const doc of both) {
      const archived = this.store.archivedDocument(doc.id);
      if (!archived) continue;
      if (archived.events.length > doc.events.length) {
        this.store.removeActive(doc.id);
        dropped.add(doc.id);
      } else if (foldRequest(doc.id, doc.events, now).status !== 'closed') {
        this.store.unarchive(doc, summaryWithout(this.store.archiveSummary(now), foldRequest(doc.id, archived.events, now)));
      }
    }
    return docs.filter((doc) => !dropped.has(doc.id));
  }

  /**
   * Deletes an open request logged by mistake. The events are kept in memory until the app
   * quits, so the deletion can be undone this session; the backups made before still hold it.
   */
  deleteRequest(id: string, version: number): DeletedRequest {
    const now = this.deps.clock.now();
    const entry = this.active.get(id);
    if (!entry) {
      if (!this.entryOf(id)) throw new DomainError(NO_SUCH_REQUEST, { id: NO_SUCH_REQUEST });
      throw new DomainError('Only an open request can be deleted. A closed one stays in the archive with its history.');
    }
    const state = this.stateOf(entry, now);
    if (state.version !== version) throw new StaleVersionError();
    this.store.removeActive(id);
    this.untrack(entry);
    this.gapByClient.delete(entry.clientKey);
    if (this.lastLogged?.id === id) this.lastLogged = null;
    const deleted = { id, topic: state.details.topic, clientName: state.details.client.name, deletedAt: now.toISOString() };
    this.deleted.set(id, { ...deleted, events: entry.events });
    return deleted;
  }

  /** Brings back a request deleted this session, exactly as it was. */
  undoDelete(id: string): RequestDetailView {
    const deleted = this.deleted.get(id);
    if (!deleted) {
      const message = 'That request can no longer be brought back here. It is in the backups from before it was deleted.';
      throw new DomainError(message, { id: message });
    }
    const entry = newEntry(id, deleted.events);
    this.store.saveActive(documentOf(id, entry.events));
    this.activate(entry);
    this.gapByClient.delete(entry.clientKey);
    this.deleted.delete(id);
    return this.request(id);
  }

  /** Every request, open and archived, as stored: what a JSON export holds. */
  allDocuments(): RequestDocument[] {
    const entries = [...this.active.values(), ...this.archivedEntries().values()];
    return entries.map((entry) => documentOf(entry.id, entry.events));
  }

  /** The stored document of a request, wherever it is filed; null when there is none. */
  documentById(id: string): RequestDocument | null {
    const entry = this.entryOf(id);
    return entry ? documentOf(id, entry.events) : null;
  }

  /**
   * Adds requests from an export as they were: closed ones to their year's archive, then open
   * ones to the main file, each file written once however many requests there are. A crash
   * between the two leaves the closed ones filed; importing the file again adds the rest
   * (what landed is "already here").
   */
  importDocuments(docs: readonly RequestDocument[]): void {
    const now = this.deps.clock.now();
    const open: Entry[] = [];
    const closed: { entry: Entry; state: RequestState }[] = [];
    for (const doc of docs) {
      const entry = newEntry(doc.id, doc.events);
      const state = this.stateOf(entry, now);
      if (state.status === 'closed') closed.push({ entry, state });
      else open.push(entry);
    }
    if (closed.length) this.archiveAll(closed);
    this.store.saveAllActive(open.map((entry) => documentOf(entry.id, entry.events)));
    for (const entry of open) this.activate(entry);
    this.gapByClient.clear();
  }

  /**
   * A request set aside when the data was loaded, mended, brought back: its history says what
   * was mended (a note). Refused when a request with its id is in the data again meanwhile.
   */
  restoreRequest(doc: RequestDocument, repairs: readonly string[]): RequestDetailView {
    if (this.entryOf(doc.id)) throw new DomainError('A request with this id is already in your data: it was brought back before.');
    this.importDocuments([doc]);
    const text = `Brought back from Needs attention. ${repairs.map((r) => `${r.charAt(0).toUpperCase()}${r.slice(1)}.`).join(' ')}`;
    this.append(doc.id, addNote({ text, askedWhom: '', onBehalfOf: '', inCaseOnly: false }, this.deps.clock.now()));
    return this.request(doc.id);
  }

  /** Every row of the queue under a filter, unpaged: what a CSV of it holds. */
  allRows(filter: Omit<RequestQuery, 'offset' | 'limit'>): RequestSummary[] {
    return this.listRequests({ ...filter, offset: 0, limit: Number.MAX_SAFE_INTEGER }).requests;
  }

  deletedThisSession(): DeletedRequest[] {
    return [...this.deleted.values()].reverse().map(({ id, topic, clientName, deletedAt }) => ({ id, topic, clientName, deletedAt }));
  }

  /** The open requests of the client with this email address: where a second email from them may belong. */
  openRequestsFrom(email: string): OpenRequestRef[] {
    return this.openRequestsIn(email.trim() ? this.activeByClient.get(email.trim().toLowerCase()) : undefined);
  }

  /**
   * The open requests of a client being typed in: by their email, and by their name too, since
   * an earlier request may have been logged before their address was known.
   */
  openRequestsOfClient(name: string, email: string): OpenRequestRef[] {
    const byEmail = email.trim() ? (this.activeByClient.get(email.trim().toLowerCase()) ?? []) : [];
    const byName = name.trim() ? (this.activeByName.get(nameKeyOf(name)) ?? []) : [];
    return this.openRequestsIn(new Set([...byEmail, ...byName]));
  }

  private openRequestsIn(ids: Iterable<string> | undefined): OpenRequestRef[] {
    const now = this.deps.clock.now();
    return [...(ids ?? [])]
      .map((id) => this.stateOf(this.active.get(id)!, now))
      .filter((state) => state.status !== 'closed')
      .map((state) => ({ id: state.id, version: state.version, topic: state.details.topic, clientName: state.details.client.name }));
  }

  /**
   * The emails that open requests were made from or had contacts logged from, each as its
   * mailKey (sender and Message-ID): the mailbox offers each only once. Two emails with one
   * Message-ID from different senders are two emails.
   */
  loggedMailKeys(): Set<string> {
    const keys = new Set<string>();
    for (const entry of this.active.values()) {
      const client = entry.events[0]?.type === 'logged' ? entry.events[0].request.client.email : '';
      for (const event of entry.events) {
        if ((event.type === 'client-contacted' || event.type === 'logged') && event.messageId) {
          keys.add(mailKey(event.from ?? client, event.messageId));
        }
      }
    }
    return keys;
  }

  /** Where a message to the client on this request goes in the thread: under their latest email. */
  clientThread(id: string): MailThread {
    return clientThread(this.entryOf(id)?.events ?? []);
  }

  /** Where an ask emailed to the boss goes: under the last ask about the same request. */
  askThread(id: string): MailThread {
    return askThread(this.entryOf(id)?.events ?? []);
  }

  /**
   * The emails of the client's on an open request, with their Message-IDs and subjects: what a
   * reply written in the mail program is recognised by (In-Reply-To, References, or "Re:" and
   * their subject).
   */
  clientEmails(id: string): { messageIds: Set<string>; subjects: string[] } {
    const messageIds = new Set<string>();
    const subjects: string[] = [];
    for (const event of this.active.get(id)?.events ?? []) {
      if (event.type !== 'logged' && event.type !== 'client-contacted') continue;
      if (event.messageId) messageIds.add(event.messageId);
      if (event.subject) subjects.push(event.subject);
    }
    return { messageIds, subjects };
  }

  /** The email drafts proposed this session: what the mailbox's Sent folder is matched against. */
  proposedEmails(): EmailProposal[] {
    return this.proposals.emails();
  }

  /** The Message-IDs of messages recorded as sent on open requests. */
  sentMessageIds(): Set<string> {
    const ids = new Set<string>();
    for (const entry of this.active.values()) {
      for (const event of entry.events) if (event.type === 'client-message-sent' && event.messageId) ids.add(event.messageId);
    }
    return ids;
  }

  /**
   * The Message-IDs of the asks emailed from the app on requests still waiting for the boss's
   * decision (parked ones too: the boss can answer at any time), each with its request.
   */
  askMessageIds(): Map<string, string> {
    const ids = new Map<string, string>();
    for (const [id, entry] of this.active) {
      const asks = entry.events.filter((e): e is Extract<RequestEvent, { type: 'asked' }> => e.type === 'asked' && !!e.messageId);
      if (asks.length && this.awaitingDecision(id)) for (const ask of asks) ids.set(ask.messageId!, id);
    }
    return ids;
  }

  /** An open request still waiting for the boss's decision, as a boss's reply names it; null once decided or closed. */
  awaitingDecision(id: string): { version: number; clientName: string; topic: string; bossName: string; bossEmail: string } | null {
    const entry = this.active.get(id);
    if (!entry) return null;
    const state = this.stateOf(entry, this.deps.clock.now());
    if (state.status !== 'waiting' && state.status !== 'parked') return null;
    const boss = this.settings.bosses.find((b) => b.id === state.details.bossId);
    const { client, topic } = state.details;
    return { version: state.version, clientName: client.name, topic, bossName: boss?.name ?? '', bossEmail: boss?.email ?? '' };
  }

  /**
   * What a message to the client on this open request is now: the acknowledgement or reply it
   * owes, else the answer once decided, else an update. Null when it is closed or gone.
   */
  owedMessageKind(id: string): ClientMessageKind | null {
    const entry = this.active.get(id);
    if (!entry) return null;
    const state = this.stateOf(entry, this.deps.clock.now());
    if (state.status === 'closed') return null;
    if (acknowledgementDue(state, this.settings)) return 'acknowledgement';
    if (state.replyOwed) return 'reply';
    return state.status === 'decided' ? 'answer' : 'update';
  }

  /** When the client of an open request last got in touch (ISO), or null. */
  lastInbound(id: string): string | null {
    const entry = this.active.get(id);
    return entry ? (this.stateOf(entry, this.deps.clock.now()).inbound.at(-1)?.at ?? null) : null;
  }

  /** The version of an open request; null when it is closed, archived or gone. */
  openVersion(id: string): number | null {
    const entry = this.active.get(id);
    if (!entry) return null;
    const state = this.stateOf(entry, this.deps.clock.now());
    return state.status === 'closed' ? null : state.version;
  }

  /** The requests the store holds in total: open and archived. */
  requestCount(): number {
    return this.active.size + this.store.archivedCount();
  }

  appSettings(): AppSettings {
    return { settings: this.settings, setupNeeded: !this.settings.setupDone && this.requestCount() === 0 };
  }

  counts(): Counts {
    const now = this.deps.clock.now();
    const states = this.activeStates(now);
    return {
      asOf: now.toISOString(),
      due: dueCount(this.sections(states, now)),
      open: states.filter((s) => s.status !== 'closed').length,
      parked: states.filter((s) => s.status === 'parked').length,
      openByBoss: openByBoss(states),
    };
  }

  /** A boss is leaving: each of their open requests goes to `to`, recorded as a correction. */
  handOverRequests(from: string, to: string): { moved: number } {
    const now = this.deps.clock.now();
    const moving = this.activeStates(now).filter((s) => s.status !== 'closed' && s.details.bossId === from);
    const additions = moving.map((s) => [s.id, handOver(s, to, this.settings, now)] as const);
    for (const [id, events] of additions) this.append(id, events);
    return { moved: additions.length };
  }

  /** Today's sections, each cut to the rows asked for (a busy day has hundreds), with how many it has in all. */
  todayView(query: TodayQuery = { bossId: null, rowsPerSection: {} }): TodayView {
    const now = this.deps.clock.now();
    const states = this.activeStates(now);
    const sections = this.sections(states, now)
      .map((section) => {
        const rows = query.bossId ? section.rows.filter((r) => r.bossId === query.bossId) : section.rows;
        return { ...section, total: rows.length, rows: rows.slice(0, query.rowsPerSection[section.kind] ?? TODAY_PAGE) };
      })
      .filter((s) => s.total > 0);
    const digests = this.settings.bosses
      .map((boss) => ({
        bossId: boss.id,
        bossName: bossName(this.settings, boss.id),
        waiting: states.filter((s) => inDigest(s, boss.id)).length,
      }))
      .filter((d) => d.waiting > 0 && (!query.bossId || d.bossId === query.bossId));
    let upcoming: TodayView['upcoming'] = null;
    for (const state of states) {
      const step = this.scheduleFor(state).next;
      if (step && (!upcoming || step.dueAt < upcoming.step.dueAt)) {
        upcoming = {
          requestId: state.id,
          topic: state.details.topic,
          clientName: state.details.client.name,
          bossName: bossName(this.settings, state.details.bossId),
          strikeLimit: this.settings.strikeLimit,
          step,
        };
      }
    }
    const cal = calendarOf(this.settings);
    const bossesAway = this.settings.bosses.flatMap((boss) => {
      const away = bossAwayNow(boss.away ?? [], now, cal);
      if (!away) return [];
      return [
        { bossId: boss.id, bossName: bossName(this.settings, boss.id), ...away, deadlines: deadlinesWhileAway(states, boss.id, away, now) },
      ];
    });
    return { asOf: now.toISOString(), sections, digests, bossesAway, upcoming };
  }

  /**
   * One page of the queue, filtered and sorted in main: the renderer receives only the rows it
   * shows. Open requests come from memory; a filter that can match closed ones reads the archives.
   */
  listRequests(query: RequestQuery): RequestList {
    const now = this.deps.clock.now();
    const entries =
      query.status === 'all' || query.status === 'closed'
        ? [...this.active.values(), ...this.archivedEntries().values()]
        : [...this.active.values()];
    const matching: { state: RequestState; next: string }[] = [];
    for (const entry of entries) {
      const state = this.stateOf(entry, now);
      if (query.status === 'open' ? state.status === 'closed' : query.status !== 'all' && state.status !== query.status) continue;
      if (query.bossId && state.details.bossId !== query.bossId) continue;
      if (query.text.trim() && !matchesSearch(this.derivedOf(entry, state).searchText, query.text)) continue;
      matching.push({ state, next: this.scheduleFor(state).next?.dueAt ?? '\uffff' });
    }
    matching.sort((a, b) => compareIso(a.next, b.next) || compareIso(a.state.details.contact.at, b.state.details.contact.at));
    const requests = matching
      .slice(query.offset, query.offset + query.limit)
      .map(({ state }) => summarise(state, this.settings, this.clientOf(state), now, this.scheduleFor(state)));
    return {
      asOf: now.toISOString(),
      requests,
      matching: matching.length,
      total: this.requestCount(),
      chasesBeaten: this.chasesBeaten(now),
    };
  }

  /** Today's sections and the settings in force: what the notification scheduler works from. */
  today(): { now: Date; settings: Settings; sections: TodaySection[] } {
    const now = this.deps.clock.now();
    return { now, settings: this.settings, sections: this.sections(this.activeStates(now), now) };
  }

  request(id: string): RequestDetailView {
    const now = this.deps.clock.now();
    const state = this.stateById(id, now);
    return detailView(state, this.settings, this.clientOf(state), now);
  }

  /** The state and settings that file exports (calendar invitations) are built from. */
  exportContext(id: string): { state: RequestState; settings: Settings } {
    return { state: this.stateById(id, this.deps.clock.now()), settings: this.settings };
  }

  /**
   * Logs a new request. The same details submitted again within a few seconds (a double
   * click, or the form sent from two windows) answer with the request already logged
   * instead of logging it twice.
   */
  logRequest(details: RequestDetails, origin?: EmailOrigin, zone?: string): RequestDetailView {
    const now = this.deps.clock.now();
    validateNewRequest(details, this.settings, now);
    const fingerprint = JSON.stringify(details);
    const recent = this.lastLogged;
    if (recent && recent.fingerprint === fingerprint && now.getTime() - recent.at < DUPLICATE_WINDOW_MS && this.active.has(recent.id)) {
      return this.request(recent.id);
    }
    const id = this.deps.newId();
    const email = origin && { messageId: origin.messageId, from: origin.from, subject: origin.subject };
    this.append(id, [{ type: 'logged', at: now.toISOString(), request: details, ...email }]);
    this.lastLogged = { id, fingerprint, at: now.getTime() };
    if (zone) this.adoptZone(details, zone);
    return this.request(id);
  }

  askBoss(id: string, version: number, note: string, messageId?: string) {
    return this.act(id, version, (state, now) => recordAsk(state, this.settings, now, note, messageId));
  }

  /** Throws what askBoss would (a stale screen, a parked or decided request) without recording: an emailed ask is checked before it goes. */
  checkAsk(id: string, version: number): void {
    const now = this.deps.clock.now();
    const state = this.stateById(id, now);
    if (state.version !== version) throw new StaleVersionError();
    recordAsk(state, this.settings, now, '');
  }

  undoAsk(id: string, version: number) {
    return this.act(id, version, (state, now) => undoLastAsk(state, now));
  }

  askDraft(id: string, locale: string): Draft {
    const now = this.deps.clock.now();
    return askDraft(this.stateById(id, now), this.settings, now, locale);
  }

  digestDraft(bossId: string, locale: string, only: string[] | null) {
    const now = this.deps.clock.now();
    return digestDraft(this.activeStates(now), this.settings, bossId, now, locale, only);
  }

  /**
   * The digest went out: one ask on each request it listed. All are checked before any is
   * written, so a stale list (a request decided meanwhile) changes nothing and says which.
   */
  markDigestSent(bossId: string, requests: RequestRef[]): DigestSent {
    const now = this.deps.clock.now();
    const waiting = new Set(digestCandidates(this.activeStates(now), bossId).map((s) => s.id));
    const gone = requests.filter((r) => !waiting.has(r.id));
    if (gone.length) {
      const topics = gone.map((r) => this.findState(r.id, now)?.details.topic ?? 'a request that no longer exists');
      const message = `These are no longer waiting on this boss: ${topics.join('; ')}. Draft the digest again.`;
      throw new DomainError(message, { [`requests.${requests.indexOf(gone[0]!)}.id`]: message });
    }
    const twice = indexOfRepeat(requests.map((r) => r.id));
    if (twice >= 0) {
      const message = 'The digest lists a request twice. Draft it again.';
      throw new DomainError(message, { [`requests.${twice}.id`]: message });
    }
    const stale = requests.findIndex((r) => this.stateById(r.id, now).version !== r.version);
    if (stale >= 0) throw new StaleVersionError(`requests.${stale}.version`);
    const additions = requests.map(({ id }) => [id, recordAsk(this.stateById(id, now), this.settings, now, 'in the digest')] as const);
    for (const [id, events] of additions) this.append(id, events);
    const after = additions.map(([id]) => this.stateById(id, now));
    const label = (s: RequestState) => `${s.details.client.name}: ${s.details.topic}`;
    return {
      asked: after.map(label),
      parked: after.filter((s) => s.status === 'parked').map(label),
      undo: after.map((s) => ({ id: s.id, version: s.version })),
    };
  }

  /**
   * Takes back a digest: the last ask on each request it asked, and the park it caused. All are
   * checked first, so a request changed since (an ask made, an outcome chosen) changes nothing.
   */
  undoDigest(requests: RequestRef[]): { undone: number } {
    const now = this.deps.clock.now();
    const stale = requests.findIndex((r) => this.findState(r.id, now)?.version !== r.version);
    if (stale >= 0) {
      const state = this.findState(requests[stale]!.id, now);
      const message = `Nothing was undone: ${state ? `${state.details.client.name}: ${state.details.topic}` : 'a request'} changed after the digest. Undo its ask on its own page.`;
      throw new DomainError(message, { [`requests.${stale}.version`]: message });
    }
    const undos = requests.map(({ id }) => [id, undoLastAsk(this.stateById(id, now), now)] as const);
    for (const [id, events] of undos) this.append(id, events);
    return { undone: undos.length };
  }

  chooseParkOutcome(id: string, version: number, outcome: ParkOutcome) {
    return this.act(id, version, (state, now) => chooseParkOutcome(state, outcome, now, calendarOf(this.settings)));
  }

  unpark(id: string, version: number) {
    return this.act(id, version, (state, now) => unpark(state, now));
  }

  recordDecision(id: string, version: number, decision: string) {
    return this.act(id, version, (state, now) => recordDecision(state, decision, now));
  }

  logClientContact(
    id: string,
    version: number,
    input: { channel: ContactChannel; contactAt: string; note: string; needs: ContactNeeds; email?: EmailOrigin },
  ) {
    return this.act(id, version, (state, now, client) =>
      recordClientContact(state, this.settings, client, { ...input, contactAt: new Date(input.contactAt) }, now),
    );
  }

  /** `chaseOn` is a calendar day; the step falls due at the start of it, local time. */
  setClientStep(id: string, version: number, what: string, chaseOn: string) {
    return this.act(id, version, (state, now) => setClientStep(state, what, parseISO(chaseOn), now));
  }

  completeClientStep(id: string, version: number) {
    return this.act(id, version, (state, now) => completeClientStep(state, now));
  }

  proposeCall(id: string, version: number, startsAt: string, minutes: number) {
    return this.act(id, version, (state, now) => proposeCall(state, new Date(startsAt), minutes, now));
  }

  logCall(id: string, version: number, held: boolean, note: string) {
    return this.act(id, version, (state, now) => logCall(state, held, note, now));
  }

  addNote(id: string, version: number, note: ResearchNote) {
    return this.act(id, version, (_state, now) => addNote(note, now));
  }

  correctDetails(id: string, version: number, details: RequestDetails) {
    return this.act(id, version, (state, now) => correctDetails(state, details, this.settings, now));
  }

  withdraw(id: string, version: number, reason: string) {
    return this.act(id, version, (state, now) => withdraw(state, reason, now));
  }

  /** The client agreed a new date: their deadline moves, kept in the history with the old one. */
  agreeDeadline(id: string, version: number, deadline: string, note: string) {
    return this.act(id, version, (state, now) => agreeNewDeadline(state, deadline, note, now));
  }

  reopen(id: string, version: number) {
    return this.act(id, version, (state, now) => reopen(state, now));
  }

  /** An email marked sent, a call made or a voicemail left; the edit measured against main's own proposal. */
  /** `messageId`: the message went out through the mailbox with this Message-ID; `sentAt`: it went out then, before now. */
  markSent(id: string, version: number, kind: ClientMessageKind, medium: Medium, used: UsedDraft, messageId?: string, sentAt?: Date) {
    const edit = this.proposals.editOf(used, id, templateIdOf(kind, medium));
    return this.act(id, version, (state, now) =>
      markClientMessageSent(state, this.settings, kind, used.subject, now, {
        medium,
        body: used.body,
        client: this.clientOf(state),
        ...(edit && { edit }),
        ...(messageId && { messageId }),
        ...(sentAt && { sentAt }),
      }),
    );
  }

  /**
   * An email the mail server accepted, recorded on the request as it now stands, whatever
   * changed while it went; `closedMeanwhile` says it was closed by then (kept in its history).
   */
  recordSentEmail(id: string, kind: ClientMessageKind, used: UsedDraft, messageId: string) {
    const now = this.deps.clock.now();
    const state = this.stateById(id, now);
    const edit = this.proposals.editOf(used, id, templateIdOf(kind, 'email'));
    const how = { body: used.body, client: this.clientOf(state), messageId, ...(edit && { edit }) };
    this.append(id, recordSentEmail(state, this.settings, kind, used.subject, now, how));
    return { view: this.request(id), closedMeanwhile: state.status === 'closed' };
  }

  clientDraft(id: string, options: ClientDraftOptions): ProposedDraft {
    const now = this.deps.clock.now();
    const state = this.stateById(id, now);
    return this.proposals.keep(id, clientDraft(state, this.settings, this.clientOf(state), now, options), now);
  }

  researchDraft(id: string, options: ResearchDraftOptions): ProposedDraft {
    const now = this.deps.clock.now();
    const state = this.stateById(id, now);
    return this.proposals.keep(id, researchDraft(state, this.settings, options), now);
  }

  /** The "just in case" question, recorded as a research note: whom, when, on whose behalf, in case only. */
  recordResearch(id: string, version: number, options: ResearchDraftOptions, used: UsedDraft) {
    const edit = this.proposals.editOf(used, id, 'research');
    return this.act(id, version, (state, now) => {
      if (state.status === 'closed') throw new DomainError('This request is closed; reopen it to look into it again.');
      const note = {
        text: options.question,
        askedWhom: options.colleague,
        onBehalfOf: bossName(this.settings, state.details.bossId),
        inCaseOnly: true,
      };
      return addNote(note, now, edit ?? undefined);
    });
  }

  /** A zone read from a client's email becomes theirs, unless one is set already (by hand, or from an earlier email). */
  private adoptZone(details: RequestDetails, zone: string): void {
    const key = clientKey(details.client);
    const profile = this.store.clientProfiles()[key] ?? EMPTY_PROFILE;
    if (!profile.timeZone) this.store.saveClientProfile(key, { ...profile, timeZone: zone });
  }

  /** Kept by the request's client key, so every request from the client greets them the same way. */
  saveClientProfile(id: string, profile: ClientProfile): RequestDetailView {
    const state = this.stateById(id, this.deps.clock.now());
    this.store.saveClientProfile(clientKey(state.details.client), isEmptyProfile(profile) ? null : profile);
    return this.request(id);
  }

  /** The unedited share per kind of draft over the last 90 days: open requests here, archived ones in the index. */
  draftShares(): DraftShares {
    const now = this.deps.clock.now();
    const uses = [...this.store.archiveOutcomes(now).drafts];
    for (const entry of this.active.values()) uses.push(...draftUses(this.stateOf(entry, now)));
    return draftShares(uses, now);
  }

  now(): Date {
    return this.deps.clock.now();
  }

  currentSettings(): Settings {
    return this.settings;
  }

  saveSettings(settings: Settings): Settings {
    // No request is ever left without a boss: one who still decides open requests stays until they are handed over.
    const open = openByBoss(this.activeStates(this.deps.clock.now()));
    const leaving = this.settings.bosses.find((b) => (open[b.id] ?? 0) > 0 && !settings.bosses.some((n) => n.id === b.id));
    if (leaving) {
      const name = bossName(this.settings, leaving.id);
      const message = `${sentenceCase(name)} decides ${count(open[leaving.id]!, 'open request', 'open requests')}: hand them to another boss before removing ${name}.`;
      throw new DomainError(message, { bosses: message });
    }
    const saved = { ...settings, setupDone: true };
    this.store.saveSettings(saved);
    this.settings = saved;
    // The default gap may have changed; each client's gap is worked out again when next asked for.
    this.gapByClient.clear();
    return saved;
  }

  /** The first-run answers fill the settings they name; skipping only marks the setup done. */
  finishSetup(answers: SetupAnswers | null): Settings {
    if (!answers) return this.saveSettings(this.settings);
    const [first, ...others] = this.settings.bosses;
    const boss = { id: first?.id ?? this.settings.defaultBossId, name: answers.bossName, email: answers.bossEmail };
    return this.saveSettings({
      ...this.settings,
      assistantName: answers.assistantName,
      assistantEmail: answers.assistantEmail,
      signature: answers.signature,
      workingDays: [...answers.workingDays].sort(),
      bosses: [boss, ...others],
      defaultBossId: first ? this.settings.defaultBossId : boss.id,
    });
  }

  /** The never-blame check on edited text, masking that request's own words as the draft did. */
  checkWording(id: string | null, text: string): { warnings: string[] } {
    const state = id ? this.stateById(id, this.deps.clock.now()) : null;
    return { warnings: draftWarnings(text, state, this.settings) };
  }

  /**
   * Runs a rule on one request. The command carries the version its screen was built from;
   * if the request has changed since (a double click, a second window, a notification racing
   * a button), nothing is written and the caller is told to look again.
   */
  private act(id: string, version: number, rule: Rule): RequestDetailView {
    const now = this.deps.clock.now();
    const state = this.stateById(id, now);
    if (state.version !== version) throw new StaleVersionError();
    this.append(id, rule(state, now, this.clientOf(state)));
    return this.request(id);
  }

  private activeStates(now: Date): RequestState[] {
    const out: RequestState[] = [];
    for (const entry of this.active.values()) out.push(this.stateOf(entry, now));
    return out;
  }

  private sections(states: readonly RequestState[], now: Date): TodaySection[] {
    return todaySections(
      states,
      this.settings,
      (s) => this.clientOf(s),
      now,
      (s) => this.scheduleFor(s),
    );
  }

  private entryOf(id: string): Entry | null {
    const active = this.active.get(id);
    if (active) return active;
    if (!this.store.isArchived(id)) return null;
    return this.archivedEntries().get(id) ?? null;
  }

  private findState(id: string, now: Date): RequestState | null {
    const entry = this.entryOf(id);
    return entry ? this.stateOf(entry, now) : null;
  }

  private stateById(id: string, now: Date): RequestState {
    const state = this.findState(id, now);
    if (!state) throw new DomainError(NO_SUCH_REQUEST, { id: NO_SUCH_REQUEST });
    return state;
  }

  /** The folded state, refolded only when the events changed or `now` crossed a re-ask date. */
  private stateOf(entry: Entry, now: Date): RequestState {
    const t = now.getTime();
    const cached = entry.fold;
    if (cached && t >= cached.validFrom && t < cached.validUntil) return cached.state;
    const state = foldRequest(entry.id, entry.events, now);
    const lastEventAt = new Date(entry.events.at(-1)!.at).getTime();
    const returnedAt = state.roundStartedBy === 'returned' ? new Date(state.roundStartedAt).getTime() : -Infinity;
    const returnsOn = state.status === 'parked' && state.park?.returnsOn ? new Date(state.park.returnsOn).getTime() : Infinity;
    entry.fold = { state, validFrom: returnedAt > lastEventAt ? returnedAt : -Infinity, validUntil: returnsOn };
    return state;
  }

  /** The request's schedule: the same for as long as its state, the settings and its client's gap and time zone are. */
  private scheduleFor(state: RequestState): Schedule {
    const entry = this.active.get(state.id) ?? this.archived?.get(state.id);
    const client = entry ? this.clientByKey(entry.clientKey) : this.clientOf(state);
    const cached = entry?.schedule;
    const zone = client.profile?.timeZone ?? null;
    if (
      cached &&
      cached.state === state &&
      cached.settings === this.settings &&
      cached.gapDays === client.gapDays &&
      cached.schedule.zone === zone
    ) {
      return cached.schedule;
    }
    const schedule = scheduleOf(state, this.settings, client);
    if (entry) entry.schedule = { state, settings: this.settings, gapDays: client.gapDays, schedule };
    return schedule;
  }

  private derivedOf(entry: Entry, state: RequestState): NonNullable<Entry['derived']> {
    if (entry.derived?.state === state) return entry.derived;
    entry.derived = { state, searchText: searchTextOf(state), chases: chaseOutcomes(state) };
    return entry.derived;
  }

  /** Chases beaten over every request: the open ones from memory, the archived ones from the index. */
  private chasesBeaten(now: Date): ChasesBeaten {
    const outcomes = [...this.store.archiveOutcomes(now).chases];
    for (const entry of this.active.values()) outcomes.push(...this.derivedOf(entry, this.stateOf(entry, now)).chases);
    return scoreChases(outcomes, now);
  }

  /** The client's usual gap, over their contacts on every request: open ones here, archived ones in the index. */
  private clientOf(state: RequestState): ClientContext {
    return this.clientByKey(clientKey(state.details.client));
  }

  private clientByKey(key: string): ClientContext {
    let gapDays = this.gapByClient.get(key);
    if (gapDays === undefined) {
      const open: number[] = [];
      const now = this.deps.clock.now();
      for (const id of this.activeByClient.get(key) ?? []) {
        const entry = this.active.get(id);
        if (entry) for (const c of this.stateOf(entry, now).inbound) open.push(Date.parse(c.at));
      }
      // The archived part comes summed up from the index: no archived contact is gone over again.
      gapDays = usualGapWithHistory(this.store.archiveIndex().clients[key], open, this.settings.defaultClientGapDays);
      this.gapByClient.set(key, gapDays);
    }
    return { gapDays, profile: this.store.clientProfiles()[key] ?? EMPTY_PROFILE };
  }

  private archivedEntries(): Map<string, Entry> {
    if (this.archived) return this.archived;
    const archived = new Map<string, Entry>();
    for (const doc of this.store.archivedDocuments()) {
      if (!this.active.has(doc.id)) archived.set(doc.id, newEntry(doc.id, doc.events));
    }
    this.archived = archived;
    return archived;
  }

  private untrack(entry: Entry): void {
    this.active.delete(entry.id);
    this.activeByClient.get(entry.clientKey)?.delete(entry.id);
    this.activeByName.get(entry.nameKey)?.delete(entry.id);
  }

  private append(id: string, added: RequestEvent[]): void {
    // What the store could not read back at the next start (a header over its bound, say) is
    // refused now, while the user can still be told, never written to be set aside later.
    for (const event of added) {
      const checked = eventSchema.safeParse(event);
      if (!checked.success) throw new DomainError(`This could not be saved: ${describeIssues(checked.error)}. Nothing was changed.`);
    }
    const now = this.deps.clock.now();
    const before = this.entryOf(id);
    const wasArchived = !!before && !this.active.has(id);
    const events = [...(before?.events ?? []), ...added];
    const doc = documentOf(id, events);
    const next = newEntry(id, events);
    const state = this.stateOf(next, now);
    // Disk first: if a write fails, memory still matches the files.
    if (wasArchived && state.status !== 'closed') {
      this.store.unarchive(doc, summaryWithout(this.store.archiveSummary(now), this.stateOf(before, now)));
      this.archived?.delete(id);
      this.activate(next);
    } else if (wasArchived) {
      // Still closed (a note on a closed request): it stays in the year it is filed under.
      const summary = this.store.archiveSummary(now);
      const year = yearFiled(summary.index, id) ?? getYear(now);
      this.store.archiveAll([{ doc, year }], summaryWith(summaryWithout(summary, this.stateOf(before, now)), state, year));
      this.archived?.set(id, next);
    } else if (state.status === 'closed') {
      this.activate(next);
      this.archiveAll([{ entry: next, state }]);
    } else {
      this.store.saveActive(doc);
      this.activate(next);
    }
    this.gapByClient.delete(next.clientKey);
  }

  private activate(entry: Entry): void {
    const old = this.active.get(entry.id);
    if (old) this.untrack(old);
    this.active.set(entry.id, entry);
    for (const [index, key] of [
      [this.activeByClient, entry.clientKey],
      [this.activeByName, entry.nameKey],
    ] as const) {
      let ids = index.get(key);
      if (!ids) index.set(key, (ids = new Set()));
      ids.add(entry.id);
    }
  }

  /** Moves closed requests out of the main file into their year's archive, in one write per file. */
  private archiveAll(closed: { entry: Entry; state: RequestState }[]): void {
    const filed = closed.map(({ entry, state }) => ({ entry, state, year: getYear(new Date(entry.events.at(-1)!.at)) }));
    const summary = summaryWithAll(this.store.archiveSummary(this.deps.clock.now()), filed);
    this.store.archiveAll(
      filed.map(({ entry, year }) => ({ doc: documentOf(entry.id, entry.events), year })),
      summary,
    );
    for (const { entry } of closed) {
      this.untrack(entry);
      this.archived?.set(entry.id, entry);
      this.gapByClient.delete(entry.clientKey);
    }
  }
}

function newEntry(id: string, events: RequestEvent[]): Entry {
  const { client } = currentDetails(events);
  return { id, events, clientKey: clientKey(client), nameKey: nameKeyOf(client.name), fold: null, schedule: null, derived: null };
}

const nameKeyOf = (name: string) => foldForSearch(name.trim().replace(/\s+/g, ' '));

/** The details as they stand: the last correction's, else what was logged. */
function currentDetails(events: readonly RequestEvent[]): RequestDetails {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (event.type === 'corrected') return event.details;
    if (event.type === 'logged') return event.request;
  }
  throw new Error('A request without a "logged" event');
}

/** The position of the first id that already came earlier in the list, or -1. */
function indexOfRepeat(ids: readonly string[]): number {
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (seen.has(id)) return i;
    seen.add(id);
  }
  return -1;
}

/** Open (not closed) requests by the boss who decides them. */
function openByBoss(states: readonly RequestState[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of states) if (s.status !== 'closed') out[s.details.bossId] = (out[s.details.bossId] ?? 0) + 1;
  return out;
}
