import type { ClientMessageKind } from '../domain/events';

export type DraftKind = ClientMessageKind | 'ask' | 'digest';

/** Plain text in the assistant's voice; the assistant edits it freely before use. */
export interface Draft {
  kind: DraftKind;
  to: string;
  toName: string;
  subject: string;
  body: string;
  /** Phrases the never-blame check found, each with what to do about it (client drafts). */
  warnings: string[];
}
