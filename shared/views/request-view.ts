import type { RequestState } from '../domain/request-state';
import { bossName, type Settings } from '../domain/settings';
import { isAskDue, nextAskDue } from '../rules/asks';
import { nextClientUpdateDue } from '../rules/client-updates';
import { nextStep, type NextStep } from '../rules/next-step';

/** One row of the queue: what the renderer needs, already worked out by the rules. */
export interface RequestSummary {
  id: string;
  clientName: string;
  company: string;
  topic: string;
  bossName: string;
  status: RequestState['status'];
  strikes: number;
  strikeLimit: number;
  round: number;
  /** When the client reached us: "waited" counts from here. */
  contactAt: string;
  deadline: string | null;
  askDue: boolean;
  nextStep: NextStep | null;
}

export interface RequestDetailView extends RequestSummary {
  /** The clock's now when this view was made. */
  asOf: string;
  state: RequestState;
  nextAskDue: string | null;
  nextClientUpdateDue: string | null;
}

export function summarise(state: RequestState, settings: Settings, now: Date): RequestSummary {
  const { details } = state;
  return {
    id: state.id,
    clientName: details.client.name,
    company: details.client.company,
    topic: details.topic,
    bossName: bossName(settings, details.bossId),
    status: state.status,
    strikes: state.strikes,
    strikeLimit: settings.strikeLimit,
    round: state.round,
    contactAt: details.contact.at,
    deadline: details.deadline,
    askDue: isAskDue(state, settings, now),
    nextStep: nextStep(state, settings),
  };
}

export function detailView(state: RequestState, settings: Settings, now: Date): RequestDetailView {
  return {
    ...summarise(state, settings, now),
    asOf: now.toISOString(),
    state,
    nextAskDue: nextAskDue(state, settings)?.toISOString() ?? null,
    nextClientUpdateDue: nextClientUpdateDue(state, settings)?.toISOString() ?? null,
  };
}
