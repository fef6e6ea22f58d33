import { nameToGreet } from '../clients/greeting';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { DomainError } from '../domain/domain-error';
import type { RequestState } from '../domain/request-state';
import type { Boss, Settings } from '../domain/settings';
import type { Draft } from './draft';
import { count } from '../copy/plural';
import { formatDay, sentenceCase } from './wording';
import { compareIso } from '../domain/compare-iso';
import { nextAskDue } from '../rules/asks';
import { bossAwayNow, type BossAway } from '../rules/boss-away';
import { calendarOf } from '../rules/work-calendar';
import { deadlinePassed } from '../rules/deadline';
import { topicInSentence } from '../domain/topic';

function bossOf(settings: Settings, bossId: string): Boss {
  return settings.bosses.find((b) => b.id === bossId) ?? { id: bossId, name: '', email: '' };
}

/** "Jane Doe at Acme Ltd", or the name alone. */
function who(state: RequestState): string {
  const { name, company } = state.details.client;
  return company.trim() ? `${name} at ${company.trim()}` : name;
}

const days = (from: string, now: Date) => {
  const n = differenceInCalendarDays(now, new Date(from));
  return n === 0 ? 'under a day' : count(n, 'day', 'days');
};

/** Assistants write to their boss by first name; with no name known, a plain "Hi,". */
/** "Hi Jane," for "Dr Jane Smith": the boss by first name, read the way clients' names are. */
export const bossGreeting = (boss: Pick<Boss, 'name'>): string => {
  const first = nameToGreet(boss.name, 'first-name');
  return first ? `Hi ${first},` : 'Hi,';
};

const thanks = (settings: Settings) => (settings.assistantName.trim() ? `Thanks,\n${settings.assistantName.trim()}` : 'Thanks,');

/**
 * A note to the boss for the next ask on a request. The first is plain and short; later ones
 * are firmer and say how long the client has waited; the last of the round carries the park
 * message, so the boss knows it leaves the list and how to bring it back.
 */
export function askDraft(state: RequestState, settings: Settings, now: Date, locale: string): Draft {
  if (state.status !== 'waiting') throw new DomainError('Only a request waiting on the boss can be asked about.');
  const boss = bossOf(settings, state.details.bossId);
  const strike = state.strikes + 1;
  const { topic: bare, deadline, contact } = state.details;
  // Quoted inside the sentences, never in the subject lines.
  const topic = topicInSentence(bare);
  const deadlineLine = deadline ? ` They need an answer by ${formatDay(parseISO(deadline), locale)}.` : '';
  const since = formatDay(new Date(contact.at), locale);
  let subject: string;
  let text: string;
  if (strike >= settings.strikeLimit) {
    subject = `Last ask for now: ${bare}`;
    text = `One last ask about ${topic}, the request from ${who(state)}, waiting since ${since}.${deadlineLine} Whenever you’re ready, just tell me; until then it is off my list. Or, if you would like me to ask again in two weeks or in a month, say which and I will bring it back then.`;
  } else if (strike === 1) {
    subject = sentenceCase(`${bare}: your decision, please`);
    text = `${who(state)} asked on ${since} about ${topic}.${deadlineLine} What would you like me to tell them?`;
  } else {
    subject = `Asking again: ${bare}`;
    text = `Coming back to the request from ${who(state)} about ${topic}: they have waited ${days(contact.at, now)}, since ${since}.${deadlineLine} Could you give me a decision, or tell me what you need to make one?`;
  }
  return {
    kind: 'ask',
    to: boss.email,
    toName: boss.name,
    subject,
    body: [bossGreeting(boss), '', text, '', thanks(settings)].join('\n'),
    warnings: [],
    medium: 'email',
    template: null,
    spokenSeconds: null,
    advice: [],
  };
}

export interface DigestItem {
  requestId: string;
  /** The version the digest was drafted from: marking it sent is refused if a request changed since. */
  version: number;
  line: string;
  /** "Jane Doe: the gala": how the result names it. */
  label: string;
  /**
   * The next ask is not due yet (the ask spacing applies to the digest as to a single ask): the
   * day it is due (ISO), and it is left out unless ticked, with this said beside it. Null when due.
   */
  askDueOn: string | null;
  /** The ask the digest records would be the last of the round: it will be parked. */
  parks: boolean;
  /** In the message as drafted. */
  listed: boolean;
}

