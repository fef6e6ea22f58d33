import { parseISO } from 'date-fns';
import type { Clock } from '../shared/domain/clock';
import type { ContactChannel } from '../shared/domain/contact-channel';
import { DomainError, StaleVersionError } from '../shared/domain/domain-error';
import type { ClientMessageKind, ParkOutcome, RequestEvent, ResearchNote } from '../shared/domain/events';
import type { RequestDetails } from '../shared/domain/request';
import { foldRequest, type RequestState } from '../shared/domain/request-state';
import type { Settings } from '../shared/domain/settings';
import { clientDraft, draftWarnings, type ClientDraftOptions } from '../shared/drafts/client-drafts';
import type { Draft } from '../shared/drafts/draft';
import type { AppSettings, Counts, RequestList, RequestQuery, RequestRef, SetupAnswers, TodayView } from '../shared/ipc/contract';
import { askDraft, digestCandidates, digestDraft } from '../shared/drafts/boss-drafts';
import { recordAsk, undoLastAsk } from '../shared/rules/asks';
import { clientKey, usualGapDays } from '../shared/rules/chase-prediction';
import { chasesBeaten } from '../shared/rules/chases-beaten';
import {
  addNote,
  completeClientStep,
  markClientMessageSent,
  proposeCall,
  recordClientContact,
  reopen,
  setClientStep,
} from '../shared/rules/client-track';
import type { ClientContext } from '../shared/rules/client-updates';
import { recordDecision } from '../shared/rules/decision';
import { validateNewRequest } from '../shared/rules/new-request';
import { chooseParkOutcome, unpark } from '../shared/rules/parking';
import { dueCount, todaySections, type TodaySection } from '../shared/rules/today';
import { calendarOf } from '../shared/rules/work-calendar';
import { nextOf, pendingItems } from '../shared/rules/pending';
import { bossName } from '../shared/domain/settings';
import { detailView, matchesSearch, searchTextOf, summarise, type RequestDetailView } from '../shared/views/request-view';
import type { RequestStore } from './store/request-store';

export interface ServiceDeps {
  store: RequestStore;
  clock: Clock;
  newId: () => string;
  log?: (message: string) => void;
}

type Rule = (state: RequestState, now: Date, client: ClientContext) => RequestEvent[];

/** Every request's state at one instant, and what each client's history says about them. */
interface Snapshot {
  now: Date;
  states: Map<string, RequestState>;
  clientOf: (state: RequestState) => ClientContext;
}

/**
 * Applies the shared rules: reads state, asks a rule which events to append, appends them,
 * writes through to the store. Keeps every request's events in memory so reads never touch
 * the disk.
 */
/** How long the same new-request details count as one submission rather than two requests. */
const DUPLICATE_WINDOW_MS = 10_000;

export class FollowThroughService {
  private readonly events = new Map<string, RequestEvent[]>();
  private settings: Settings;
  private lastLogged: { id: string; fingerprint: string; at: number } | null = null;

  constructor(private readonly deps: ServiceDeps) {
    this.settings = deps.store.loadSettings();
    for (const stored of deps.store.loadRequests()) {
      try {
        foldRequest(stored.id, stored.events, deps.clock.now());
        this.events.set(stored.id, stored.events);
      } catch (error) {
        // One damaged record must not take the rest of the queue down with it.
        deps.log?.(`Skipped unreadable request ${stored.id}: ${String(error)}`);
      }
    }
  }

  appSettings(): AppSettings {
    return { settings: this.settings, setupNeeded: !this.settings.setupDone && this.events.size === 0 };
  }

  counts(): Counts {
    const snap = this.snapshot();
    const states = [...snap.states.values()];
    return {
      asOf: snap.now.toISOString(),
      due: dueCount(todaySections(states, this.settings, snap.clientOf, snap.now)),
      open: states.filter((s) => s.status !== 'closed').length,
      parked: states.filter((s) => s.status === 'parked').length,
    };
  }

