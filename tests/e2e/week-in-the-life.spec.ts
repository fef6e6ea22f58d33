import type { Page } from '@playwright/test';
import type { ClientMessageKind, ParkOutcome } from '../../shared/domain/events';
import type { RequestDetails } from '../../shared/domain/request';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { expect, openAction, screenshot, tableRows, test, type AppHarness } from './harness';

test.use({ startAt: '2026-10-12T07:00:00.000Z' });
test.setTimeout(240_000);

function details(name: string, contactAt: string, bossId = 'alex', deadline: string | null = null): RequestDetails {
  const first = name.split(' ')[0]!;
  return {
    client: { name, company: '', email: `${first.toLowerCase()}@clients.example`, phone: '' },
    contact: { channel: 'email', at: contactAt },
    topic: `${first}'s request`,
    details: '',
    bossId,
    deadline,
  };
}

/**
 * Ten requests in different states, written through the app's handlers at the moments they
 * happened, before the week of Monday 9 November 2026 starts. Bosses: Alex and Robin.
 */
async function seed(app: AppHarness) {
  const at = (iso: string) => app.clock.set(new Date(iso));
  const log = async (iso: string, d: RequestDetails) => (at(iso), (await app.call('logRequest', d)).id);
  const sent = async (iso: string, id: string, kind: ClientMessageKind) => (
    at(iso),
    app.call('markSent', { id, kind, medium: 'email', used: { subject: kind, body: '', proposalId: null } })
  );
  const ask = async (iso: string, id: string) => (at(iso), app.call('askBoss', { id, note: '' }));
  const park = async (iso: string, id: string, outcome: ParkOutcome) => (at(iso), app.call('chooseParkOutcome', { id, outcome }));

  at('2026-10-12T06:00:00Z');
  await app.call('saveSettings', {
    ...DEFAULT_SETTINGS,
    assistantName: 'Sam Patel',
    bosses: [
      { id: 'alex', name: 'Alex Morgan', email: 'alex@follow.example' },
      { id: 'robin', name: 'Robin Lee', email: 'robin@follow.example' },
    ],
    defaultBossId: 'alex',
  });
  // Ivy: parked 16 October with a re-ask in a month (back Monday 16th); last update Wednesday 4th.
  const ivy = await log('2026-10-12T07:30:00Z', details('Ivy Irwin', '2026-10-12T07:00:00.000Z'));
  await sent('2026-10-12T07:35:00Z', ivy, 'acknowledgement');
  for (const when of ['2026-10-12T08:00:00Z', '2026-10-14T08:00:00Z', '2026-10-16T08:00:00Z']) await ask(when, ivy);
  await park('2026-10-16T08:01:00Z', ivy, 'in-1-month');
  await sent('2026-11-04T15:00:00Z', ivy, 'update');
  // Cat: parked 27 October with a re-ask in two weeks (back Tuesday 10th); last update Friday 6th.
  const cat = await log('2026-10-19T07:30:00Z', details('Cat Chen', '2026-10-19T07:00:00.000Z', 'robin'));
  await sent('2026-10-19T07:35:00Z', cat, 'acknowledgement');
  for (const when of ['2026-10-19T09:00:00Z', '2026-10-21T09:00:00Z', '2026-10-27T10:00:00Z']) await ask(when, cat);
  await park('2026-10-27T10:01:00Z', cat, 'in-2-weeks');
  await sent('2026-11-06T16:00:00Z', cat, 'update');
  // Fay: parked until Robin raises it; owes a signed consent form, follow up Wednesday 11th; last update Thursday 5th.
  const fay = await log('2026-10-26T08:30:00Z', details('Fay Ford', '2026-10-26T08:00:00.000Z', 'robin'));
  await sent('2026-10-26T08:35:00Z', fay, 'acknowledgement');
  for (const when of ['2026-10-26T09:00:00Z', '2026-10-28T09:00:00Z', '2026-10-30T09:00:00Z']) await ask(when, fay);
  await park('2026-10-30T09:01:00Z', fay, 'until-raised');
  at('2026-11-05T16:00:00Z');
  await app.call('setClientStep', { id: fay, what: 'send the signed consent form', chaseOn: '2026-11-11' });
  await sent('2026-11-05T16:05:00Z', fay, 'update');
  // Dan: decided Friday 6th, the answer not sent yet. Gus: decided and answered, closed.
  const dan = await log('2026-11-02T08:30:00Z', details('Dan Dale', '2026-11-02T08:00:00.000Z'));
  await sent('2026-11-02T08:35:00Z', dan, 'acknowledgement');
  at('2026-11-06T16:00:00Z');
  await app.call('recordDecision', { id: dan, decision: 'Yes, go ahead.' });
  const gus = await log('2026-11-02T08:40:00Z', details('Gus Gray', '2026-11-02T08:10:00.000Z'));
  await sent('2026-11-02T08:45:00Z', gus, 'acknowledgement');
  at('2026-11-03T10:00:00Z');
  await app.call('recordDecision', { id: gus, decision: 'No, thank you.' });
  await sent('2026-11-03T10:30:00Z', gus, 'answer');
  // Hal: asked Tuesday 3rd and Thursday 5th; last update Friday 6th.
  const hal = await log('2026-11-03T08:30:00Z', details('Hal Hart', '2026-11-03T08:00:00.000Z', 'robin'));
  await sent('2026-11-03T08:35:00Z', hal, 'acknowledgement');
  await ask('2026-11-03T09:00:00Z', hal);
  await ask('2026-11-05T09:00:00Z', hal);
  await sent('2026-11-06T15:00:00Z', hal, 'update');
  // Ben: asked once, Thursday 5th.
  const ben = await log('2026-11-05T08:30:00Z', details('Ben Brook', '2026-11-05T08:00:00.000Z'));
  await sent('2026-11-05T08:35:00Z', ben, 'acknowledgement');
  await ask('2026-11-05T08:40:00Z', ben);
  // Eve: the client needs an answer by Thursday 12th; asked Friday 6th.
  const eve = await log('2026-11-06T09:05:00Z', details('Eve Ellis', '2026-11-06T09:00:00.000Z', 'alex', '2026-11-12'));
  await sent('2026-11-06T09:10:00Z', eve, 'acknowledgement');
  await ask('2026-11-06T09:20:00Z', eve);
  // Jo: asked Friday 6th.
  const jo = await log('2026-11-06T14:05:00Z', details('Jo Jones', '2026-11-06T14:00:00.000Z', 'robin'));
  await sent('2026-11-06T14:10:00Z', jo, 'acknowledgement');
  await ask('2026-11-06T14:20:00Z', jo);
  // Ava: a new request that arrives on Monday morning before the assistant sits down.
  await log('2026-11-09T08:20:00Z', details('Ava Adams', '2026-11-09T08:15:00.000Z'));
  return { eve };
}

