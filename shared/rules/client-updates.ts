import { addDays, min, startOfDay, subBusinessDays } from 'date-fns';
import type { RequestState } from '../domain/request-state';
import type { Settings } from '../domain/settings';

/**
 * When the client would chase if they heard nothing: their last touch with us plus their
 * usual gap between contacts.
 */
export function expectedChase(lastTouch: Date, gapDays: number): Date {
  return addDays(lastTouch, gapDays);
}

/**
 * The day the next status update falls due after a touch: one business day before the
 * expected chase, and never later than the cadence allows.
 */
export function updateDueAfter(lastTouch: Date, settings: Settings): Date {
  const chase = expectedChase(lastTouch, settings.defaultClientGapDays);
  return startOfDay(min([subBusinessDays(chase, 1), addDays(lastTouch, settings.updateCadenceDays)]));
}

/** The most recent contact between the client and us, in either direction. */
export function lastClientTouch(state: RequestState): Date {
  return new Date(state.details.contact.at);
}

/** Null once the boss has decided: from then on the client is owed the answer, not an update. */
export function nextClientUpdateDue(state: RequestState, settings: Settings): Date | null {
  if (state.status !== 'waiting' && state.status !== 'parked') return null;
  return updateDueAfter(lastClientTouch(state), settings);
}
