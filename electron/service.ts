import { parseISO } from 'date-fns';
import type { Clock } from '../shared/domain/clock';
import type { ContactChannel } from '../shared/domain/contact-channel';
import { DomainError } from '../shared/domain/domain-error';
import type { ClientMessageKind, ParkOutcome, RequestEvent, ResearchNote } from '../shared/domain/events';
import type { RequestDetails } from '../shared/domain/request';
import { foldRequest, type RequestState } from '../shared/domain/request-state';
import type { Settings } from '../shared/domain/settings';
import { clientDraft, type ClientDraftOptions } from '../shared/drafts/client-drafts';
import type { Draft } from '../shared/drafts/draft';
import type { Overview } from '../shared/ipc/contract';
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
import { detailView, summarise, type RequestDetailView } from '../shared/views/request-view';
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
  clientOf(state: RequestState): ClientContext;
}

/**
 * Applies the shared rules: reads state, asks a rule which events to append, appends them,
 * writes through to the store. Keeps every request's events in memory so reads never touch
 * the disk.
 */
export class FollowThroughService {
  private readonly events = new Map<string, RequestEvent[]>();
  private settings: Settings;

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

  overview(): Overview {
    const snap = this.snapshot();
    const requests = [...snap.states.values()]
      .map((state) => summarise(state, this.settings, snap.clientOf(state), snap.now))
      .sort((a, b) => (a.nextStep?.due ?? '\uffff').localeCompare(b.nextStep?.due ?? '\uffff'));
    const today = todaySections([...snap.states.values()], this.settings, snap.clientOf, snap.now);
    return {
      asOf: snap.now.toISOString(),
      settings: this.settings,
      requests,
      chasesBeaten: chasesBeaten([...snap.states.values()], snap.now),
      today,
      dueCount: dueCount(today),
    };
  }

  /** Today's sections and the settings in force: what the notification scheduler works from. */
  today(): { now: Date; settings: Settings; sections: TodaySection[] } {
    const snap = this.snapshot();
    return { now: snap.now, settings: this.settings, sections: todaySections([...snap.states.values()], this.settings, snap.clientOf, snap.now) };
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

  logRequest(details: RequestDetails): RequestDetailView {
    const now = this.deps.clock.now();
    validateNewRequest(details, this.settings, now);
    const id = this.deps.newId();
    this.append(id, [{ type: 'logged', at: now.toISOString(), request: details }]);
    return this.request(id);
  }

  askBoss(id: string, note: string) {
    return this.act(id, (state, now) => recordAsk(state, this.settings, now, note));
  }

  undoAsk(id: string) {
    return this.act(id, (state, now) => undoLastAsk(state, now));
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
  markDigestSent(bossId: string, requestIds: string[]): { asked: number } {
    const snap = this.snapshot();
    const waiting = new Set(digestCandidates([...snap.states.values()], bossId).map((s) => s.id));
    const stale = requestIds.filter((id) => !waiting.has(id));
    if (stale.length) {
      const topics = stale.map((id) => snap.states.get(id)?.details.topic ?? 'a request that no longer exists');
      throw new DomainError(`These are no longer waiting on this boss: ${topics.join('; ')}. Draft the digest again.`);
    }
    const additions = requestIds.map((id) => [id, recordAsk(this.stateIn(snap, id), this.settings, snap.now, 'in the digest')] as const);
    for (const [id, events] of additions) this.append(id, events);
    return { asked: additions.length };
  }

  chooseParkOutcome(id: string, outcome: ParkOutcome) {
    return this.act(id, (state, now) => chooseParkOutcome(state, outcome, now, calendarOf(this.settings)));
  }

  unpark(id: string) {
    return this.act(id, (state, now) => unpark(state, now));
  }

  recordDecision(id: string, decision: string) {
    return this.act(id, (state, now) => recordDecision(state, decision, now));
  }

  logClientContact(id: string, input: { channel: ContactChannel; contactAt: string; note: string }) {
    return this.act(id, (state, now, client) =>
      recordClientContact(state, this.settings, client, { ...input, contactAt: new Date(input.contactAt) }, now),
    );
  }

  /** `chaseOn` is a calendar day; the step falls due at the start of it, local time. */
  setClientStep(id: string, what: string, chaseOn: string) {
    return this.act(id, (state, now) => setClientStep(state, what, parseISO(chaseOn), now));
  }

  completeClientStep(id: string) {
    return this.act(id, (state, now) => completeClientStep(state, now));
  }

  proposeCall(id: string, startsAt: string, minutes: number) {
    return this.act(id, (state, now) => proposeCall(state, new Date(startsAt), minutes, now));
  }

  addNote(id: string, note: ResearchNote) {
    return this.act(id, (_state, now) => addNote(note, now));
  }

  reopen(id: string) {
    return this.act(id, (state, now) => reopen(state, now));
  }

  markSent(id: string, kind: ClientMessageKind, subject: string) {
    return this.act(id, (state, now) => markClientMessageSent(state, this.settings, kind, subject, now));
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
    this.deps.store.saveSettings(settings);
    this.settings = settings;
    return settings;
  }

  private act(id: string, rule: Rule): RequestDetailView {
    const snap = this.snapshot();
    const state = this.stateIn(snap, id);
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
