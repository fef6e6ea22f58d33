import { dueWhen } from './format';

/**
 * The one wording for strikes, on Today and on the request page: the asks made in this round,
 * then when the next is due. "asked 1 of 3; next ask due Wed 4 Nov", "not asked yet; next ask due today".
 */
export function strikeWording(strikes: number, limit: number, nextAskDue: string | null, asOf: string): string {
  const made = strikes === 0 ? 'not asked yet' : `asked ${strikes} of ${limit}`;
  return nextAskDue ? `${made}; next ask ${dueWhen(nextAskDue, asOf)}` : made;
}