/** Whether the boss's digest lists this request: it is waiting on that boss. */
export const inDigest = (state: RequestState, bossId: string): boolean => state.status === 'waiting' && state.details.bossId === bossId;

/** Every request waiting on this boss, oldest first: what the digest lists and can tick. */
export function digestCandidates(states: readonly RequestState[], bossId: string): RequestState[] {
  return states.filter((s) => inDigest(s, bossId)).sort((a, b) => compareIso(a.details.contact.at, b.details.contact.at));
}

/**
 * One message listing every request waiting on a boss (or the ticked ones), oldest first,
 * with strikes, how long the client has waited and any client deadline, so the assistant
 * can ask about all of them at once.
 */
export function digestDraft(
  states: readonly RequestState[],
  settings: Settings,
  bossId: string,
  now: Date,
  locale: string,
  only: readonly string[] | null,
): Draft & { items: DigestItem[]; bossAway: BossAway | null } {
  const boss = bossOf(settings, bossId);
  const candidates = digestCandidates(states, bossId);
  // Unless chosen by hand, a request whose next ask is not due yet waits: the spacing between
  // asks holds for the digest too (asked yesterday, it is not asked again today).
  const notDueUntil = (s: RequestState) => {
    const due = nextAskDue(s, settings);
    return due && due > now ? due : null;
  };
  const isListed = (s: RequestState) => (only ? only.includes(s.id) : notDueUntil(s) === null);
  const listed = candidates.filter(isListed);
  const name = boss.name.trim() || 'the boss';
  if (candidates.length === 0) throw new DomainError(`Nothing is waiting on ${name} right now.`);
  if (only && listed.length === 0) throw new DomainError(`Tick at least one request waiting on ${name}.`);
  const lineOf = (s: RequestState, i: number) => {
    const passed = deadlinePassed(s, now) ? ' (passed)' : '';
    const deadline = s.details.deadline ? ` Client deadline: ${formatDay(parseISO(s.details.deadline), locale)}${passed}.` : '';
    const before = s.asks.filter((a) => a.round < s.round).length;
    const asked =
      s.strikes > 0
        ? `Asked ${s.strikes} of ${settings.strikeLimit} times.`
        : before > 0
          ? `Not asked yet in round ${s.round} (${count(before, 'ask', 'asks')} before).`
          : 'Not asked yet.';
    return `${i + 1}. ${sentenceCase(s.details.topic)}, from ${who(s)}\n   Waiting ${days(s.details.contact.at, now)}, since ${formatDay(new Date(s.details.contact.at), locale)}. ${asked}${deadline}`;
  };
  const items: DigestItem[] = candidates.map((s) => ({
    requestId: s.id,
    version: s.version,
    line: lineOf(s, Math.max(0, listed.indexOf(s))),
    label: `${s.details.client.name}: ${s.details.topic}`,
    askDueOn: notDueUntil(s)?.toISOString() ?? null,
    parks: s.strikes + 1 >= settings.strikeLimit,
    listed: isListed(s),
  }));
  const lines = listed.map(lineOf);
  const waiting = `${count(listed.length, 'request is', 'requests are')}`;
  return {
    kind: 'digest',
    to: boss.email,
    toName: boss.name,
    subject: `${waiting} waiting on your decision`,
    body: [
      bossGreeting(boss),
      '',
      `${waiting} waiting on your decision, oldest first:`,
      '',
      ...lines,
      '',
      listed.length === 1 ? 'A word on it helps.' : 'A word on any of them helps.',
      '',
      thanks(settings),
    ].join('\n'),
    warnings: [],
    medium: 'email',
    template: null,
    spokenSeconds: null,
    advice: [],
    items,
    // Away, none of their asks is due: the page says why, rather than "asked recently".
    bossAway: bossAwayNow(boss.away ?? [], now, calendarOf(settings)),
  };
}
