import { CLIENT_MESSAGE_KINDS, CLIENT_MESSAGE_LABELS, type ClientMessageKind } from './events';

/** How a message reaches the client: written, said on a call, or left as a voicemail. */
export const MEDIA = ['email', 'call', 'voicemail'] as const;
export type Medium = (typeof MEDIA)[number];

/** The messages that also come as a call and a voicemail script. */
export const SCRIPTED_KINDS = ['acknowledgement', 'reply', 'update', 'answer'] as const satisfies readonly ClientMessageKind[];
export type ScriptedKind = (typeof SCRIPTED_KINDS)[number];

export const isScripted = (kind: ClientMessageKind): kind is ScriptedKind => (SCRIPTED_KINDS as readonly string[]).includes(kind);

/**
 * Every template the app drafts from: each client message as an email, the three scripted
 * ones as a call and a voicemail, and the "just in case" note to a colleague. Each is also a
 * kind of draft the unedited share is counted for.
 */
export const TEMPLATE_IDS = [
  ...CLIENT_MESSAGE_KINDS,
  'acknowledgement-call',
  'acknowledgement-voicemail',
  'reply-call',
  'reply-voicemail',
  'update-call',
  'update-voicemail',
  'answer-call',
  'answer-voicemail',
  'research',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export function templateIdOf(kind: ClientMessageKind, medium: Medium): TemplateId {
  return medium === 'email' || !isScripted(kind) ? kind : `${kind}-${medium}`;
}

export const isScript = (id: TemplateId) => id.endsWith('-call') || id.endsWith('-voicemail');

const MEDIUM_WORDS: Record<Exclude<Medium, 'email'>, string> = { call: 'call script', voicemail: 'voicemail script' };

export const TEMPLATE_LABELS: Record<TemplateId, string> = {
  ...CLIENT_MESSAGE_LABELS,
  ...(Object.fromEntries(
    SCRIPTED_KINDS.flatMap((kind) =>
      (['call', 'voicemail'] as const).map((medium) => [`${kind}-${medium}`, `${CLIENT_MESSAGE_LABELS[kind]} ${MEDIUM_WORDS[medium]}`]),
    ),
  ) as Record<Exclude<TemplateId, ClientMessageKind | 'research'>, string>),
  research: '“Just in case” question to a colleague',
};
