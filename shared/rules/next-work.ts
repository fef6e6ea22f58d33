import type { ClientMessageKind } from '../domain/events';
import type { RequestState } from '../domain/request-state';
import { DRAFT_FOR, DUE_ACTIONS, type DueAction, type DueFact } from './due-facts';
import type { PendingItem } from './pending';
import { closingNoteOffered } from './closing-note';

/**
 * The kinds of work on a request: writing to the client (the composer, on one message), the
 * boss side (asking, or choosing how a parked request waits), and logging how a call went.
 */
export type Work = { kind: 'message'; message: ClientMessageKind } | { kind: 'boss' } | { kind: 'call' };

/**
 * What the request page's Next step panel holds. `lead` is the work of Today's button for this
 * request: the most urgent item due. With nothing due, it is the work of the next pending item,
 * so the page still opens on what comes next. `also` is the other kind of work, when an item of
 * that kind is due too: the page shows it second, and folds everything else away.
 */
export interface NextWork {
  lead: Work | null;
  also: Work | null;
}

function workOf(action: DueAction): Work | null {
  if (action === 'ask' || action === 'choose-park') return { kind: 'boss' };
  if (action === 'log-call') return { kind: 'call' };
  const message = DRAFT_FOR[action];
  return message ? { kind: 'message', message } : null;
}

/**
 * `due`: what is due now, most urgent first (dueFacts); `next`: the earliest pending item. A
 * deadline or a call due today is only a fact to see: it gives no work of its own.
 */
export function nextWork(state: RequestState, due: readonly DueFact[], next: PendingItem | null): NextWork {
  if (state.status === 'closed') return { lead: closingNoteOffered(state) ? { kind: 'message', message: 'closing' } : null, also: null };
  const dueWork = due.map((fact) => workOf(fact.action)).filter((w): w is Work => w !== null);
  const lead = dueWork[0] ?? (next ? workOf(DUE_ACTIONS[next.kind]) : null) ?? fallback();
  const also = dueWork.find((w) => w.kind !== lead.kind) ?? null;
  return { lead, also };
}

/**
 * Nothing pending at all. An open request always owes the client an update, and a decided one
 * its answer, so this is a safety net: the boss side, where a parked request can be brought back.
 */
function fallback(): Work {
  return { kind: 'boss' };
}
