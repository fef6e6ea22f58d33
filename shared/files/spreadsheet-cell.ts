/**
 * A spreadsheet runs a cell that starts with = + - or @ as a formula (and some also after a
 * leading tab or carriage return), so a client named "=HYPERLINK(…)" could make Excel fetch a
 * link or run a command. Such a text cell is written with a leading apostrophe, which
 * spreadsheets show as plain text: OWASP's advice for CSV injection.
 *
 * Spreadsheets also trim what looks blank before a formula, and some read the full-width
 * forms (＝ ＋ － ＠) as the ASCII ones, so a cell is checked after any run of white space,
 * no-break spaces, zero-width characters and byte-order marks, and for those look-alikes too.
 */
const INVISIBLE_LEAD = '[\\s\\u00a0\\u1680\\u180e\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u2064\\u3000\\ufeff]*';
const FORMULA_START = new RegExp(`^${INVISIBLE_LEAD}[=+\\-@\\uff1d\\uff0b\\uff0d\\uff20\\u2212\\ufe62\\ufe63\\ufe66]`, 'u');

export function spreadsheetSafe(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
