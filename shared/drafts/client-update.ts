import type { RequestState } from '../domain/request-state';
import type { Settings } from '../domain/settings';
import { updateDueAfter } from '../rules/client-updates';
import type { Draft } from './draft';
import { describeContact, formatDay, signOff } from './wording';

export interface ClientUpdateInput {
  state: RequestState;
  settings: Settings;
  now: Date;
  locale: string;
}

/**
 * A status update the client gets before they would chase. It names the topic and exactly
 * when and how they reached us, says the request is not forgotten, and commits to the date
 * of the next word (the due date that sending this update now would set). It never says
 * why the boss has not answered.
 */
export function clientUpdateDraft({ state, settings, now, locale }: ClientUpdateInput): Draft {
  const { client, contact, topic } = state.details;
  const nextUpdate = updateDueAfter(now, settings);
  const body = [
    `Dear ${client.name},`,
    '',
    `I wanted to give you an update on ${topic}, which ${describeContact(contact.channel, new Date(contact.at), locale)}.`,
    '',
    'It has not been forgotten: it is in hand and I am keeping it moving.',
    '',
    `I will be in touch again by ${formatDay(nextUpdate, locale)}, or sooner if there is news.`,
    '',
    signOff(settings.assistantName, settings.signature),
  ].join('\n');
  return { kind: 'client-update', to: client.email, subject: `Update on ${topic}`, body };
}
