import { CLIENT_MESSAGE_LABELS } from '../domain/events';
import type { TimelineEntry } from '../domain/timeline';
import { count } from './plural';
import { PARK_OUTCOME_COPY } from './labels';

const CHANNEL_WORDS = { email: 'by email', phone: 'by phone', voicemail: 'by voicemail', 'in-person': 'in person', other: '' } as const;

const withNote = (text: string, note: string) => (note ? `${text}: ${note}` : text);

/** One history line in words. `formatDay` shows a date the way the screen shows dates. */
export function timelineText(entry: TimelineEntry, formatDay: (iso: string) => string): string {
  switch (entry.kind) {
    case 'logged':
      return 'Request logged';
    case 'asked':
      return withNote(`Asked the boss (round ${entry.round}, strike ${entry.strike})`, entry.note);
    case 'ask-undone':
      return `Ask undone (round ${entry.round}, strike ${entry.strike})`;
    case 'parked':
      return `Parked after ${count(entry.strikeLimit, 'unanswered ask', 'unanswered asks')}`;
    case 'park-outcome-chosen':
      return entry.returnsOn
        ? `${PARK_OUTCOME_COPY[entry.outcome].chosen}, on ${formatDay(entry.returnsOn)}`
        : PARK_OUTCOME_COPY[entry.outcome].chosen;
    case 'returned':
      return `Back from parking: round ${entry.round} starts, strikes reset`;
    case 'unparked':
      return `Brought back: round ${entry.round} starts, strikes reset`;
    case 'decided':
      return `Decision recorded: ${entry.decision}`;
    case 'client-contacted': {
      const how = CHANNEL_WORDS[entry.channel];
      return withNote(`The client got in touch${how ? ` ${how}` : ''}${entry.chased ? ', chasing us' : ''}`, entry.note);
    }
    case 'client-message-sent':
      return `${CLIENT_MESSAGE_LABELS[entry.message]} sent: “${entry.subject}”${entry.closed ? '; request closed' : ''}`;
    case 'reopened':
      return `Reopened: round ${entry.round} starts, waiting on the boss again`;
    case 'client-step-set':
      return entry.repeat ? `Followed up; will follow up again if nothing comes (${entry.what})` : `The client is to ${entry.what}`;
    case 'client-step-done':
      return entry.what ? `The client did it: ${entry.what}` : 'Client step done';
    case 'call-proposed':
      return `Call proposed for ${formatDay(entry.startsAt)} (${count(entry.minutes, 'minute', 'minutes')})`;
    case 'note-added':
      return entry.inCaseOnly ? 'Note added (asked only in case, not decided)' : 'Note added';
  }
}
