import { EMPTY_PROFILE } from '../clients/client-profile';
import { letterGreeting, nameToGreet, spokenGreeting } from '../clients/greeting';
import { DomainError } from '../domain/domain-error';
import { isScripted, templateIdOf, type Medium } from '../domain/draft-templates';
import type { ClientMessageKind } from '../domain/events';
import type { InboundContact, RequestState } from '../domain/request-state';
import { bossName, type Settings } from '../domain/settings';
import { nextUpdateIfSentNow, type ClientContext } from '../rules/client-updates';
import { awayPeriods, promisedAroundAbsence } from '../rules/boss-away';
import { beforeDeadline, deadlineRisk, type DeadlineRisk } from '../rules/deadline';
import { addWorkingDays, calendarOf } from '../rules/work-calendar';
import { max, parseISO, startOfDay } from 'date-fns';
import { spokenSeconds, type Draft } from './draft';
import { blameWarnings } from './never-blame';
import { renderTemplate, type Placeholder } from './template';
import { replySubject } from '../mailbox/reply-subject';
import { topicInSentence } from '../domain/topic';
import { describeContact, formatDay, formatMoment, signOff, theirMessage, theirWords } from './wording';
import { owedAction } from '../copy/owed-action';

export interface ClientDraftOptions {
  kind: ClientMessageKind;
  /** An email, or a script for a call or a voicemail (acknowledgement, update and answer only). */
  medium: Medium;
  locale: string;
  /** A neutral reason for the wait (one of Settings' list, or "I don't know yet"), or null. */
  reason: string | null;
  /** When the assistant expects an answer, in business days; the promise is padded. */
  expectedBusinessDays: number | null;
  /** Close with an invitation to get in touch in the coming week. */
  invite: boolean;
  /**
   * When the client's deadline will pass without the answer: what to offer them, one of
   * Settings' deadline offers. Left out, the first of them; null, none.
   */
  offer?: string | null;
}

export const INVITATION = 'If you would like a word before then, do get in touch at any time in the coming week.';
const SPOKEN_INVITATION = 'If you’d like a word before then, do call me any time in the coming week.';

/**
 * Where a waiting request stands, said without blame. A client who hears from us every week
 * would read the same sentence every week, so it moves on with each status message they have
 * had (updates and replies), and "it has not been forgotten", reassuring once, is said only in
 * the first. A parked one is still open, and said so plainly, naming what is owed (`answer`,
 * see theAnswer).
 */
const WAITING_STANDINGS = [
  'It has not been forgotten: it is in hand and I am keeping it moving.',
  'It is still very much on my desk, and I am following it closely.',
  'It remains in hand, and I am keeping it moving.',
] as const;
const PARKED_STANDINGS = [
  (answer: string) => `It is still open, and it has not been forgotten. I don’t have ${answer} yet, and I’m finding out.`,
  (answer: string) => `It is still open and on my list. I don’t have ${answer} yet, and I’m finding out.`,
  (answer: string) => `It remains open on my side. I don’t have ${answer} yet, and I’m finding out.`,
] as const;

export function standing(state: RequestState, answer: string): string {
  const had = state.outbound.filter((m) => m.kind === 'update' || m.kind === 'reply').length;
  // After the first, the other sentences take turns: "forgotten" does not come round again.
  const turn = had === 0 ? 0 : had % 2 === 1 ? 1 : 2;
  return state.status === 'parked' ? PARKED_STANDINGS[turn](answer) : WAITING_STANDINGS[turn];
}

/**
 * What "an answer" is called: once the client has had one on this request (it was reopened for a
 * new question), saying "I don't have an answer for you yet" would deny the one they were sent.
 */
function theAnswer(state: RequestState): string {
  return state.outbound.some((m) => m.kind === 'answer') ? 'an answer to your new question' : 'an answer for you';
}

export const NO_NEW_MESSAGE_ADVICE =
  'Reopened with no new message logged: log what the client asked (Log contact) so this names it, not their first email.';

export const NO_EMAIL_ADVICE =
  'There is no email address for this client: add it with Correct details to send this by email, or use a call script.';
export const NO_ORGANISER_ADVICE =
  'Add your email in Settings (You): a saved .eml then carries the call as a meeting request the client can accept.';
