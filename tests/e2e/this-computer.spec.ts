import { expect, screenshotOf, test } from './harness';

test('Settings starts the app at login: the box writes the system’s login item and shows what the system holds', async ({ app, page }) => {
  await app.open('#/settings');
  const box = page.getByRole('checkbox', { name: 'Start Follow-Through when I log in' });
  await expect(box).not.toBeChecked();
  await expect(box).toHaveAccessibleDescription('It opens minimised, with the due count in the tray, so Today is one click away.');
  await box.check();
  await expect(box).toBeChecked();
  await expect(box).toBeEnabled();
  expect(app.system().startsAtLogin).toBe(true);
  await screenshotOf(page.getByRole('region', { name: 'This computer' }), 'settings-this-computer');

  // Removed in the system's own settings: the box follows the system, not a copy of its own.
  app.system().startsAtLogin = false;
  await page.reload();
  await expect(box).not.toBeChecked();
  await box.check();
  await box.uncheck();
  await expect(box).not.toBeChecked();
  expect(app.system().startsAtLogin).toBe(false);
  expect(app.windowCalls('setStartAtLogin')).toBe(3);
});
