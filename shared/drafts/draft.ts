import type { ClientMessageKind } from '../domain/events';

/** Plain text in the assistant's voice; the assistant edits it freely before use. */
export interface Draft {
  kind: ClientMessageKind;
  to: string;
  toName: string;
  subject: string;
  body: string;
  /** Phrases the never-blame check found, each with what to do about it. */
  warnings: string[];
}