/** With setup skipped there is no name to sign with: the composer asks for it there and then (see SignAsForm). */
export const UNSIGNED_ADVICE = 'This draft ends “Kind regards,” with no name to sign it: there is none in Settings yet.';
export const NO_CALLBACK_ADVICE = 'Add your callback number in Settings (You) so the voicemail can say where to reach you.';

/**
 * A message to the client from the assistant's templates. Every one is specific: it names the
 * topic and exactly when and how the client reached us. The never-blame check runs on the
 * result and its warnings travel with the draft. A script says the same as the email, in
 * words for the phone.
 */
export function clientDraft(state: RequestState, settings: Settings, client: ClientContext, now: Date, options: ClientDraftOptions): Draft {
  const { kind, locale } = options;
  const medium = isScripted(kind) ? options.medium : 'email';
  const spoken = medium !== 'email';
  const { details } = state;
  if (kind === 'answer' && !state.decision) throw new DomainError('Record the boss’s decision first; the answer is drafted from it.');
  if (kind === 'follow-up' && !state.clientStep) throw new DomainError('Record what the client owes us first.');
  if (kind === 'call-proposal' && !state.call) throw new DomainError('Propose a call time first.');
  if (kind === 'closing' && !state.withdrawn)
    throw new DomainError('A closing note is for a request the client no longer needs: withdraw it first.');

  const parked = state.status === 'parked';
  const answer = theAnswer(state);
  // The message this question was raised in: reopened with nothing logged yet, their latest.
  const raised = state.raisedIn ?? state.inbound.at(-1)!;
  // A reply answers the oldest message still unanswered, else the client's latest.
  const answering = kind === 'reply' ? (state.replyOwed ?? state.inbound.at(-1)!) : null;
  const cal = calendarOf(settings);
  const nextUpdate = nextUpdateIfSentNow(state, settings, client, now, kind === 'update');
  const profile = client.profile ?? EMPTY_PROFILE;
  // A client abroad hears times on their own clock, and their deadline is read on their calendar.
  const zone = profile.timeZone;
  const risk = deadlineRisk(state, settings, cal, now, zone);
  // While parked, or when the deadline will pass first, nothing is promised but the next update.
  const expected = parked || risk ? null : options.expectedBusinessDays;
  const away = awayPeriods(settings, details.bossId);
  const promised =
    expected === null
      ? null
      : beforeDeadline(state, promisedAroundAbsence(away, now, expected, settings.paddingFactor, cal), cal, now, now);
  const offer = options.offer === undefined ? (settings.deadlineOffers[0] ?? '') : (options.offer ?? '');
  const step = state.clientStep;
  // A follow-up date already gone by is never written to the client: the next working day instead.
  const stepDay = step ? max([new Date(step.chaseOn), startOfDay(addWorkingDays(now, 1, cal))]) : null;
  const name = nameToGreet(details.client.name, profile.greeting ?? settings.greetingStyle, profile.title);
  const number = settings.callbackNumber.trim();
  const values: Record<Placeholder, string> = {
    greeting: letterGreeting(name),
    hello: spokenGreeting(name),
    introduction: introduction(settings, details.bossId),
    clientName: details.client.name,
    topic: topicInSentence(details.topic),
    contact: describeContact(raised.channel, new Date(raised.at), locale, spoken, zone),
    theirMessage: answering ? theirMessage(answering.channel, new Date(answering.at), now, locale, spoken, zone) : '',
    theirWords: answering ? theirWords(answering.channel, answering.note) : '',
    nextUpdate: formatDay(nextUpdate.day, locale),
    deadline: details.deadline ? formatDay(parseISO(details.deadline), locale) : '',
    deadlineNote: deadlineNote(risk, nextUpdate.capped || (promised?.capped ?? false), details.deadline, offer, locale, answer),
    standing: standing(state, answer),
    reason: options.reason ?? '',
    promise: promised ? `I expect to have ${answer} by ${formatDay(promised.day, locale)}.` : '',
    invitation: options.invite ? (spoken ? SPOKEN_INVITATION : INVITATION) : '',
    clientStep: step
      ? `In the meantime, could you ${owedAction(step.what)}? If I haven’t heard by ${formatDay(stepDay!, locale)}, may I give you a call?`
      : '',
    clientOwes: step ? owedAction(step.what) : '',
    decision: state.decision?.text ?? '',
    callTime: state.call ? `${formatMoment(new Date(state.call.startsAt), locale, zone)}${zone ? ' your time' : ''}` : '',
    callback: number ? `You can reach me on ${number}. That’s ${number}.` : 'Do call me back when it suits you.',
    colleague: '',
    question: '',
    forWhom: '',
    signoff: signOff(settings.assistantName, settings.signature),
  };
  const template = templateIdOf(kind, medium);
  const rendered = renderTemplate(settings.templates[template], values, { topic: details.topic });
  const body = rendered.body;
  // An email that answers one of theirs is titled as a mail program's Reply titles it.
  const theirSubject = medium === 'email' ? answeredSubject(state, kind, answering) : null;
  const subject = theirSubject === null ? rendered.subject : replySubject(theirSubject);
  return {
    kind,
    to: details.client.email,
    toName: details.client.name,
    subject,
    body,
    warnings: draftWarnings(`${subject}\n${body}`, state, settings),
    medium,
    template,
    spokenSeconds: spoken ? spokenSeconds(body) : null,
    advice: [
      ...(medium === 'email' && !settings.assistantName.trim() && !settings.signature.trim() ? [UNSIGNED_ADVICE] : []),
      ...(medium === 'voicemail' && !number ? [NO_CALLBACK_ADVICE] : []),
      ...(medium === 'email' && !details.client.email.trim() ? [NO_EMAIL_ADVICE] : []),
      ...(kind === 'call-proposal' && !settings.assistantEmail.trim() ? [NO_ORGANISER_ADVICE] : []),
      ...(state.raisedIn === null && (kind === 'acknowledgement' || kind === 'update') ? [NO_NEW_MESSAGE_ADVICE] : []),
    ],
  };
}

