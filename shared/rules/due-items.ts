import type { RequestState } from '../domain/request-state';
import type { Settings } from '../domain/settings';
import { isAskDue, nextAskDue } from './asks';
import { nextClientUpdateDue, type ClientContext } from './client-updates';
import { acknowledgementDue } from './first-response';

export type DueKind = 'acknowledge' | 'ask' | 'choose-park' | 'update' | 'client-step' | 'answer';

export const DUE_LABELS: Record<DueKind, string> = {
  acknowledge: 'Acknowledgement due',
  ask: 'Ask due',
  'choose-park': 'Choose when to ask again',
  update: 'Update due',
  'client-step': 'Follow up with client',
  answer: 'Answer due',
};

export interface DueItem {
  kind: DueKind;
  /** Since when it has been due. */
  dueAt: string;
}

/** What on this request needs doing now, as of `now`. */
export function dueItems(state: RequestState, settings: Settings, client: ClientContext, now: Date): DueItem[] {
  const items: DueItem[] = [];
  const ack = acknowledgementDue(state, settings);
  if (ack) items.push({ kind: 'acknowledge', dueAt: ack.since });
  if (isAskDue(state, settings, now)) items.push({ kind: 'ask', dueAt: nextAskDue(state, settings)!.toISOString() });
  if (state.status === 'parked' && state.park?.outcome === null) items.push({ kind: 'choose-park', dueAt: state.park.at });
  const update = nextClientUpdateDue(state, settings, client);
  if (update && update <= now) items.push({ kind: 'update', dueAt: update.toISOString() });
  if (state.clientStep && state.status !== 'closed' && new Date(state.clientStep.chaseOn) <= now) {
    items.push({ kind: 'client-step', dueAt: state.clientStep.chaseOn });
  }
  if (state.status === 'decided') items.push({ kind: 'answer', dueAt: state.decision!.at });
  return items;
}
