import { format, isAfter, parseISO, startOfDay } from 'date-fns';
import { DomainError } from '../domain/domain-error';
import type { RequestEvent } from '../domain/events';
import type { RequestState } from '../domain/request-state';

/**
 * The client agreed a new date: their deadline moves, with what was agreed, and every rule it
 * caps (the asks, the updates, the promises) follows the new day from then on. A correction is
 * for a deadline logged wrong; this is for one that was right and has been renegotiated, so the
 * history keeps both days.
 */
export function agreeNewDeadline(state: RequestState, deadline: string, note: string, now: Date): RequestEvent[] {
  if (state.status === 'closed') throw new DomainError('This request is closed: there is no date to agree.');
  const day = parseISO(deadline);
  if (Number.isNaN(day.getTime())) throw new DomainError('Pick the new date the client agreed.', { deadline: 'Pick a date.' });
  if (!isAfter(day, startOfDay(now))) {
    throw new DomainError(`The new date must be after today (${format(now, 'd MMM yyyy')}).`, { deadline: 'Pick a later day.' });
  }
  if (state.details.deadline === deadline) {
    throw new DomainError('That is already the client’s deadline.', { deadline: 'Pick a different day.' });
  }
  return [{ type: 'deadline-agreed', at: now.toISOString(), deadline, note: note.trim() }];
}
