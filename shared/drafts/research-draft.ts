import { nameToGreet, spokenGreeting } from '../clients/greeting';
import { DomainError } from '../domain/domain-error';
import type { RequestState } from '../domain/request-state';
import { bossName, type Settings } from '../domain/settings';
import type { Draft } from './draft';
import { draftWarnings } from './client-drafts';
import { maskWholeWords } from './never-blame';
import { renderTemplate, type Placeholder } from './template';
import { sentenceCase, signOff } from './wording';

export interface ResearchDraftOptions {
  /** The colleague who may know: "Sam Patel". */
  colleague: string;
  colleagueEmail: string;
  /** What the assistant wants to find out, as they would ask it. */
  question: string;
  /** Tell the colleague who the client is and on whose behalf; off unless the assistant ticks it. */
  includeClient: boolean;
}

/**
 * A note to a colleague, asking just in case. It says nothing is decided and promises to keep
 * them posted if and when it goes ahead. Unless the assistant ticks to include them, it names
 * neither the client nor the boss, and it warns when the question itself does.
 */
export function researchDraft(state: RequestState, settings: Settings, options: ResearchDraftOptions): Draft {
  const asked = options.question.trim();
  if (!asked) throw new DomainError('Write the question you want to ask.', { question: 'Write the question.' });
  const question = /[.?!]$/u.test(asked) ? asked : `${asked}?`;
  const { client, bossId } = state.details;
  const boss = bossName(settings, bossId);
  const values: Partial<Record<Placeholder, string>> = {
    colleague: spokenGreeting(nameToGreet(options.colleague, 'first-name')),
    question: sentenceCase(question),
    forWhom: options.includeClient ? forWhom(client.name, client.company, boss === 'the boss' ? '' : boss) : '',
    signoff: signOff(settings.assistantName, settings.signature),
  };
  const { subject, body } = renderTemplate(settings.templates.research, values);
  return {
    kind: 'research',
    to: options.colleagueEmail.trim(),
    toName: options.colleague.trim(),
    subject,
    body,
    warnings: draftWarnings(`${subject}\n${body}`, state, settings),
    medium: 'email',
    template: 'research',
    spokenSeconds: null,
    advice: options.includeClient ? [] : namedInQuestion(question, [client.name, client.company]),
  };
}

function forWhom(name: string, company: string, boss: string): string {
  const who = [name.trim(), company.trim()].filter(Boolean).join(' at ');
  const parts = [who && `It is for ${who}`, boss && `I am asking on behalf of ${boss}`].filter(Boolean);
  return parts.length ? `${parts.join(', and ')}.` : '';
}

/** The client's name or company, where the question says them though the box is not ticked. */
function namedInQuestion(question: string, names: readonly string[]): string[] {
  return names
    .map((n) => n.trim())
    .filter((n) => n && maskWholeWords(question, [n]) !== question)
    .map((n) => `The question names “${n}”. Take it out, or tick the box to say who it is for.`);
}
