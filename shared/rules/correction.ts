import { CORRECTABLE_FIELDS, type CorrectableField, type DetailChange, type RequestEvent } from '../domain/events';
import { DomainError } from '../domain/domain-error';
import type { RequestDetails } from '../domain/request';
import type { RequestState } from '../domain/request-state';
import { bossName, type Settings } from '../domain/settings';
import { validateNewRequest } from './new-request';

/**
 * Corrects what was logged (a mistyped name, the wrong contact time). The correction is an
 * event with the old and new value of each field that moved; the fold takes the new details
 * from then on, so drafts, dates and the client's clock follow them. The same checks as
 * logging apply: no contact time in the future, a boss that is in Settings.
 */
export function correctDetails(state: RequestState, next: RequestDetails, settings: Settings, now: Date): RequestEvent[] {
  validateNewRequest(next, settings, now);
  const changes: DetailChange[] = [];
  for (const field of CORRECTABLE_FIELDS) {
    const from = valueOf(state.details, field);
    const to = valueOf(next, field);
    if (from === to) continue;
    changes.push(field === 'bossId' ? { field, from: bossName(settings, from), to: bossName(settings, to) } : { field, from, to });
  }
  if (!changes.length) throw new DomainError('Nothing was changed: the details are as they were.');
  return [{ type: 'corrected', at: now.toISOString(), details: next, changes }];
}

/**
 * A boss leaves Settings: their open request goes to another boss, recorded as a correction of
 * who decides, so the history says when and from whom it moved.
 */
export function handOver(state: RequestState, toBossId: string, settings: Settings, now: Date): RequestEvent[] {
  if (!settings.bosses.some((b) => b.id === toBossId)) throw new DomainError('Choose a boss who is in Settings to take these over.');
  const from = state.details.bossId;
  if (from === toBossId) throw new DomainError('Choose a different boss to take these over.');
  const change: DetailChange = { field: 'bossId', from: bossName(settings, from), to: bossName(settings, toBossId) };
  return [{ type: 'corrected', at: now.toISOString(), details: { ...state.details, bossId: toBossId }, changes: [change] }];
}

/** The client no longer needs it: the request closes with the reason, and can be reopened. */
export function withdraw(state: RequestState, reason: string, now: Date): RequestEvent[] {
  if (state.status === 'closed') throw new DomainError('This request is already closed. Reopen it first if it is needed again.');
  return [{ type: 'withdrawn', at: now.toISOString(), reason: reason.trim() }];
}

function valueOf(details: RequestDetails, field: CorrectableField): string {
  switch (field) {
    case 'client.name':
    case 'client.company':
    case 'client.email':
    case 'client.phone':
      return details.client[field.slice('client.'.length) as 'name' | 'company' | 'email' | 'phone'];
    case 'contact.channel':
      return details.contact.channel;
    case 'contact.at':
      // Compared as instants: the same moment written two ways is no change.
      return new Date(details.contact.at).toISOString();
    case 'deadline':
      return details.deadline ?? '';
    default:
      return details[field];
  }
}
