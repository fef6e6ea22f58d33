/**
 * Never blame the boss: no client draft may say that anyone forgot, ignored, delayed,
 * overlooked or has not got round to something. This finds such phrases so the app can warn
 * with the exact words. Saying the request "has not been forgotten" is reassurance, not blame,
 * so that phrase is allowed.
 */
const REASSURANCES = [/(?:\bnot|n['’]t|\bnever)\s+(?:been\s+)?forgotten\b/gi];

const BLAME_PATTERNS = [
  /\bforg[eo]t(?:s|ten|ting)?\b/gi,
  /\bignor(?:e|es|ed|ing)\b/gi,
  /\bdelay(?:s|ed|ing)?\b/gi,
  /\boverlook(?:s|ed|ing)?\b/gi,
  /\bneglect(?:s|ed|ing)?\b/gi,
  /(?:\bnot|n['’]t)\s+(?:yet\s+)?(?:got|gotten|gone|come)\s+(?:a)?round\s+to\b/gi,
  /(?:\bnot|n['’]t)\s+(?:yet\s+)?had\s+(?:a\s+|the\s+)?(?:chance|time)\b/gi,
  /\bslipped\s+(?:through\s+the\s+(?:cracks|net)|(?:his|her|their|my|your)\s+mind)\b/gi,
  /\blost\s+track\b/gi,
  /\bsitting\s+on\s+(?:it|this|that)\b/gi,
  /\bdragg(?:ing|ed)\s+(?:his|her|their)\s+feet\b/gi,
  /\bput\s+(?:it|this|that)\s+off\b/gi,
];

/** What a reassurance or a user's words are replaced with before the search: spaces, so the text keeps its length. */
// Stryker disable next-line ArrowFunction,StringLiteral: any stand-in that is not itself blame will do.
const blank = (m: string) => ' '.repeat(m.length);

export function findBlame(text: string): string[] {
  let checked = text;
  for (const allowed of REASSURANCES) checked = checked.replace(allowed, blank);
  const found = new Set<string>();
  for (const pattern of BLAME_PATTERNS) {
    for (const match of checked.matchAll(pattern)) found.add(match[0].replace(/\s+/g, ' '));
  }
  return [...found];
}

/**
 * Blanks out each value where it stands as whole words only: a client called "Ee" must not
 * blank the "ee" inside "been" and so break the "has not been forgotten" reassurance. In any
 * case: a topic typed "the delayed invoice" opens a subject as "The delayed invoice".
 */
export function maskWholeWords(text: string, values: readonly (string | undefined)[]): string {
  let masked = text;
  for (const value of values) {
    const trimmed = value?.trim();
    if (!trimmed) continue;
    const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    masked = masked.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), blank);
  }
  return masked;
}

/**
 * The same check over a draft, leaving out what the user typed about the request itself (a
 * topic such as "the delayed invoice" is the client's subject, not the app blaming anyone).
 */
export function blameWarnings(text: string, userValues: readonly (string | undefined)[]): string[] {
  return findBlame(maskWholeWords(text, userValues)).map(
    (phrase) => `“${phrase}” could read as blaming someone. Explain the wait in neutral terms.`,
  );
}
