import type { RequestDetails } from './request';

/**
 * What happened to a request, appended and never rewritten. A request's state is
 * what these add up to (see request-state.ts). `at` is an ISO 8601 instant.
 */
export type RequestEvent =
  | { type: 'logged'; at: string; request: RequestDetails }
  | { type: 'asked'; at: string; note: string }
  | { type: 'parked'; at: string; strikeLimit: number }
  | { type: 'park-outcome-chosen'; at: string; outcome: ParkOutcome; returnsOn: string | null }
  | { type: 'unparked'; at: string }
  | { type: 'decided'; at: string; decision: string };

export type RequestEventType = RequestEvent['type'];

export const PARK_OUTCOMES = ['until-raised', 'in-2-weeks', 'in-1-month'] as const;
export type ParkOutcome = (typeof PARK_OUTCOMES)[number];

export const PARK_OUTCOME_LABELS: Record<ParkOutcome, string> = {
  'until-raised': 'Parked until the boss raises it',
  'in-2-weeks': 'Re-ask in 2 weeks',
  'in-1-month': 'Re-ask in 1 month',
};
