import { findBlame, maskWholeWords } from '../../shared/drafts/never-blame';

const SIGN_OFF = /^(Kind regards|Thanks|Thank you),$/;

/**
 * What a reader would trip over when reading a draft aloud: a doubled word, a sentence that
 * starts in lower case, "about on", a space before punctuation, doubled punctuation, an empty
 * or unbalanced bracket, a placeholder left behind, a greeting with no name, a line that stops
 * without punctuation. The signature block after the sign-off is the assistant's own and is not
 * read. Answers the problems found, [] when it reads right.
 */
export function sentenceProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split('\n').map((l) => l.trim());
  const signOff = lines.findIndex((l) => SIGN_OFF.test(l));
  const prose = (signOff >= 0 ? lines.slice(0, signOff + 1) : lines).filter(Boolean);
  const doubled = /\b(\p{L}+)\s+\1\b/iu.exec(text);
  if (doubled) problems.push(`doubled word: "${doubled[0]}"`);
  for (const m of text.matchAll(/[.!?]\s+([a-z])/g)) problems.push(`sentence starts in lower case: "${m[0]}"`);
  if (/\b(about|on|at|which)\s+(on|at)\b/.test(text)) problems.push('a preposition with nothing between it and the next');
  if (/\s[,.;:!?]/.test(text)) problems.push('space before punctuation');
  if (/[,;:]\s*[,.;:]|\.\s*\.|\?\s*\./.test(text)) problems.push('doubled punctuation');
  if (/ {2,}/.test(text)) problems.push('a double space');
  if (/\(\s*\)/.test(text) || (text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length)
    problems.push('empty or unbalanced brackets');
  if (/\{\{|\}\}/.test(text)) problems.push('a placeholder left in the text');
  if (/which you (emailed|called) me on/.test(text)) problems.push('"which you ... me on" without "about"');
  if (/\b(Dear|Hello|Hi) +,/.test(text)) problems.push('a greeting with no name');
  for (const line of prose) {
    if (!/^[\p{Lu}\p{N}“‘"(]/u.test(line)) problems.push(`line starts in lower case: "${line.slice(0, 30)}"`);
    if (!/[.?!:,)”’"]$/u.test(line)) problems.push(`line stops without punctuation: "${line.slice(-30)}"`);
  }
  return problems;
}

/** What a draft must say to go out as it stands. */
export interface DraftExpectations {
  topic: string;
  /** "you called me on Tuesday 3 November at 3:00 pm"; null where the draft must not say it (the research question). */
  contact: string | null;
  /** "Tuesday 17 November": the date the draft must carry, or null when it carries none. */
  nextDate: string | null;
  /** Words it must leave out (the client's name in a question that is not to name them). */
  absent?: readonly string[];
  /** What the assistant typed (topic, decision, signature): theirs, so not read as the app's blame. */
  own?: readonly string[];
}

/**
 * The sentence check, and everything else a draft must be: it names the topic, says when and
 * how the client reached us, carries the right next date, and has no blaming phrase.
 */
export function draftProblems(draft: { subject: string; body: string }, expect: DraftExpectations): string[] {
  const text = `${draft.subject}\n${draft.body}`;
  // A subject is a heading: it needs no full stop, but is held to the rest.
  const problems = [...sentenceProblems(`${draft.subject}.`), ...sentenceProblems(draft.body)];
  const lines = draft.body.split('\n');
  const signOff = lines.findIndex((l) => SIGN_OFF.test(l.trim()));
  // The signature is the assistant's own ("Assistant to Alex Morgan"): only what comes before it must leave words out.
  const said = `${draft.subject}\n${(signOff >= 0 ? lines.slice(0, signOff) : lines).join('\n')}`;
  if (!text.includes(expect.topic)) problems.push(`does not name the topic "${expect.topic}"`);
  if (expect.contact && !text.includes(expect.contact)) problems.push(`does not say "${expect.contact}"`);
  if (expect.nextDate && !text.includes(expect.nextDate)) problems.push(`does not carry the next date, ${expect.nextDate}`);
  for (const word of expect.absent ?? []) if (word && said.includes(word)) problems.push(`says "${word}", which it must leave out`);
  for (const phrase of findBlame(maskWholeWords(text, expect.own ?? []))) problems.push(`could read as blame: "${phrase}"`);
  return problems;
}