const SECTION_KINDS: Record<string, string> = {
  'Acknowledgements due': 'acknowledge',
  'Client updates due': 'update',
  'Asks due': 'ask',
  'Back from parking': 'reask',
  'Answers to send': 'answer',
  'Client steps to chase': 'client-step',
  'Client deadlines near': 'deadline',
};

const SECTION_TITLES = Object.fromEntries(Object.entries(SECTION_KINDS).map(([title, kind]) => [kind, title]));

/**
 * The rows on Today, top to bottom, as "section: client (badge + badge)": one row per request,
 * in the section of its most urgent item, with everything due on it, most urgent first. The
 * lines an ask leaves behind for its Undo are not rows.
 */
async function todayRows(page: Page): Promise<string[]> {
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  // One snapshot of every list on the screen, each named by its section heading.
  const lists = await page.getByRole('list').evaluateAll((elements) =>
    elements.map((list) => ({
      title: document.getElementById(list.getAttribute('aria-labelledby') ?? '')?.firstChild?.textContent?.trim() ?? '',
      rows: [...list.querySelectorAll(':scope > li.today-row')].map((row) => {
        const client = row.querySelector('a')?.textContent ?? '';
        const badges = [...row.querySelectorAll('.row-items .badge')].map((b) => b.textContent ?? '');
        return `${client} (${badges.join(' + ')})`;
      }),
    })),
  );
  return lists.flatMap(({ title, rows }) => (SECTION_KINDS[title] ? rows.map((r) => `${SECTION_KINDS[title]}: ${r}`) : []));
}

