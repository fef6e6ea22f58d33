import { parseISO } from 'date-fns';
import { CONTACT_CHANNEL_LABELS, type ContactChannel } from '../domain/contact-channel';
import { CLIENT_MESSAGE_LABELS, type CorrectableField, type DetailChange } from '../domain/events';
import type { TimelineEntry } from '../domain/timeline';
import { count } from './plural';
import { PARK_OUTCOME_COPY } from './labels';
import { owedAction } from './owed-action';

const CHANNEL_WORDS = { email: 'by email', phone: 'by phone', voicemail: 'by voicemail', 'in-person': 'in person', other: '' } as const;

const withNote = (text: string, note: string) => (note ? `${text}: ${note}` : text);

/**
 * One history line in words. `formatDay` shows a date the way the screen shows dates;
 * `formatMoment` a date and time, where the time matters (a corrected contact time).
 */
export function timelineText(
  entry: TimelineEntry,
  formatDay: (iso: string) => string,
  formatMoment: (iso: string) => string = formatDay,
): string {
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
    case 'client-message-sent': {
      const closed = entry.closed ? '; request closed' : '';
      const what = CLIENT_MESSAGE_LABELS[entry.message];
      if (entry.medium === 'call') return `Called the client (${what.toLowerCase()}): “${entry.subject}”${closed}`;
      if (entry.medium === 'voicemail') return `Left a voicemail (${what.toLowerCase()}): “${entry.subject}”${closed}`;
      return `${what} sent: “${entry.subject}”${closed}`;
    }
    case 'reopened':
      return `Reopened: round ${entry.round} starts, waiting on the boss again`;
    case 'client-step-set':
      return entry.repeat
        ? `Followed up; will follow up again if nothing comes (${entry.what})`
        : `The client is to ${owedAction(entry.what)}`;
    case 'client-step-done':
      return entry.what ? `The client did it: ${owedAction(entry.what)}` : 'Client step done';
    case 'call-proposed':
      return `Call proposed for ${formatDay(entry.startsAt)} (${count(entry.minutes, 'minute', 'minutes')})`;
    case 'call-logged': {
      const when = entry.startsAt ? ` on ${formatDay(entry.startsAt)}` : '';
      return withNote(entry.held ? `Call held with the client${when}` : `The call${when} did not happen`, entry.note);
    }
    case 'note-added': {
      const whom = entry.askedWhom ? `: asked ${entry.askedWhom}` : '';
      return entry.inCaseOnly ? `Note added${whom} (asked only in case, not decided)` : `Note added${whom}`;
    }
    case 'corrected':
      return `Corrected: ${entry.changes.map((change) => changeText(change, formatMoment)).join('; ')}`;
    case 'withdrawn':
      return `Withdrawn: ${entry.reason}`;
    case 'deadline-agreed': {
      // A calendar day: read as local midnight, so no time zone moves it a day.
      const day = (date: string) => formatDay(parseISO(date).toISOString());
      const was = entry.from ? ` (was ${day(entry.from)})` : '';
      return `New date agreed with the client: ${day(entry.to)}${was}${entry.note ? `. ${entry.note}` : ''}`;
    }
  }
}

const FIELD_WORDS: Record<CorrectableField, string> = {
  'client.name': 'client name',
  'client.company': 'company',
  'client.email': 'email',
  'client.phone': 'phone',
  'contact.channel': 'how they reached us',
  'contact.at': 'when they reached us',
  topic: 'topic',
  details: 'details',
  bossId: 'who decides',
  deadline: 'deadline',
};

/** "client name “Jane Do” → “Jane Doe”"; long details are only said to have changed. */
function changeText({ field, from, to }: DetailChange, formatMoment: (iso: string) => string): string {
  if (field === 'details') return 'details rewritten';
  const shown = (value: string) => {
    if (!value) return 'none';
    if (field === 'contact.at') return formatMoment(value);
    if (field === 'contact.channel') return CONTACT_CHANNEL_LABELS[value as ContactChannel] ?? value;
    return `“${value}”`;
  };
  return `${FIELD_WORDS[field]} ${shown(from)} → ${shown(to)}`;
}
