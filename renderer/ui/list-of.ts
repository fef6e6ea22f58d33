import { userLocale } from './format';

/** "Jane Doe, Liam O'Neill and Ann Lee", in the user's language. */
export function listOf(items: readonly string[]): string {
  return new Intl.ListFormat(userLocale(), { type: 'conjunction' }).format(items);
}
