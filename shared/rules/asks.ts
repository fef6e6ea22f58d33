import { addDays, startOfDay } from 'date-fns';
import { awayPeriods, bossThereFrom } from './boss-away';
import { DomainError } from '../domain/domain-error';
import type { RequestEvent } from '../domain/events';
import type { RequestState } from '../domain/request-state';
import type { Settings } from '../domain/settings';
import { beforeDeadline } from './deadline';
import { addWorkingDays, calendarOf } from './work-calendar';

/**
 * The day the next ask to the boss falls due, or null when no ask is expected (parked,
 * decided, closed). The first ask of a round is due the day the round starts; after that,
 * asks are spaced by working days (Settings: weekdays and holidays) so the boss is reminded
 * without being nagged. An ask that would fall on or after the client's deadline comes the
 * working day before it instead, so the boss is asked while an answer can still be in time.
 */
export function nextAskDue(state: RequestState, settings: Settings): Date | null {
  if (state.status !== 'waiting') return null;
  const cal = calendarOf(settings);
  // No ask falls due while the boss is away: it waits for their first working day back.
  const there = (day: Date) => bossThereFrom(awayPeriods(settings, state.details.bossId), day, cal);
  const lastAsk = state.asks.at(-1);
  if (state.strikes === 0 || !lastAsk) return there(startOfDay(new Date(state.roundStartedAt)));
  const spaced = startOfDay(addWorkingDays(new Date(lastAsk.at), settings.askSpacingBusinessDays, cal));
  // Asked the day before already: the deadline day itself is the last useful ask.
  return there(beforeDeadline(state, spaced, cal, new Date(lastAsk.at), addDays(new Date(lastAsk.at), 1)).day);
}

/** "Ask due" shows on the due day, not before. */
export function isAskDue(state: RequestState, settings: Settings, now: Date): boolean {
  const due = nextAskDue(state, settings);
  return due !== null && now >= due;
}

/**
 * Takes back the last ask of the current round, when it was recorded by mistake. The undo is
 * itself an event, so the history shows both. An ask that parked the request can be undone
 * until an outcome is chosen; after that, "Bring it back now" is the way back.
 */
export function undoLastAsk(state: RequestState, at: Date): RequestEvent[] {
  // Strikes count the asks of the current round only: none means nothing here to take back.
  if (state.strikes === 0) throw new DomainError('There is no ask in this round to undo.');
  // The fold keeps a park only while the request is parked.
  if (state.park?.outcome) {
    throw new DomainError('An outcome was already chosen for the park. Use "Bring it back now" instead.');
  }
  if (state.status !== 'waiting' && state.status !== 'parked') {
    throw new DomainError('The boss has already decided this request.');
  }
  return [{ type: 'ask-undone', at: at.toISOString() }];
}

/**
 * The events that one click on "Ask boss again" appends: the ask, and when it is the last
 * strike of the round, the park. The limit in force is recorded with the park so that a
 * later change in Settings does not rewrite what happened.
 */
export function recordAsk(state: RequestState, settings: Settings, at: Date, note: string, messageId?: string): RequestEvent[] {
  if (state.status === 'parked') {
    throw new DomainError('This request is parked. Bring it back before asking the boss again.');
  }
  if (state.status !== 'waiting') {
    throw new DomainError('The boss has already decided this request; there is nothing left to ask.');
  }
  const iso = at.toISOString();
  const asked: RequestEvent = { type: 'asked', at: iso, note: note.trim(), ...(messageId && { messageId }) };
  if (state.strikes + 1 < settings.strikeLimit) return [asked];
  return [asked, { type: 'parked', at: iso, strikeLimit: settings.strikeLimit }];
}
