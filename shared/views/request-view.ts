import type { RequestState } from '../domain/request-state';
import { EMPTY_PROFILE, type ClientProfile } from '../clients/client-profile';
import { letterGreeting, nameToGreet } from '../clients/greeting';
import { draftChoices, type DraftChoice } from '../drafts/draft-choices';
import { bossName, type Settings } from '../domain/settings';
import { expectedChase } from '../rules/chase-prediction';
import { calendarOf } from '../rules/work-calendar';
import { nextClientUpdateDue, type ClientContext } from '../rules/client-updates';
import { acknowledgementDue, replyDue, type AcknowledgementDue } from '../rules/first-response';
import type { PendingItem } from '../rules/pending';
import { deadlineHorizon, dueFacts, type DueFact } from '../rules/due-facts';
import { scheduleOf, type Schedule } from '../rules/schedule';
import { lastClientTouch } from '../domain/request-state';
import { deadlinePassed, deadlineRisk, type DeadlineRisk } from '../rules/deadline';
import { nextWork, type NextWork } from '../rules/next-work';
import { comesBackTooLate, parkChoices, type ParkChoice } from '../rules/parking';
import { foldForSearch } from './search-fold';
import { awayPeriods, bossAwayNow, type BossAway } from '../rules/boss-away';

/** One row of the queue: what the renderer needs, already worked out by the rules. */
export interface RequestSummary {
  id: string;
  /** The event count the screen was built from; every command that changes the request carries it. */
  version: number;
  bossId: string;
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
  /** The deadline day has gone by and the request is still open: flagged wherever it shows. */
  deadlinePassed: boolean;
  askDue: boolean;
  /** When the next ask falls due (ISO), while the boss is being asked. */
  nextAskDue: string | null;
  /** The park, while parked: when it comes back. */
  park: RequestState['park'];
  /** What is due now, most urgent first, exactly as Today's row for it shows; and the earliest pending item, due or not. */
  due: DueFact[];
  nextStep: PendingItem | null;
}

export interface RequestDetailView extends RequestSummary {
  /** The clock's now when this view was made. */
  asOf: string;
  state: RequestState;
  nextClientUpdateDue: string | null;
  acknowledgement: (AcknowledgementDue & { late: boolean; limitHours: number }) | null;
  /** A later message of the client's that no message of ours has answered yet, on the same clock. */
  reply: (AcknowledgementDue & { late: boolean; limitHours: number }) | null;
  /** The client's usual gap between contacts and when they would chase if they heard nothing. */
  clientGapDays: number;
  expectedChase: string | null;
  /** How the client is addressed and likes to be reached, kept with the client. */
  profile: ClientProfile;
  /** How drafts to them open: "Dear Siobhán," or "Hello," when there is no name to use. */
  greeting: string;
  /** The messages the client can be sent now, and how (email, call, voicemail). */
  drafts: DraftChoice[];
  /** Whether the deadline looks like passing without the answer; drafts then say so and offer something. */
  deadlineRisk: DeadlineRisk | null;
  /** While parked: the ways it can wait, each with its return day and whether that is too late for the deadline. */
  parkChoices: ParkChoice[];
  /** The chosen outcome brings it back on or after the client's deadline, which is still ahead. */
  parkTooLate: boolean;
  /** What the page's Next step panel holds: the work of Today's button for it, and the other kind when that is due too. */
  nextWork: NextWork;
  /** The deciding boss is away now: until when, and when asks are due again. */
  bossAway: BossAway | null;
}

/** `schedule`: the request's schedule, when the caller already has it (main keeps one per request). */
export function summarise(
  state: RequestState,
  settings: Settings,
  client: ClientContext,
  now: Date,
  schedule: Schedule = scheduleOf(state, settings, client),
): RequestSummary {
  const { details } = state;
  const due = dueFacts(state, schedule, now, deadlineHorizon(settings, now));
  return {
    id: state.id,
    version: state.version,
    bossId: details.bossId,
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
    deadlinePassed: deadlinePassed(state, now, schedule.zone),
    askDue: due.some((d) => d.action === 'ask'),
    nextAskDue: schedule.items.find((i) => i.kind === 'ask')?.dueAt ?? null,
    park: state.status === 'parked' ? state.park : null,
    due,
    nextStep: schedule.next,
  };
}

/** Client, company, email, topic, details, notes and decision, folded for search (see foldForSearch). */
export function searchTextOf(state: RequestState): string {
  const { client, topic, details } = state.details;
  const fields = [
    client.name,
    client.company,
    client.email,
    topic,
    details,
    state.decision?.text ?? '',
    ...state.notes.flatMap((n) => [n.text, n.askedWhom, n.onBehalfOf]),
  ];
  return foldForSearch(fields.join('\n'));
}

/** Every word of the query appears somewhere in the request, folded the same way. */
export function matchesSearch(searchText: string, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return words.every((word) => searchText.includes(word));
}

export function detailView(state: RequestState, settings: Settings, client: ClientContext, now: Date): RequestDetailView {
  const { details } = state;
  const open = state.status === 'waiting' || state.status === 'parked';
  const summary = summarise(state, settings, client, now);
  const ack = acknowledgementDue(state, settings);
  const reply = replyDue(state, settings);
  return {
    ...summary,
    asOf: now.toISOString(),
    state,
    nextClientUpdateDue: nextClientUpdateDue(state, settings, client)?.toISOString() ?? null,
    acknowledgement: ack ? { ...ack, late: now > new Date(ack.latestBy), limitHours: settings.firstResponseLimitHours } : null,
    reply: reply ? { ...reply, late: now > new Date(reply.latestBy), limitHours: settings.firstResponseLimitHours } : null,
    clientGapDays: client.gapDays,
    expectedChase: open ? expectedChase(lastClientTouch(state), client.gapDays, calendarOf(settings)).toISOString() : null,
    profile: client.profile ?? EMPTY_PROFILE,
    greeting: letterGreeting(
      nameToGreet(details.client.name, client.profile?.greeting ?? settings.greetingStyle, client.profile?.title ?? ''),
    ),
    drafts: draftChoices(state, client.profile ?? EMPTY_PROFILE),
    deadlineRisk: deadlineRisk(state, settings, calendarOf(settings), now, client.profile?.timeZone ?? null),
    parkChoices: state.status === 'parked' ? parkChoices(state, calendarOf(settings), now) : [],
    parkTooLate: comesBackTooLate(state, now),
    nextWork: nextWork(state, summary.due, summary.nextStep),
    bossAway: bossAwayNow(awayPeriods(settings, details.bossId), now, calendarOf(settings)),
  };
}
