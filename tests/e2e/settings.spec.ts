import { expect, fact, screenshot, test } from './harness';

test('settings: bosses, signature and ask rules, with clear messages for out-of-range values', async ({ app, page }) => {
  await app.open('#/settings');
  await page.getByLabel('Your name').fill('Sam Patel');
  await page.getByLabel('Signature').fill('Sam Patel\nAssistant to Alex Morgan');
  await page.getByLabel('Boss 1', { exact: true }).fill('Alex Morgan');
  await page.getByRole('button', { name: 'Add a boss' }).click();
  await page.getByLabel('Boss 2', { exact: true }).fill('Robin Lee');
  await page.getByLabel('Boss 2 email').fill('robin at northwind');
  await page.getByRole('radio').nth(1).check();
  await page.getByLabel('Business days between asks').fill('9');
  await page.getByLabel('Asks before parking').fill('three');
  await page.getByRole('button', { name: 'Save settings' }).click();

  await expect(page.getByText('Ask spacing must be between 1 and 5 business days.')).toBeVisible();
  await expect(page.getByText('The strike limit must be a number.')).toBeVisible();
  await expect(page.getByLabel('Asks before parking')).toHaveValue('three'); // kept as typed
  await expect(page.getByText('Enter the boss’s email like name@example.com, or leave it empty.')).toBeVisible();
  await screenshot(page, 'settings-errors');

  await page.getByLabel('Boss 2 email').fill('robin@northwind.example');
  await page.getByLabel('Business days between asks').fill('3');
  await page.getByLabel('Asks before parking').fill('2');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');
  await screenshot(page, 'settings');

  // The new request form offers both bosses, the new default first chosen; settings survive a restart.
  await app.restart();
  await page.getByRole('link', { name: '+ New request' }).click();
  await expect(page.getByLabel('Who decides')).toHaveValue(/.+/);
  await expect(page.getByLabel('Who decides').locator('option')).toHaveText(['Alex Morgan', 'Robin Lee']);
  await expect(page.getByLabel('Who decides').locator('option:checked')).toHaveText('Robin Lee');

  // A request logged now follows the new rules: strike limit 2, asks 3 business days apart.
  await page.getByLabel('Name').fill('Jane Doe');
  await page.getByLabel('Email').fill('jane@acme.example'); // an email draft needs an address to go to
  await page.getByLabel('Topic').fill('the board dinner');
  await page.getByRole('button', { name: 'Save request' }).click();
  await expect(fact(page, 'Decides')).toHaveText('Robin Lee');
  await page.getByRole('button', { name: 'Ask boss' }).click(); // Monday 2 Nov
  await expect(page.getByRole('img', { name: '1 of 2 asks' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ask Robin Lee' })).toContainText('Asked 1 of 2; next ask due Thu 5 Nov.');

  // The draft is signed with the signature.
  await page.getByRole('tab', { name: 'Status update' }).click();
  await page.getByRole('button', { name: 'Draft status update' }).click();
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(/Kind regards,\nSam Patel\nAssistant to Alex Morgan$/);
});

test('templates and client-side defaults: unknown placeholders refused, blaming words flagged, new wording used', async ({ app, page }) => {
  await app.open('#/settings');
  const template = page.locator('details').filter({ has: page.getByText('Status update', { exact: true }) });
  await template.getByText('Status update', { exact: true }).click(); // open the template
  const body = template.getByLabel('Body');
  await body.fill('Dear {{clientName}},\n\nSorry, {{topic}} was delayed. {{nextWeek}}\n\n{{signoff}}');
  await expect(page.getByRole('list', { name: 'Never-blame check on the status update template' })).toContainText(
    '“delayed” could read as blaming someone. Explain the wait in neutral terms.',
  );
  await page.getByLabel('Acknowledge within (limit, hours)').fill('0');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('The status update template uses {{nextWeek}}, which the app does not know.')).toBeVisible();
  await expect(page.getByText('The first-response limit must be between 1 and 72 hours.')).toBeVisible();
  await screenshot(page, 'settings-templates');

  await body.fill('Dear {{clientName}},\n\nA short note on {{topic}}: still in hand. Next word by {{nextUpdate}}.\n\n{{signoff}}');
  await expect(page.getByRole('list', { name: 'Never-blame check on the status update template' })).toHaveCount(0);
  await page.getByLabel('Acknowledge within (limit, hours)').fill('8');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');

  await page.getByRole('link', { name: '+ New request' }).click();
  // Settings has "Your name" and "User name" too: wait for the new page to replace it, then for
  // the focus to land in its own Name field.
  await expect(page.getByRole('heading', { name: 'New request', level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await page.getByLabel('Name').fill('Jane Doe');
  await page.getByLabel('Email').fill('jane@acme.example'); // an email draft needs an address to go to
  await page.getByLabel('Topic').fill('the board dinner');
  await page.getByRole('button', { name: 'Save request' }).click();
  await expect(page.getByRole('complementary', { name: 'Facts' })).toContainText('at the latest Mon, 2 Nov 2026, 17:00');
  await page.getByRole('tab', { name: 'Status update' }).click();
  await page.getByRole('button', { name: 'Draft status update' }).click();
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(
    'Dear Jane Doe,\n\nA short note on the board dinner: still in hand. Next word by Monday 9 November.\n\nKind regards,',
  );
});
