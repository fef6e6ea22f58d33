/**
 * What a reader would trip over when reading a draft aloud: a doubled word, a sentence that
 * starts in lower case, "about on", a space before punctuation, an empty or unbalanced
 * bracket, a placeholder left behind. Answers the problems found, [] when it reads right.
 */
export function sentenceProblems(text: string): string[] {
  const problems: string[] = [];
  const doubled = /\b(\w+)\s+\1\b/i.exec(text);
  if (doubled) problems.push(`doubled word: "${doubled[0]}"`);
  for (const m of text.matchAll(/[.!?]\s+([a-z])/g)) problems.push(`sentence starts in lower case: "${m[0]}"`);
  if (/\b(about|on|at|which)\s+(on|at)\b/.test(text)) problems.push('a preposition with nothing between it and the next');
  if (/\s[,.;:!?]/.test(text)) problems.push('space before punctuation');
  if (/\(\s*\)/.test(text) || (text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length)
    problems.push('empty or unbalanced brackets');
  if (/\{\{|\}\}/.test(text)) problems.push('a placeholder left in the text');
  if (/which you (emailed|called) me on/.test(text)) problems.push('"which you ... me on" without "about"');
  return problems;
}
