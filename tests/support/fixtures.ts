import type { RequestEvent } from '../../shared/domain/events';
import type { RequestDetails } from '../../shared/domain/request';
import { foldRequest, type RequestState } from '../../shared/domain/request-state';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/settings';
import type { ClientDraftOptions } from '../../shared/drafts/client-drafts';

export function requestDetails(overrides: Partial<RequestDetails> = {}): RequestDetails {
  return {
    client: { name: 'Jane Doe', company: 'Acme Ltd', email: 'jane@acme.example', phone: '+44 20 7946 0000' },
    contact: { channel: 'email', at: '2026-11-02T08:30:00.000Z' },
    topic: 'the sponsorship proposal',
    details: '',
    bossId: DEFAULT_SETTINGS.defaultBossId,
    deadline: null,
    ...overrides,
  };
}

export function logged(at = '2026-11-02T09:00:00.000Z', overrides: Partial<RequestDetails> = {}): RequestEvent {
  return { type: 'logged', at, request: requestDetails(overrides) };
}

/** A client draft as the composer first asks for it: an update by email, no reason, no promised answer, no invitation. */
export const draftOptions = (overrides: Partial<ClientDraftOptions> = {}): ClientDraftOptions => ({
  kind: 'update',
  medium: 'email',
  locale: 'en-GB',
  reason: null,
  expectedBusinessDays: null,
  invite: false,
  ...overrides,
});

export const settings = (overrides: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...overrides });

/**
 * Plays user actions through the rules the way the service does: each step reads the state
 * at its moment and appends the events the rule returns.
 */
export class RequestScript {
  events: RequestEvent[];

  constructor(
    readonly config: Settings = settings(),
    first: RequestEvent = logged(),
  ) {
    this.events = [first];
  }

  stateAt(iso: string): RequestState {
    return foldRequest('r1', this.events, new Date(iso));
  }

  do(iso: string, rule: (state: RequestState, at: Date) => RequestEvent[]): this {
    this.events.push(...rule(this.stateAt(iso), new Date(iso)));
    return this;
  }
}
