import { expect, fact, screenshot, test } from './harness';

test.use({ startAt: '2026-11-02T09:00:00.000Z' });

test('a request can be logged with the keyboard alone: Tab through the fields, Enter saves', async ({ app, page }) => {
  await app.open('#/new');
  await page.getByLabel('Name').focus();
  await page.keyboard.type('Priya Shah');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Company')).toBeFocused();
  await page.keyboard.type('Northwind');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Email')).toBeFocused();
  await page.keyboard.type('priya@northwind.example');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Phone')).toBeFocused();
  await page.keyboard.type('020 7946 0111');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Channel')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // Email -> Phone
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Date and time')).toBeFocused();
  // The contact time defaults to now; tab on past its segments to the topic.
  while (!(await page.getByLabel('Topic').evaluate((el) => el === document.activeElement))) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('a meeting with the board in December');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'a meeting with the board in December' })).toBeVisible();
  await expect(fact(page, 'Reached us')).toContainText('Phone, Mon, 2 Nov 2026, 09:00');
  await expect(page.getByText('Priya Shah · Northwind', { exact: true })).toBeVisible();
  await expect(page.getByText('priya@northwind.example · 020 7946 0111', { exact: true })).toBeVisible();
  await expect(fact(page, 'Decides')).toHaveText('The boss');
});

test('invalid input shows a message beside each field and keeps everything typed', async ({ app, page }) => {
  await app.open('#/new');
  await page.getByLabel('Company').fill('Acme Ltd');
  await page.getByLabel('Email').fill('jane at acme');
  await page.getByLabel('Topic').fill('the sponsorship proposal');
  await page.getByLabel('Details').fill('Second paragraph\nwith a line break');
  await page.getByRole('button', { name: 'Save request' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'Please fix the highlighted fields' })).toBeVisible();
  // Each message is read out with its field (aria-describedby), which is how a user meets it.
  await expect(page.getByLabel('Name')).toHaveAccessibleDescription('Enter the client’s name.');
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription('Enter an email address like name@example.com, or leave it empty.');
  await expect(page.getByLabel('Name')).toBeFocused();
  await expect(page.getByLabel('Company')).toHaveValue('Acme Ltd');
  await expect(page.getByLabel('Topic')).toHaveValue('the sponsorship proposal');
  await expect(page.getByLabel('Details')).toHaveValue('Second paragraph\nwith a line break');
  await screenshot(page, 'new-request-errors');

  // Leaving the form and coming back keeps it too.
  await page.getByRole('link', { name: 'Requests' }).click();
  await page.getByRole('link', { name: '+ New request' }).click();
  await expect(page.getByLabel('Topic')).toHaveValue('the sponsorship proposal');

  // Fixing the fields clears their messages; main's own check (contact in the future) shows inline too.
  await page.getByLabel('Name').fill('Jane Doe');
  await page.getByLabel('Email').fill('jane@acme.example');
  await expect(page.getByLabel('Name')).toHaveAccessibleDescription('');
  await expect(page.getByText('Enter the client’s name.')).toHaveCount(0);
  await page.getByLabel('Date and time').fill('2026-11-02T10:30');
  await page.getByRole('button', { name: 'Save request' }).click();
  await expect(page.getByLabel('Date and time')).toHaveAccessibleDescription(
    'This is in the future. Enter when the client actually got in touch.',
  );
  await expect(page.getByLabel('Topic')).toHaveValue('the sponsorship proposal');

  await page.getByLabel('Date and time').fill('2026-11-02T08:45');
  await page.getByRole('button', { name: 'Save request' }).click();
  await expect(page.getByRole('heading', { name: 'the sponsorship proposal' })).toBeVisible();
});

test('an untrusted payload sent straight to the API is refused with a readable message', async ({ app, page }) => {
  await app.open('#/requests');
  const result = await page.evaluate(() =>
    (window as unknown as { followThrough: { askBoss: (a: unknown) => Promise<unknown> } }).followThrough.askBoss({
      id: 'x',
      note: 42,
    }),
  );
  expect(result).toMatchObject({ ok: false, error: expect.stringContaining('Please check the form') });
});
