export type DraftKind = 'client-update';

/** Plain text in the assistant's voice; the assistant edits it freely before use. */
export interface Draft {
  kind: DraftKind;
  to: string;
  subject: string;
  body: string;
}
