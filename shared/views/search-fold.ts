/**
 * Text folded for search, so that what an assistant types finds what was stored however it was
 * typed: case, accents (Zoë, Zoe), and the typographic apostrophes, quotes and dashes that
 * phones, Word and Outlook put in (O’Neill, O'Neill; Smith–Jones, Smith-Jones).
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}
