import type { Clock } from '../shared/domain/clock';
import { DomainError } from '../shared/domain/domain-error';
import type { ParkOutcome, RequestEvent } from '../shared/domain/events';
import type { RequestDetails } from '../shared/domain/request';
import { foldRequest, type RequestState } from '../shared/domain/request-state';
import type { Settings } from '../shared/domain/settings';
import { clientUpdateDraft } from '../shared/drafts/client-update';
import type { Draft } from '../shared/drafts/draft';
import type { Overview } from '../shared/ipc/contract';
import { recordAsk } from '../shared/rules/asks';
import { recordDecision } from '../shared/rules/decision';
import { chooseParkOutcome, unpark } from '../shared/rules/parking';
import { validateNewRequest } from '../shared/rules/new-request';
import { detailView, summarise, type RequestDetailView } from '../shared/views/request-view';
import type { RequestStore } from './store/request-store';

export interface ServiceDeps {
  store: RequestStore;
  clock: Clock;
  newId: () => string;
  log?: (message: string) => void;
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
    const now = this.deps.clock.now();
    const requests = [...this.events.keys()]
      .map((id) => summarise(this.state(id, now), this.settings, now))
      .sort((a, b) => (a.nextStep?.due ?? '\uffff').localeCompare(b.nextStep?.due ?? '\uffff'));
    return { asOf: now.toISOString(), settings: this.settings, requests };
  }

  request(id: string): RequestDetailView {
    const now = this.deps.clock.now();
    return detailView(this.state(id, now), this.settings, now);
  }

  logRequest(details: RequestDetails): RequestDetailView {
    const now = this.deps.clock.now();
    validateNewRequest(details, this.settings, now);
    const id = this.deps.newId();
    this.append(id, [{ type: 'logged', at: now.toISOString(), request: details }]);
    return this.request(id);
  }

  askBoss(id: string, note: string): RequestDetailView {
    return this.act(id, (state, now) => recordAsk(state, this.settings, now, note));
  }

  chooseParkOutcome(id: string, outcome: ParkOutcome): RequestDetailView {
    return this.act(id, (state, now) => chooseParkOutcome(state, outcome, now));
  }

  unpark(id: string): RequestDetailView {
    return this.act(id, (state, now) => unpark(state, now));
  }

  recordDecision(id: string, decision: string): RequestDetailView {
    return this.act(id, (state, now) => recordDecision(state, decision, now));
  }

  clientUpdateDraft(id: string, locale: string): Draft {
    const now = this.deps.clock.now();
    return clientUpdateDraft({ state: this.state(id, now), settings: this.settings, now, locale });
  }

  saveSettings(settings: Settings): Settings {
    this.deps.store.saveSettings(settings);
    this.settings = settings;
    return settings;
  }

  private act(id: string, rule: (state: RequestState, now: Date) => RequestEvent[]): RequestDetailView {
    const now = this.deps.clock.now();
    this.append(id, rule(this.state(id, now), now));
    return this.request(id);
  }

  private state(id: string, now: Date): RequestState {
    const events = this.events.get(id);
    if (!events) throw new DomainError('That request no longer exists. Go back to the list and pick it again.');
    return foldRequest(id, events, now);
  }

  private append(id: string, added: RequestEvent[]): void {
    const next = [...(this.events.get(id) ?? []), ...added];
    // Disk first: if the write fails, memory still matches the file.
    this.deps.store.saveRequest(id, next);
    this.events.set(id, next);
  }
}
