import type { RequestState } from '../domain/request-state';
import { bossName, type Settings } from '../domain/settings';
import { nextAskDue } from '../rules/asks';
import { expectedChase } from '../rules/chase-prediction';
import { nextClientUpdateDue, type ClientContext } from '../rules/client-updates';
import { dueItems, type DueItem } from '../rules/due-items';
import { acknowledgementDue, type AcknowledgementDue } from '../rules/first-response';
import { nextStep, type NextStep } from '../rules/next-step';
import { lastClientTouch } from '../domain/request-state';

/** One row of the queue: what the renderer needs, already worked out by the rules. */
export interface RequestSummary {
  id: string;
  bossId: string;
  /** Lower-cased client, company, email, topic, details, notes and decision, for search. */
  searchText: string;
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
  /** The park, while parked: when it comes back. */
  park: RequestState['park'];
  due: DueItem[];
  nextStep: NextStep | null;
}

export interface RequestDetailView extends RequestSummary {
  /** The clock's now when this view was made. */
  asOf: string;
  state: RequestState;
  nextAskDue: string | null;
  nextClientUpdateDue: string | null;
  acknowledgement: AcknowledgementDue | null;
  /** The client's usual gap between contacts and when they would chase if they heard nothing. */
  clientGapDays: number;
  expectedChase: string | null;
}

export function summarise(state: RequestState, settings: Settings, client: ClientContext, now: Date): RequestSummary {
  const { details } = state;
  const due = dueItems(state, settings, client, now);
  return {
    id: state.id,
    bossId: details.bossId,
    searchText: searchTextOf(state),
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
    askDue: due.some((d) => d.kind === 'ask'),
    park: state.status === 'parked' ? state.park : null,
    due,
    nextStep: nextStep(state, settings, client),
  };
}

function searchTextOf(state: RequestState): string {
  const { client, topic, details } = state.details;
  return [
    client.name,
    client.company,
    client.email,
    topic,
    details,
    state.decision?.text ?? '',
    ...state.notes.flatMap((n) => [n.text, n.askedWhom, n.onBehalfOf]),
  ]
    .join('\n')
    .toLowerCase();
}

/** Every word of the query appears somewhere in the request. */
export function matchesSearch(summary: Pick<RequestSummary, 'searchText'>, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => summary.searchText.includes(word));
}

export function detailView(state: RequestState, settings: Settings, client: ClientContext, now: Date): RequestDetailView {
  const open = state.status === 'waiting' || state.status === 'parked';
  return {
    ...summarise(state, settings, client, now),
    asOf: now.toISOString(),
    state,
    nextAskDue: nextAskDue(state, settings)?.toISOString() ?? null,
    nextClientUpdateDue: nextClientUpdateDue(state, settings, client)?.toISOString() ?? null,
    acknowledgement: acknowledgementDue(state, settings),
    clientGapDays: client.gapDays,
    expectedChase: open ? expectedChase(lastClientTouch(state), client.gapDays).toISOString() : null,
  };
}
