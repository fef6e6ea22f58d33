import { startOfDay } from 'date-fns';
import type { RequestState } from '../domain/request-state';
import { bossName, type Settings } from '../domain/settings';
import { nextAskDue } from './asks';
import { nextClientUpdateDue } from './client-updates';

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
export function nextStep(state: RequestState, settings: Settings): NextStep | null {
  const boss = bossName(settings, state.details.bossId);
  const client = state.details.client.name;
  switch (state.status) {
    case 'closed':
      return null;
    case 'decided':
      return step(`Send ${client} the answer`, 'me', startOfDay(new Date(state.decision?.at ?? state.loggedAt)));
    case 'parked':
    case 'waiting': {
      const candidates: NextStep[] = [];
      const ask = nextAskDue(state, settings);
      if (ask) candidates.push(step(`Ask ${boss} (strike ${state.strikes + 1} of ${settings.strikeLimit})`, 'me', ask));
      if (state.status === 'parked' && state.park && state.park.outcome === null) {
        candidates.push(step('Choose when to ask again', 'me', startOfDay(new Date(state.park.at))));
      }
      if (state.park?.returnsOn) {
        candidates.push(step(`Re-ask ${boss} (round ${state.round + 1})`, 'me', new Date(state.park.returnsOn)));
      }
      const update = nextClientUpdateDue(state, settings);
      if (update) candidates.push(step(`Send ${client} a status update`, 'me', update));
      // Earliest first; on a tie the order above (boss side first) stands.
      return candidates.reduce((a, b) => (new Date(b.due) < new Date(a.due) ? b : a));
    }
  }
}

function step(action: string, owner: StepOwner, due: Date): NextStep {
  return { action, owner, due: due.toISOString() };
}
