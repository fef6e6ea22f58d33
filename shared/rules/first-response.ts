import type { RequestState } from '../domain/request-state';
import type { Settings } from '../domain/settings';
import { addHoursSkippingDaysOff, addWorkingHours } from './working-time';

export interface AcknowledgementDue {
  /** When the client reached us: the wait counts from here. */
  since: string;
  /**
   * The aim: 1 working hour by default, counted in the working hours of working days. The
   * limit: 24 hours by default that skip days off, the same time on the next working day.
   */
  aimBy: string;
  latestBy: string;
}

/**
 * Every new request is owed an acknowledgement until a message reaches the client; so is a
 * reopened one, and a new question on an open one, from the moment it came.
 */
export function acknowledgementDue(state: RequestState, settings: Settings): AcknowledgementDue | null {
  if (state.acknowledgedAt || state.status === 'closed') return null;
  return firstResponseFrom(new Date(state.acknowledgementSince), settings);
}

/**
 * A message from the client after the first (a chase, their answer to our update) is owed a
 * reply on the same clock, until any message reaches them.
 */
export function replyDue(state: RequestState, settings: Settings): AcknowledgementDue | null {
  if (!state.replyOwed || !state.acknowledgedAt || state.status === 'closed') return null;
  return firstResponseFrom(new Date(state.replyOwed.at), settings);
}

function firstResponseFrom(since: Date, settings: Settings): AcknowledgementDue {
  return {
    since: since.toISOString(),
    aimBy: addWorkingHours(since, settings.firstResponseAimHours, settings).toISOString(),
    latestBy: addHoursSkippingDaysOff(since, settings.firstResponseLimitHours, settings).toISOString(),
  };
}
