import { addHours } from 'date-fns';
import type { RequestState } from '../domain/request-state';
import type { Settings } from '../domain/settings';

export interface AcknowledgementDue {
  /** When the client reached us: the wait counts from here. */
  since: string;
  /** The aim (1 hour by default) and the limit (24 hours). */
  aimBy: string;
  latestBy: string;
}

/** Every new request is owed an acknowledgement until one is marked sent. */
export function acknowledgementDue(state: RequestState, settings: Settings): AcknowledgementDue | null {
  if (state.acknowledgedAt || state.status === 'closed') return null;
  const since = new Date(state.details.contact.at);
  return {
    since: since.toISOString(),
    aimBy: addHours(since, settings.firstResponseAimHours).toISOString(),
    latestBy: addHours(since, settings.firstResponseLimitHours).toISOString(),
  };
}
