import type { Locator, Page } from '@playwright/test';

/** The definition a description list gives for `term` (a request's facts, the client's clock), found by its term. */
export function fact(scope: Page | Locator, term: string): Locator {
  return scope
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .locator('xpath=following-sibling::dd[1]');
}
