import { addBusinessDays, startOfDay } from 'date-fns';
import { DomainError } from '../domain/domain-error';
import type { RequestEvent } from '../domain/events';
import type { RequestState } from '../domain/request-state';
import type { Settings } from '../domain/settings';

/**
 * The day the next ask to the boss falls due, or null when no ask is expected (parked,
 * decided, closed). The first ask of a round is due the day the round starts; after that,
 * asks are spaced by business days so the boss is reminded without being nagged.
 * date-fns keeps the local wall-clock day across weekends and DST changes.
 */
export function nextAskDue(state: RequestState, settings: Settings): Date | null {
  if (state.status !== 'waiting') return null;
  const lastAsk = state.asks.at(-1);
  if (state.strikes === 0 || !lastAsk) return startOfDay(new Date(state.roundStartedAt));
  return startOfDay(addBusinessDays(new Date(lastAsk.at), settings.askSpacingBusinessDays));
}

/** "Ask due" shows on the due day, not before. */
export function isAskDue(state: RequestState, settings: Settings, now: Date): boolean {
  const due = nextAskDue(state, settings);
  return due !== null && now >= due;
}

/**
 * The events that one click on "Ask boss again" appends: the ask, and when it is the last
 * strike of the round, the park. The limit in force is recorded with the park so that a
 * later change in Settings does not rewrite what happened.
 */
export function recordAsk(state: RequestState, settings: Settings, at: Date, note: string): RequestEvent[] {
  if (state.status === 'parked') {
    throw new DomainError('This request is parked. Bring it back before asking the boss again.');
  }
  if (state.status !== 'waiting') {
    throw new DomainError('The boss has already decided this request; there is nothing left to ask.');
  }
  const iso = at.toISOString();
  const asked: RequestEvent = { type: 'asked', at: iso, note: note.trim() };
  if (state.strikes + 1 < settings.strikeLimit) return [asked];
  return [asked, { type: 'parked', at: iso, strikeLimit: settings.strikeLimit }];
}
