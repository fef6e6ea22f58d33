import type { Page } from '@playwright/test';

/** The request page's folded actions, by the name of the button that opens each. */
export type FoldedAction =
  | 'Log a contact'
  | 'The client owes us…'
  | 'Propose a call'
  | 'Move the call'
  | 'Research note'
  | 'Record the decision'
  | 'Correct details'
  | 'Withdraw…'
  | `Write to ${string}`
  | `Ask ${string}`
  | `When to ask ${string} again`;

/** Opens one of the request page's folded actions, as a user does: its button under "Other actions". */
export async function openAction(page: Page, name: FoldedAction): Promise<void> {
  const toggle = page.getByRole('region', { name: 'Other actions' }).getByRole('button', { name, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