  todayView(): TodayView {
    const snap = this.snapshot();
    const states = [...snap.states.values()];
    const sections = todaySections(states, this.settings, snap.clientOf, snap.now).filter((s) => s.rows.length > 0);
    const digests = this.settings.bosses
      .map((boss) => ({
        bossId: boss.id,
        bossName: bossName(this.settings, boss.id),
        waiting: digestCandidates(states, boss.id).length,
      }))
      .filter((d) => d.waiting > 0);
    let upcoming: TodayView['upcoming'] = null;
    for (const state of states) {
      const step = nextOf(pendingItems(state, this.settings, snap.clientOf(state)));
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
    return { asOf: snap.now.toISOString(), sections, digests, upcoming };
  }

  /** The queue, filtered in main: the renderer receives only the rows it shows. */
  listRequests(query: RequestQuery): RequestList {
    const snap = this.snapshot();
    const states = [...snap.states.values()];
    const requests = states
      .filter(
        (s) =>
          (query.status === 'all' || (query.status === 'open' ? s.status !== 'closed' : s.status === query.status)) &&
          (!query.bossId || s.details.bossId === query.bossId) &&
          matchesSearch(searchTextOf(s), query.text),
      )
      .map((state) => summarise(state, this.settings, snap.clientOf(state), snap.now))
      .sort((a, b) => (a.nextStep?.dueAt ?? '\uffff').localeCompare(b.nextStep?.dueAt ?? '\uffff'));
    return { asOf: snap.now.toISOString(), requests, total: states.length, chasesBeaten: chasesBeaten(states, snap.now) };
  }

  /** Today's sections and the settings in force: what the notification scheduler works from. */
  today(): { now: Date; settings: Settings; sections: TodaySection[] } {
    const snap = this.snapshot();
    return {
      now: snap.now,
      settings: this.settings,
      sections: todaySections([...snap.states.values()], this.settings, snap.clientOf, snap.now),
    };
  }

  request(id: string): RequestDetailView {
    const snap = this.snapshot();
    const state = this.stateIn(snap, id);
    return detailView(state, this.settings, snap.clientOf(state), snap.now);
  }

  /** The state and settings that file exports (calendar invitations) are built from. */
  exportContext(id: string): { state: RequestState; settings: Settings } {
    return { state: this.stateIn(this.snapshot(), id), settings: this.settings };
  }

  /**
   * Logs a new request. The same details submitted again within a few seconds (a double
   * click, or the form sent from two windows) answer with the request already logged
   * instead of logging it twice.
   */
  logRequest(details: RequestDetails): RequestDetailView {
    const now = this.deps.clock.now();
    validateNewRequest(details, this.settings, now);
    const fingerprint = JSON.stringify(details);
    const recent = this.lastLogged;
    if (recent && recent.fingerprint === fingerprint && now.getTime() - recent.at < DUPLICATE_WINDOW_MS && this.events.has(recent.id)) {
      return this.request(recent.id);
    }
    const id = this.deps.newId();
    this.append(id, [{ type: 'logged', at: now.toISOString(), request: details }]);
    this.lastLogged = { id, fingerprint, at: now.getTime() };
    return this.request(id);
  }

  askBoss(id: string, version: number, note: string) {
    return this.act(id, version, (state, now) => recordAsk(state, this.settings, now, note));
  }

  undoAsk(id: string, version: number) {
    return this.act(id, version, (state, now) => undoLastAsk(state, now));
  }

  askDraft(id: string, locale: string): Draft {
    const snap = this.snapshot();
    return askDraft(this.stateIn(snap, id), this.settings, snap.now, locale);
  }

  digestDraft(bossId: string, locale: string, only: string[] | null) {
    const snap = this.snapshot();
    return digestDraft([...snap.states.values()], this.settings, bossId, snap.now, locale, only);
  }

  /**
   * The digest went out: one ask on each request it listed. All are checked before any is
   * written, so a stale list (a request decided meanwhile) changes nothing and says which.
   */
  markDigestSent(bossId: string, requests: RequestRef[]): { asked: number } {
    const snap = this.snapshot();
    const waiting = new Set(digestCandidates([...snap.states.values()], bossId).map((s) => s.id));
    const gone = requests.filter((r) => !waiting.has(r.id));
    if (gone.length) {
      const topics = gone.map((r) => snap.states.get(r.id)?.details.topic ?? 'a request that no longer exists');
      throw new DomainError(`These are no longer waiting on this boss: ${topics.join('; ')}. Draft the digest again.`);
    }
    if (new Set(requests.map((r) => r.id)).size !== requests.length)
      throw new DomainError('The digest lists a request twice. Draft it again.');
    if (requests.some((r) => this.stateIn(snap, r.id).version !== r.version)) throw new StaleVersionError();
    const additions = requests.map(({ id }) => [id, recordAsk(this.stateIn(snap, id), this.settings, snap.now, 'in the digest')] as const);
    for (const [id, events] of additions) this.append(id, events);
    return { asked: additions.length };
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

  logClientContact(id: string, version: number, input: { channel: ContactChannel; contactAt: string; note: string }) {
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

  addNote(id: string, version: number, note: ResearchNote) {
    return this.act(id, version, (_state, now) => addNote(note, now));
  }

  reopen(id: string, version: number) {
    return this.act(id, version, (state, now) => reopen(state, now));
  }

  markSent(id: string, version: number, kind: ClientMessageKind, subject: string) {
    return this.act(id, version, (state, now) => markClientMessageSent(state, this.settings, kind, subject, now));
  }

  clientDraft(id: string, options: ClientDraftOptions): Draft {
    const snap = this.snapshot();
    const state = this.stateIn(snap, id);
    return clientDraft(state, this.settings, snap.clientOf(state), snap.now, options);
  }

  now(): Date {
    return this.deps.clock.now();
  }

  currentSettings(): Settings {
    return this.settings;
  }

  saveSettings(settings: Settings): Settings {
    const saved = { ...settings, setupDone: true };
    this.deps.store.saveSettings(saved);
    this.settings = saved;
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
    const state = id ? this.stateIn(this.snapshot(), id) : null;
    return { warnings: draftWarnings(text, state, this.settings) };
  }

  /**
   * Runs a rule on one request. The command carries the version its screen was built from;
   * if the request has changed since (a double click, a second window, a notification racing
   * a button), nothing is written and the caller is told to look again.
   */
  private act(id: string, version: number, rule: Rule): RequestDetailView {
    const snap = this.snapshot();
    const state = this.stateIn(snap, id);
    if (state.version !== version) throw new StaleVersionError();
    this.append(id, rule(state, snap.now, snap.clientOf(state)));
    return this.request(id);
  }

  private snapshot(): Snapshot {
    const now = this.deps.clock.now();
    const states = new Map<string, RequestState>();
    const contactsByClient = new Map<string, Date[]>();
    for (const [id, events] of this.events) {
      const state = foldRequest(id, events, now);
      states.set(id, state);
      const key = clientKey(state.details.client);
      const contacts = contactsByClient.get(key) ?? [];
      contacts.push(...state.inbound.map((c) => new Date(c.at)));
      contactsByClient.set(key, contacts);
    }
    const gapCache = new Map<string, number>();
    const clientOf = (state: RequestState): ClientContext => {
      const key = clientKey(state.details.client);
      let gapDays = gapCache.get(key);
      if (gapDays === undefined) {
        gapDays = usualGapDays(contactsByClient.get(key) ?? [], this.settings.defaultClientGapDays);
        gapCache.set(key, gapDays);
      }
      return { gapDays };
    };
    return { now, states, clientOf };
  }

  private stateIn(snap: Snapshot, id: string): RequestState {
    const state = snap.states.get(id);
    if (!state) throw new DomainError('That request no longer exists. Go back to the list and pick it again.');
    return state;
  }

  private append(id: string, added: RequestEvent[]): void {
    const next = [...(this.events.get(id) ?? []), ...added];
    // Disk first: if the write fails, memory still matches the file.
    this.deps.store.saveRequest(id, next);
    this.events.set(id, next);
  }
}
