import { diffWords } from 'diff';
import type { DraftEdit } from '../domain/events';

const isWord = (piece: string) => /[\p{L}\p{N}]/u.test(piece);
const wordCount = (text: string) => text.split(/\s+/u).filter(isWord).length;

/**
 * How much the assistant changed a draft: compared word by word (jsdiff), a word replaced
 * counts once, a word added or removed once each. Spacing and line breaks alone are not an
 * edit (retyping a line break is not rewriting the message); a changed comma is an edit of
 * no words.
 */
export function draftEdit(proposed: string, used: string): DraftEdit {
  // diffWords ignores differences in whitespace, at the ends as anywhere else.
  const parts = diffWords(proposed, used);
  let wordsChanged = 0;
  let removed = 0;
  let added = 0;
  const settle = () => {
    wordsChanged += Math.max(removed, added);
    removed = 0;
    added = 0;
  };
  for (const part of parts) {
    if (part.removed) removed += wordCount(part.value);
    else if (part.added) added += wordCount(part.value);
    else settle();
  }
  settle();
  const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();
  return { edited: flat(proposed) !== flat(used), wordsChanged };
}
