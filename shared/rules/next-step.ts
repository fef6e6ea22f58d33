import { startOfDay } from 'date-fns';
import type { RequestState } from '../domain/request-state';
import { bossName, type Settings } from '../domain/settings';
import { nextAskDue } from './asks';
import { nextClientUpdateDue, type ClientContext } from './client-updates';
import { acknowledgementDue } from './first-response';

export type StepOwner = 'me' | 'boss' | 'client';

export interface NextStep {
  action: string;
  owner: StepOwner;
  /** Start of the day it is due (ISO). */
  due: string;
}

/**
 * What happens next on an open request. Every open request has one with a date: the
 * client-update schedule always supplies a date while the request waits on the boss.
 */
export function nextStep(state: RequestState, settings: Settings, client: ClientContext): NextStep | null {
  const boss = bossName(settings, state.details.bossId);
  const name = state.details.client.name;
  if (state.status === 'closed') return null;

  // Candidates in priority order; the earliest wins and a tie keeps this order.
  const candidates: NextStep[] = [];
  const ack = acknowledgementDue(state, settings);
  if (ack) candidates.push(step(`Acknowledge ${name}`, 'me', startOfDay(new Date(ack.since))));
  if (state.status === 'decided') {
    candidates.push(step(`Send ${name} the answer`, 'me', startOfDay(new Date(state.decision!.at))));
  }
  const ask = nextAskDue(state, settings);
  if (ask) candidates.push(step(`Ask ${boss} (strike ${state.strikes + 1} of ${settings.strikeLimit})`, 'me', ask));
  if (state.status === 'parked' && state.park && state.park.outcome === null) {
    candidates.push(step('Choose when to ask again', 'me', startOfDay(new Date(state.park.at))));
  }
  if (state.status === 'parked' && state.park?.returnsOn) {
    candidates.push(step(`Re-ask ${boss} (round ${state.round + 1})`, 'me', new Date(state.park.returnsOn)));
  }
  const update = nextClientUpdateDue(state, settings, client);
  if (update) candidates.push(step(`Send ${name} a status update`, 'me', update));
  if (state.clientStep) {
    candidates.push(step(`${name} to ${state.clientStep.what}`, 'client', new Date(state.clientStep.chaseOn)));
  }
  return candidates.reduce((a, b) => (new Date(b.due) < new Date(a.due) ? b : a));
}

function step(action: string, owner: StepOwner, due: Date): NextStep {
  return { action, owner, due: due.toISOString() };
}
