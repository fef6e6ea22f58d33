import { DomainError } from '../domain/domain-error';
import type { RequestEvent } from '../domain/events';
import type { RequestState } from '../domain/request-state';

/** The boss can answer at any time, parked or not; the request then waits on the answer to the client. */
export function recordDecision(state: RequestState, decision: string, at: Date): RequestEvent[] {
  if (state.status === 'decided') throw new DomainError('A decision is already recorded for this request.');
  // Withdrawn, or answered and closed: a decision now would reopen it behind the user's back.
  if (state.status === 'closed') throw new DomainError('This request is closed. Reopen it first if the boss’s answer is still needed.');
  const text = decision.trim();
  if (!text) throw new DomainError('Write down what the boss decided.');
  return [{ type: 'decided', at: at.toISOString(), decision: text }];
}
