/**
 * A spreadsheet runs a cell that starts with = + - or @ as a formula (and some also after a
 * leading tab or carriage return), so a client named "=HYPERLINK(…)" could make Excel fetch a
 * link or run a command. Such a text cell is written with a leading apostrophe, which
 * spreadsheets show as plain text: OWASP's advice for CSV injection.
 */
export function spreadsheetSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