/** Does a row's main action (its most urgent item's), and whatever the screen it opens needs to finish it. */
async function doRow(app: AppHarness, page: Page, row: string, finish?: ParkOutcome) {
  const [kind, client] = row.split(': ') as [string, string];
  const item = page.getByRole('list', { name: SECTION_TITLES[kind] }).locator('li.today-row').filter({ hasText: client });
  const button = item.locator('.row-actions > button');
  const label = (await button.textContent()) ?? '';
  await button.click();
  if (label.startsWith('Ask ')) {
    // The ask is recorded at once; a line with Undo stands where the row was (or below it, when more is due on it).
    await expect(page.getByRole('button', { name: `Undo the ask for ${client}` })).toBeVisible();
    return;
  }
  if (label === 'Choose when to ask again') {
    await page.getByRole('button', { name: finish === 'in-2-weeks' ? /^Re-ask in 2 weeks/ : /^Park until the boss raises it/ }).click();
    await expect(page.getByRole('region', { name: 'Parked' })).toContainText(
      finish === 'in-2-weeks' ? /Comes back for round 2 on / : /Parked until .* raises it\./,
    );
  } else {
    // A draft action: the request opens with that draft made; sending it is the last click.
    await expect(page.getByLabel('Message', { exact: true })).toHaveValue(/Dear /);
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'marked as sent' })).toBeVisible();
  }
  await app.open('#/today');
}

async function morning(app: AppHarness, page: Page, iso: string) {
  await app.advanceTo(iso);
  await app.open('#/today');
}