/**
 * The subject of the client's email this message answers, when it answers one the app read: the
 * acknowledgement answers the email the request was made from, a reply the message it takes up.
 * Null for everything else, and for a contact that was not an email the app read.
 */
function answeredSubject(state: RequestState, kind: ClientMessageKind, answering: InboundContact | null): string | null {
  if (kind === 'reply') return answering?.subject ?? null;
  // The closing note answers what they last wrote: usually the message saying they no longer need it.
  if (kind === 'closing') return state.inbound.at(-1)?.subject ?? null;
  // The acknowledgement answers the message it is owed for: the first contact, a new question, a reopening.
  if (kind === 'acknowledgement') return state.raisedIn?.subject ?? null;
  return null;
}

/**
 * What the draft says about the client's deadline: plainly, and without blame, that the answer
 * may not come by their date, with an offer; or, when the deadline set a date the draft
 * promises, that it did. Nothing when the deadline is far off or there is none.
 */
export function deadlineNote(
  risk: DeadlineRisk | null,
  capped: boolean,
  deadline: string | null,
  offer: string,
  locale: string,
  answer = 'an answer for you',
): string {
  if (!deadline) return '';
  const day = formatDay(parseISO(deadline), locale);
  const then = offer.trim() ? ` ${offer.trim()}` : '';
  if (risk === 'passed') return `I know you needed this by ${day}, and I’m sorry that I don’t have ${answer} yet.${then}`;
  if (risk === 'unlikely') return `I know you need this by ${day}, and I don’t expect to have an answer by then.${then}`;
  if (risk === 'near') return `I know you need this by ${day}, and I may not have an answer by then.${then}`;
  return capped ? `I have kept every date here ahead of your deadline of ${day}.` : '';
}

/** "This is Priya Shah, Dana Lee’s assistant." With no names in Settings, nothing: the greeting and topic carry it. */
export function introduction(settings: Settings, bossId: string): string {
  const me = settings.assistantName.trim();
  const boss = bossName(settings, bossId);
  const hasBoss = boss !== 'the boss';
  if (me && hasBoss) return `This is ${me}, ${boss}’s assistant.`;
  if (me) return `This is ${me}.`;
  if (hasBoss) return `I’m calling from ${boss}’s office.`;
  return '';
}

/**
 * The never-blame check on a draft, as first made or as the assistant edited it. What the
 * assistant typed about the request (a topic such as "the delayed invoice", the client step,
 * the decision, their own signature) is theirs, not the app blaming anyone, so it is left out.
 */
export function draftWarnings(text: string, state: RequestState | null, settings: Settings): string[] {
  const own: (string | undefined)[] = [settings.signature, settings.assistantName];
  if (state) own.push(state.details.client.name, state.details.topic, state.decision?.text, state.clientStep?.what);
  return blameWarnings(text, own);
}
