import { readFileSync } from 'node:fs';
import { requestDetails } from '../support/fixtures';
import { expect, screenshotOf, test } from './harness';

test.use({ startAt: '2026-11-10T10:00:00.000Z' });

test('all requests export to JSON and import back with a preview and a report; the queue exports to CSV', async ({ app, page }) => {
  const details = (topic: string) => requestDetails({ topic, contact: { channel: 'email', at: '2026-11-10T09:00:00.000Z' } });
  const venue = await app.call('logRequest', details('the venue contract'));
  await app.call('askBoss', { id: venue.id, note: '' });
  await app.call('logRequest', details('the gala'));

  await app.open('#/settings');
  await page.getByRole('button', { name: 'Export all requests…' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Saved 2 requests to' })).toBeVisible();
  expect(app.windowCalls('exportJson')).toBe(1);
  const exported = app.system().saved.at(-1)!;

  // The same file, back in: everything is already here.
  await page.getByLabel('Export file to import').setInputFiles(exported);
  const preview = page.getByRole('group', { name: 'Import preview' });
  await expect(preview).toContainText('to add 0, already here 2, not imported 0.');
  await expect(page.getByRole('button', { name: 'Import 0 requests' })).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();

  // An export with a third request and a broken one: the preview says what will happen, the import does it.
  const file = JSON.parse(readFileSync(exported, 'utf8')) as {
    requests: { id: string; events: { type: string; request?: { topic: string } }[] }[];
  };
  const third = structuredClone(file.requests[0]!);
  third.id = 'from-the-other-laptop';
  third.events[0]!.request!.topic = 'the spring fair';
  const upload = { ...file, requests: [...file.requests, third, { id: 'broken', rev: 1, events: [] }] };
  await page
    .getByLabel('Export file to import')
    .setInputFiles({ name: 'other-laptop.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(upload)) });
  await expect(preview).toContainText('other-laptop.json: to add 1, already here 2, not imported 1.');
  await expect(preview).toContainText('To add: Jane Doe · the spring fair');
  await expect(preview).toContainText('Not imported: Request 4 in the file · Not a complete request');
  await screenshotOf(preview, 'import-preview');
  await page.getByRole('button', { name: 'Import 1 request' }).dblclick();
  const report = page.getByRole('group', { name: 'Import report' });
  await expect(report).toContainText('added 1, already here 2, not imported 1.');
  await expect(report).toContainText('Added: Jane Doe · the spring fair');
  expect(app.windowCalls('importJson')).toBe(1);

  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^Requests/ })
    .click();
  await expect(page.getByRole('main')).toContainText('the spring fair');
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved 3 rows to' })).toBeVisible();
  const csv = readFileSync(app.system().saved.at(-1)!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('\uFEFFClient,Company,Topic,Boss,Status,Strikes,Round,Waited (days),Next step,Next date');
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
});

test('an import of 2,000 requests shows its progress and ends with one report', async ({ app, page }) => {
  const request = (i: number) => ({
    id: `imported-${i}`,
    rev: 1,
    events: [{ type: 'logged', at: '2026-11-09T09:00:00.000Z', request: requestDetails({ topic: `booking ${i}` }) }],
  });
  const file = {
    app: 'follow-through',
    format: 4,
    exportedAt: '2026-11-09T12:00:00.000Z',
    requests: Array.from({ length: 2000 }, (_, i) => request(i)),
  };
  await app.open('#/settings');
  await page.evaluate(() => {
    const w = window as unknown as { stages: string[] };
    w.stages = [];
    window.followThrough.on('importProgress', (p) => w.stages.push(`${p.stage} ${p.done}/${p.total}`));
  });
  await page
    .getByLabel('Export file to import')
    .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const preview = page.getByRole('group', { name: 'Import preview' });
  await expect(preview).toContainText('big.json: to add 2,000, already here 0, not imported 0.');
  // Only the first 20 plain rows are listed; the rest are counted.
  await expect(preview).toContainText('…and 1,980 more requests with nothing to report.');
  await page.getByRole('button', { name: 'Import 2,000 requests' }).click();
  await expect(page.getByRole('group', { name: 'Import report' })).toContainText('added 2,000, already here 0, not imported 0.');
  const stages = await page.evaluate(() => (window as unknown as { stages: string[] }).stages);
  expect(stages).toEqual([
    'reading 0/0',
    'checking 0/2000',
    'checking 500/2000',
    'checking 1000/2000',
    'checking 1500/2000',
    'saving 2000/2000',
    'done 2000/2000',
  ]);
  expect(app.windowCalls('importJson')).toBe(1);
});
