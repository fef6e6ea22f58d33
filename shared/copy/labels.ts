import type { ParkOutcome } from '../domain/events';
import type { RequestStatus } from '../domain/request';
import type { PendingKind } from '../rules/pending';

/** Today's sections: the pending kinds grouped the way an assistant works, plus near deadlines and today's calls. */
export type TodaySectionKind =
  'acknowledge' | 'reply' | 'update' | 'ask' | 'reask' | 'answer' | 'client-step' | 'deadline' | 'call' | 'call-log';

interface ItemCopy {
  /** The badge on a request and in the queue while it is due. */
  badge: string;
  /** The badge once it is past its limit (acknowledgements and replies have one). */
  lateBadge: string;
  /** The heading of its section on Today. */
  section: string;
  /** A desktop notification's title. */
  notice: string;
}

/** The one map of what each due thing is called, wherever it shows. */
export const ITEM_COPY: Record<PendingKind | 'deadline' | 'call' | 'call-log', ItemCopy> = {
  acknowledge: {
    badge: 'Acknowledgement due',
    lateBadge: 'Acknowledgement late',
    section: 'Acknowledgements due',
    notice: 'Acknowledgement due',
  },
  reply: { badge: 'Reply due', lateBadge: 'Reply late', section: 'Replies due', notice: 'Reply due' },
  answer: { badge: 'Answer due', lateBadge: 'Answer due', section: 'Answers to send', notice: 'Answer to send' },
  ask: { badge: 'Ask due', lateBadge: 'Ask due', section: 'Asks due', notice: 'Ask due' },
  'choose-park': {
    badge: 'Choose when to ask again',
    lateBadge: 'Choose when to ask again',
    section: 'Asks due',
    notice: 'Choose when to ask again',
  },
  reask: {
    badge: 'Back from parking',
    lateBadge: 'Back from parking',
    section: 'Back from parking',
    notice: 'Back from parking: ask again',
  },
  update: { badge: 'Update due', lateBadge: 'Update overdue', section: 'Client updates due', notice: 'Client update due' },
  'client-step': {
    badge: 'Follow up with client',
    lateBadge: 'Follow up with client',
    section: 'Client steps to chase',
    notice: 'Follow up with the client',
  },
  deadline: { badge: 'Deadline near', lateBadge: 'Deadline passed', section: 'Client deadlines near', notice: 'Client deadline near' },
  call: { badge: 'Call today', lateBadge: 'Call today', section: 'Calls today', notice: 'Call today' },
  'call-log': { badge: 'Call to log', lateBadge: 'Call to log', section: 'Calls to log', notice: 'Log how the call went' },
};

export const SECTION_TITLES: Record<TodaySectionKind, string> = {
  acknowledge: ITEM_COPY.acknowledge.section,
  reply: ITEM_COPY.reply.section,
  update: ITEM_COPY.update.section,
  ask: ITEM_COPY.ask.section,
  reask: ITEM_COPY.reask.section,
  answer: ITEM_COPY.answer.section,
  'client-step': ITEM_COPY['client-step'].section,
  deadline: ITEM_COPY.deadline.section,
  call: ITEM_COPY.call.section,
  'call-log': ITEM_COPY['call-log'].section,
};

/** The ways a parked request can wait: the button, and what the history says once chosen. */
export const PARK_OUTCOME_COPY: Record<ParkOutcome, { choice: string; chosen: string }> = {
  'until-raised': { choice: 'Park until the boss raises it', chosen: 'Parked until the boss raises it' },
  'in-2-weeks': { choice: 'Re-ask in 2 weeks', chosen: 'Set to re-ask in 2 weeks' },
  'in-1-month': { choice: 'Re-ask in 1 month', chosen: 'Set to re-ask in 1 month' },
  'before-deadline': { choice: 'Re-ask before the client’s deadline', chosen: 'Set to re-ask before the client’s deadline' },
};

export const STATUS_LABELS: Record<RequestStatus, string> = {
  waiting: 'Waiting on boss',
  parked: 'Parked',
  decided: 'Decided',
  closed: 'Closed',
};
