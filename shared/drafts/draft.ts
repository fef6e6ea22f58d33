import type { Medium, TemplateId } from '../domain/draft-templates';
import type { ClientMessageKind } from '../domain/events';

export type DraftKind = ClientMessageKind | 'ask' | 'digest' | 'research';

/** Plain text in the assistant's voice; the assistant edits it freely before use. */
export interface Draft {
  kind: DraftKind;
  to: string;
  toName: string;
  subject: string;
  body: string;
  /** Phrases the never-blame check found, each with what to do about it (client drafts). */
  warnings: string[];
  /** Email, or a script to say on a call or leave as a voicemail. */
  medium: Medium;
  /** The template it was made from; null for the boss's asks and digests. */
  template: TemplateId | null;
  /** For a script: about how long it takes to say, in seconds. */
  spokenSeconds: number | null;
  /** What would make the draft better that only the assistant can supply (a callback number). */
  advice: string[];
}

/** Speaking pace for scripts: 150 words a minute, an unhurried phone voice. */
const WORDS_PER_SECOND = 2.5;

/** About how long a script takes to say, to the nearest 5 seconds. */
export function spokenSeconds(text: string): number {
  const isWord = (piece: string) => /[\p{L}\p{N}]/u.test(piece);
  const words = text.split(/\s+/u).filter(isWord).length;
  return Math.max(5, Math.round(words / WORDS_PER_SECOND / 5) * 5);
}
