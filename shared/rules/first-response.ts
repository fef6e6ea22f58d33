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

/** Every new request is owed an acknowledgement until one is marked sent. */
export function acknowledgementDue(state: RequestState, settings: Settings): AcknowledgementDue | null {
  if (state.acknowledgedAt || state.status === 'closed') return null;
  const since = new Date(state.details.contact.at);
  return {
    since: since.toISOString(),
    aimBy: addWorkingHours(since, settings.firstResponseAimHours, settings).toISOString(),
    latestBy: addHoursSkippingDaysOff(since, settings.firstResponseLimitHours, settings).toISOString(),
  };
}