test('a week in the life: each morning Today lists exactly what is due, and each row’s action clears it', async ({ app, page }) => {
  await app.open('#/today');
  const { eve } = await seed(app);

  // Monday 9th. Ava's new request: the acknowledgement leads its row, the first ask beside it.
  await morning(app, page, '2026-11-09T09:00:00Z');
  expect(await todayRows(page)).toEqual([
    'deadline: Eve Ellis (Deadline near)',
    'acknowledge: Ava Adams (Acknowledgement due + Ask due)',
    'ask: Ben Brook (Ask due)',
    'ask: Hal Hart (Ask due)',
    'answer: Dan Dale (Answer due)',
  ]);
  await expect(page.getByRole('heading', { name: /^Asks due/ })).toHaveText('Asks due 2');
  await screenshot(page, 'today');
  await doRow(app, page, 'acknowledge: Ava Adams');
  // Acknowledged, her row moves to the asks; all three were due from midnight: by name.
  expect(await todayRows(page)).toEqual([
    'deadline: Eve Ellis (Deadline near)',
    'ask: Ava Adams (Ask due)',
    'ask: Ben Brook (Ask due)',
    'ask: Hal Hart (Ask due)',
    'answer: Dan Dale (Answer due)',
  ]);
  await doRow(app, page, 'ask: Ava Adams');
  await doRow(app, page, 'ask: Ben Brook');
  await doRow(app, page, 'ask: Hal Hart'); // his third: parked, and choosing what happens next is due now
  expect(await todayRows(page)).toEqual([
    'deadline: Eve Ellis (Deadline near)',
    'ask: Hal Hart (Choose when to ask again)',
    'answer: Dan Dale (Answer due)',
  ]);
  await doRow(app, page, 'ask: Hal Hart', 'until-raised');
  await doRow(app, page, 'answer: Dan Dale');
  expect(await todayRows(page)).toEqual(['deadline: Eve Ellis (Deadline near)']);

  // Tuesday 10th: Cat is back from parking; Eve's ask is on her deadline row.
  await morning(app, page, '2026-11-10T09:00:00Z');
  expect(await todayRows(page)).toEqual([
    'deadline: Eve Ellis (Ask due + Deadline near)',
    'ask: Jo Jones (Ask due)',
    'reask: Cat Chen (Back from parking)',
  ]);
  for (const row of ['deadline: Eve Ellis', 'ask: Jo Jones', 'reask: Cat Chen']) await doRow(app, page, row);
  expect(await todayRows(page)).toEqual(['deadline: Eve Ellis (Deadline near)']);

  // Wednesday 11th: filtered to Robin, only his requests show. Eve's update is due today, the
  // working day before her deadline, though she would not chase before Friday; so is her next ask,
  // which two working days after Tuesday's would have fallen on the deadline itself. Ivy's
  // request is parked, so her update keeps the weekly cadence: a week after Wednesday 4th.
  await morning(app, page, '2026-11-11T09:00:00Z');
  expect(await todayRows(page)).toEqual([
    'deadline: Eve Ellis (Update due + Ask due + Deadline near)',
    'update: Ivy Irwin (Update due)',
    'update: Ben Brook (Update due + Ask due)',
    'ask: Ava Adams (Ask due)',
    'client-step: Fay Ford (Follow up with client)',
  ]);
  await page.getByLabel('Boss').selectOption({ label: 'Robin Lee' });
  expect(await todayRows(page)).toEqual(['client-step: Fay Ford (Follow up with client)']);
  await page.getByLabel('Boss').selectOption({ label: 'All bosses' });
  await doRow(app, page, 'update: Ben Brook');
  await doRow(app, page, 'update: Ivy Irwin');
  await doRow(app, page, 'deadline: Eve Ellis');
  // Each row keeps what is left on it.
  expect(await todayRows(page)).toEqual([
    'deadline: Eve Ellis (Ask due + Deadline near)',
    'ask: Ava Adams (Ask due)',
    'ask: Ben Brook (Ask due)',
    'client-step: Fay Ford (Follow up with client)',
  ]);
  await doRow(app, page, 'ask: Ava Adams');
  await doRow(app, page, 'ask: Ben Brook');
  await doRow(app, page, 'ask: Ben Brook', 'until-raised');
  await doRow(app, page, 'client-step: Fay Ford');
  // Before her ask is clicked, Alex decides Eve's request; the answer goes out the same morning.
  await app.open(`#/request/${eve}`);
  await openAction(page, 'Record the decision');
  await page.getByLabel('What did the boss decide?').fill('Yes, we can do Thursday.');
  await page.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByRole('heading', { name: 'The boss decided' })).toBeVisible();
  await app.open('#/today');
  // Today may show its cached rows for a moment while it reads again.
  await expect.poll(() => todayRows(page)).toEqual(['deadline: Eve Ellis (Answer due + Deadline near)']);
  await doRow(app, page, 'deadline: Eve Ellis');
  await expect(page.getByText('Nothing needs you right now.')).toBeVisible();
  await screenshot(page, 'today-empty');

  // Thursday 12th: Jo's update, the working day before she would chase, with her ask on its row.
  // Hal and Cat had an update last Friday: the next, with nothing new, comes a week on. Fay had
  // Wednesday's follow-up, and is parked: a week after it.
  await morning(app, page, '2026-11-12T09:00:00Z');
  expect(await todayRows(page)).toEqual(['update: Jo Jones (Update due + Ask due)', 'ask: Cat Chen (Ask due)']);
  for (const row of ['update: Jo Jones', 'ask: Cat Chen', 'ask: Jo Jones']) await doRow(app, page, row);
  await doRow(app, page, 'ask: Jo Jones', 'until-raised');
  await expect(page.getByText('Nothing needs you right now.')).toBeVisible();

  await morning(app, page, '2026-11-13T09:00:00Z');
  // Friday 13th: three updates, ordered by who would chase first.
  expect(await todayRows(page)).toEqual([
    'update: Hal Hart (Update due)',
    'update: Cat Chen (Update due)',
    'update: Ava Adams (Update due + Ask due)',
    'client-step: Fay Ford (Follow up with client)',
  ]);
  await doRow(app, page, 'update: Hal Hart');
  await doRow(app, page, 'update: Cat Chen');
  await doRow(app, page, 'update: Ava Adams');
  await doRow(app, page, 'ask: Ava Adams');
  await doRow(app, page, 'ask: Ava Adams', 'in-2-weeks');
  await doRow(app, page, 'client-step: Fay Ford');
  await expect(page.getByText('Nothing needs you right now.')).toBeVisible();

  // Saturday: nothing new falls due at the weekend.
  await morning(app, page, '2026-11-14T11:00:00Z');
  await expect(page.getByText('Nothing needs you right now.')).toBeVisible();

  // The Parked view: who is off the list and when each comes back, ordered like every list by
  // the next thing due on it (Fay's follow-up Tuesday 17th; the weekly updates: Ben's Wednesday
  // 18th, Jo's Thursday 19th, Hal's and Ava's Friday 20th).
  await page.getByRole('link', { name: /^Parked/ }).click();
  const parked = tableRows(page, 'Parked');
  await expect(parked).toHaveText([
    /Ivy Irwin.*Mon 16 Nov \(round 2\)/,
    /Fay Ford.*Parked until the boss raises it/,
    /Ben Brook.*Parked until the boss raises it/,
    /Jo Jones.*Parked until the boss raises it/,
    /Hal Hart.*Parked until the boss raises it/,
    /Ava Adams.*Fri 27 Nov \(round 2\)/,
  ]);
  await screenshot(page, 'parked');
});
