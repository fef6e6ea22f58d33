import { differenceInCalendarDays, format } from 'date-fns';
import { stringify } from 'csv-stringify/browser/esm/sync';
import { pendingAction } from '../copy/pending';
import { STATUS_LABELS } from '../copy/labels';
import type { RequestSummary } from '../views/request-view';
import { spreadsheetSafe } from './spreadsheet-cell';

export const QUEUE_CSV_COLUMNS = [
  'Client',
  'Company',
  'Topic',
  'Boss',
  'Status',
  'Strikes',
  'Round',
  'Waited (days)',
  'Next step',
  'Next date',
];

/**
 * The queue as a CSV for a spreadsheet: one row per request, made by csv-stringify (quoting,
 * embedded commas, quotes and line breaks), every text cell made safe against formulas. Dates
 * are yyyy-MM-dd, which every spreadsheet reads as a date; a byte-order mark makes Excel read
 * the file as UTF-8, so accents and emoji survive.
 */
export function queueCsv(rows: readonly RequestSummary[], now: Date): string {
  const text = (value: string) => spreadsheetSafe(value);
  const records = rows.map((row) => [
    text(row.clientName),
    text(row.company),
    text(row.topic),
    text(row.bossName),
    STATUS_LABELS[row.status],
    row.strikes,
    row.round,
    differenceInCalendarDays(now, new Date(row.contactAt)),
    row.nextStep ? text(pendingAction(row.nextStep, { client: row.clientName, boss: row.bossName }, row.strikeLimit)) : '',
    row.nextStep ? format(new Date(row.nextStep.dueAt), 'yyyy-MM-dd') : '',
  ]);
  return `\uFEFF${stringify([QUEUE_CSV_COLUMNS, ...records], { record_delimiter: 'windows' })}`;
}
