import type { ContactChannel } from './contact-channel';
import type { Medium } from './draft-templates';
import type { ClientMessageKind, DetailChange, ParkOutcome } from './events';

/**
 * One line of a request's history, as facts: what happened, with the numbers and dates that
 * matter. Words come from shared/copy/timeline.ts, so the fold never writes English.
 * `derived` marks what time did rather than the user (a re-ask date coming round).
 */
export type TimelineEntry = { at: string; derived: boolean } & (
  | { kind: 'logged' }
  | { kind: 'asked'; round: number; strike: number; note: string }
  | { kind: 'ask-undone'; round: number; strike: number }
  | { kind: 'parked'; strikeLimit: number }
  | { kind: 'park-outcome-chosen'; outcome: ParkOutcome; returnsOn: string | null }
  | { kind: 'returned'; round: number }
  | { kind: 'unparked'; round: number }
  | { kind: 'decided'; decision: string }
  /** `contactAt`: when the client got in touch, which the history shows, rather than when it was logged. */
  | { kind: 'client-contacted'; channel: ContactChannel; chased: boolean; note: string; contactAt: string }
  | { kind: 'client-message-sent'; message: ClientMessageKind; medium: Medium; subject: string; body: string; closed: boolean }
  | { kind: 'reopened'; round: number }
  | { kind: 'client-step-set'; what: string; repeat: boolean }
  | { kind: 'client-step-done'; what: string | null }
  | { kind: 'call-proposed'; minutes: number; startsAt: string }
  | { kind: 'call-logged'; held: boolean; note: string; startsAt: string | null }
  | { kind: 'note-added'; inCaseOnly: boolean; askedWhom: string }
  | { kind: 'corrected'; changes: DetailChange[] }
  | { kind: 'withdrawn'; reason: string }
  | { kind: 'deadline-agreed'; from: string | null; to: string; note: string }
);

export type TimelineKind = TimelineEntry['kind'];
