import type { Locator, Page } from '@playwright/test';
import { requestDetails } from '../support/fixtures';
import { makeEml, makeMsg, type TestEmail } from '../support/make-email';
import { expect, fact, screenshot, screenshotOf, test } from './harness';

test.use({ startAt: '2026-11-20T10:00:00.000Z' });

const tickets: TestEmail = {
  fromName: 'Siobhán O’Neill',
  from: 'siobhan@oneill.example',
  date: '2026-11-20T08:45:00Z',
  subject: 'RE: Fwd: Tickets for the gala',
  text: 'Hi Sam,\n\nCould Alex spare two more tickets for the gala?\n\nThanks,\nSiobhán\n\nOn Tue, 17 Nov 2026, Sam wrote:\n> Here are your tickets.',
};

/** Drops a file the way a mail program's drag does: a DataTransfer holding one File, dropped on `target`. */
async function dropFile(page: Page, target: Locator, name: string, bytes: Uint8Array) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name));
      return transfer;
    },
    { name, data: [...bytes] },
  );
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

/** The "From an email" panel on New request. */
const dropZone = (page: Page) => page.getByRole('heading', { name: 'From an email' }).locator('..');

async function expectFilledFromTickets(page: Page) {
  await expect(page.getByLabel('Name')).toHaveValue('Siobhán O’Neill');
  await expect(page.getByLabel('Email')).toHaveValue('siobhan@oneill.example');
  await expect(page.getByLabel('Channel')).toHaveValue('email');
  await expect(page.getByLabel('Date and time')).toHaveValue('2026-11-20T08:45');
  // The subject's words, with no quotation marks added: those belong to the drafts' sentences.
  await expect(page.getByLabel('Topic')).toHaveValue('Tickets for the gala');
  await expect(page.getByLabel('Details')).toHaveValue('Hi Sam,\n\nCould Alex spare two more tickets for the gala?\n\nThanks,\nSiobhán');
}

test('an .eml dropped anywhere on the window opens New request filled in from it, and saves as a request', async ({ app, page }) => {
  await app.open('#/today');
  await dropFile(page, page.getByRole('main'), 'Tickets for the gala.eml', await makeEml(tickets));
  await expect(page.getByRole('heading', { name: 'New request' })).toBeVisible();
  await expectFilledFromTickets(page);
  await expect(page.getByRole('status').filter({ hasText: 'Filled in from' })).toHaveText(
    'Filled in from Siobhán O’Neill’s email of Fri, 20 Nov 2026, 08:45. Check it and save.',
  );
  await screenshot(page, 'new-request-from-email');
  await page.getByRole('button', { name: 'Save request' }).click();
  await expect(page.getByRole('heading', { name: 'Tickets for the gala', exact: true })).toBeVisible();
  await expect(fact(page, 'Reached us')).toContainText('Email, Fri, 20 Nov 2026, 08:45');
});

test('an Outlook .msg dropped on the New request page fills the form the same way', async ({ app, page }) => {
  await app.open('#/new');
  await page.getByLabel('Phone').fill('+44 20 7946 0101');
  await dropFile(page, dropZone(page), 'tickets.msg', makeMsg(tickets));
  await expectFilledFromTickets(page);
  // What the email does not say stays as typed.
  await expect(page.getByLabel('Phone')).toHaveValue('+44 20 7946 0101');
});

test('a pasted raw email fills the form; a file that is not an email says so and changes nothing', async ({ app, page }) => {
  await app.open('#/new');
  await page.getByLabel('Topic').fill('typed before');
  await dropFile(page, dropZone(page), 'holiday.png', Buffer.from('89504e470d0a1a0a', 'hex'));
  await expect(page.getByRole('alert')).toContainText('That is not an email the app can read.');
  await expect(page.getByLabel('Topic')).toHaveValue('typed before');

  await page.getByRole('button', { name: 'Paste an email…' }).click();
  await page.getByLabel('The email, with its From, Date and Subject lines').fill((await makeEml(tickets)).toString('utf8'));
  await page.getByRole('button', { name: 'Fill in from this email' }).click();
  await expectFilledFromTickets(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a second email from a client with an open request is offered as a contact on it', async ({ app, page }) => {
  await app.call(
    'logRequest',
    requestDetails({
      client: { name: 'Siobhán O’Neill', company: '', email: 'siobhan@oneill.example', phone: '' },
      contact: { channel: 'email', at: '2026-11-18T09:00:00.000Z' },
      topic: 'Tickets for the gala',
    }),
  );
  await app.open('#/requests');
  const chaser = { ...tickets, subject: 'Re: Tickets for the gala', text: 'Any news on the tickets?' };
  await dropFile(page, page.getByRole('main'), 'chaser.eml', await makeEml(chaser));
  const offer = page.getByRole('group', { name: 'An open request from this client' });
  await expect(offer).toContainText('Siobhán O’Neill already has an open request. Is this email about it?');
  await screenshotOf(dropZone(page), 'email-second-from-client');
  await offer.getByRole('button', { name: 'Log as a contact on “Tickets for the gala”' }).dblclick();
  await expect(page.getByRole('heading', { name: 'Tickets for the gala' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Conversation' })).toContainText('The client got in touch by email');
  expect(app.windowCalls('logClientContact')).toBe(1);
  expect(app.windowCalls('logRequest')).toBe(0);
});

const webinar: TestEmail = {
  fromName: 'Priya Nair',
  from: 'priya@northwind.example',
  date: '2026-11-20T08:15:00Z',
  subject: 'Re: The joint webinar in March',
  text: '',
  html:
    '<html><head><style>p { color: red }</style></head><body>' +
    '<p>Dear Sam,</p><p>Could we plan the <b>joint webinar</b> in March?</p>' +
    '<ul><li>the date</li><li>the speakers</li></ul>' +
    '<blockquote>On Wed, 18 Nov 2026, Sam Patel wrote:<br>Shall we talk about March?</blockquote>' +
    '<img src="https://track.example/open.gif" width="1" height="1"></body></html>',
};

async function expectFilledFromWebinar(page: Page) {
  await expect(page.getByLabel('Name')).toHaveValue('Priya Nair');
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue('priya@northwind.example');
  await expect(page.getByLabel('Date and time')).toHaveValue('2026-11-20T08:15');
  await expect(page.getByLabel('Topic')).toHaveValue('the joint webinar in March');
  await expect(page.getByLabel('Details')).toHaveValue(
    'Dear Sam,\n\nCould we plan the joint webinar in March?\n\n * the date\n * the speakers',
  );
}

test('an HTML-only email fills the details with its text, without the quote or the tracking image, dropped or pasted', async ({
  app,
  page,
}) => {
  await app.open('#/new');
  await dropFile(page, dropZone(page), 'webinar.eml', await makeEml(webinar));
  await expectFilledFromWebinar(page);
  await screenshot(page, 'new-request-from-html-email');

  await app.open('#/today');
  await app.open('#/new');
  await page.getByRole('button', { name: 'Paste an email…' }).click();
  await page.getByLabel('The email, with its From, Date and Subject lines').fill((await makeEml(webinar)).toString('utf8'));
  await page.getByRole('button', { name: 'Fill in from this email' }).click();
  await expectFilledFromWebinar(page);
});
