import { DomainError } from '../domain/domain-error';
import type { ClientMessageKind } from '../domain/events';
import type { RequestState } from '../domain/request-state';
import type { Settings } from '../domain/settings';
import { nextUpdateIfSentNow, type ClientContext } from '../rules/client-updates';
import { promisedDay } from '../rules/padding';
import { calendarOf } from '../rules/work-calendar';
import type { Draft } from './draft';
import { blameWarnings } from './never-blame';
import { renderTemplate, type Placeholder } from './template';
import { describeContact, formatDay, formatMoment, signOff } from './wording';

export interface ClientDraftOptions {
  kind: ClientMessageKind;
  locale: string;
  /** A neutral reason for the wait (one of Settings' list, or "I don't know yet"), or null. */
  reason: string | null;
  /** When the assistant expects an answer, in business days; the promise is padded. */
  expectedBusinessDays: number | null;
  /** Close with an invitation to get in touch in the coming week. */
  invite: boolean;
}

export const INVITATION = 'If you would like a word before then, do get in touch at any time in the coming week.';

/**
 * A message to the client from the assistant's templates. Every one is specific: it names the
 * topic and exactly when and how the client reached us. The never-blame check runs on the
 * result and its warnings travel with the draft.
 */
export function clientDraft(state: RequestState, settings: Settings, client: ClientContext, now: Date, options: ClientDraftOptions): Draft {
  const { kind, locale } = options;
  const { details } = state;
  if (kind === 'answer' && !state.decision) throw new DomainError('Record the boss’s decision first; the answer is drafted from it.');
  if (kind === 'follow-up' && !state.clientStep) throw new DomainError('Record what the client owes us first.');
  if (kind === 'call-proposal' && !state.call) throw new DomainError('Propose a call time first.');

  const nextUpdate = nextUpdateIfSentNow(state, settings, client, now, kind === 'update');
  const step = state.clientStep;
  const values: Record<Placeholder, string> = {
    clientName: details.client.name,
    topic: details.topic,
    contact: describeContact(details.contact.channel, new Date(details.contact.at), locale),
    nextUpdate: formatDay(nextUpdate, locale),
    reason: options.reason?.trim() ?? '',
    promise:
      options.expectedBusinessDays !== null
        ? `I expect to have an answer for you by ${formatDay(promisedDay(now, options.expectedBusinessDays, settings.paddingFactor, calendarOf(settings)), locale)}.`
        : '',
    invitation: options.invite ? INVITATION : '',
    clientStep: step
      ? `In the meantime, could you ${step.what}? If I haven't heard by ${formatDay(new Date(step.chaseOn), locale)}, may I give you a call?`
      : '',
    clientOwes: step?.what ?? '',
    decision: state.decision?.text ?? '',
    callTime: state.call ? formatMoment(new Date(state.call.startsAt), locale) : '',
    signoff: signOff(settings.assistantName, settings.signature),
  };
  const { subject, body } = renderTemplate(settings.templates[kind], values);
  return {
    kind,
    to: details.client.email,
    toName: details.client.name,
    subject,
    body,
    warnings: draftWarnings(`${subject}\n${body}`, state, settings),
  };
}

/**
 * The never-blame check on a draft, as first made or as the assistant edited it. What the
 * assistant typed about the request (a topic such as "the delayed invoice", the client step,
 * the decision, their own signature) is theirs, not the app blaming anyone, so it is left out.
 */
export function draftWarnings(text: string, state: RequestState | null, settings: Settings): string[] {
  const own = [settings.signature, settings.assistantName];
  if (state) {
    own.push(state.details.client.name, state.details.topic, state.decision?.text ?? '', state.clientStep?.what ?? '');
  }
  return blameWarnings(text, own);
}
