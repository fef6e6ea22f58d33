import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { mailtoUrl } from '../../shared/drafts/mailto';
import { fileNameFor } from '../../shared/files/file-name';
import { spreadsheetSafe } from '../../shared/files/spreadsheet-cell';
import { requestDetails } from '../support/fixtures';
import { openTestStack } from '../support/open-test-store';

/**
 * The table of bad inputs in docs/SECURITY.md, row by row, through main's handler table on
 * real files: what a user sees for each, and that a refusal writes nothing.
 */
let dir: string;
const clock = new SettableClock(new Date('2026-11-20T10:00:00Z'));
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-bad-input-'));
  clock.set(new Date('2026-11-20T10:00:00Z'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const mainFile = () => readFileSync(path.join(dir, 'follow-through.json'));
const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

const acknowledgement = (id: string) =>
  ({ id, kind: 'acknowledgement', medium: 'email', locale: 'en-GB', reason: null, expectedBusinessDays: null, invite: false }) as const;

/** Logs a request with these details changed; answers the refusal, and checks nothing was written. */
async function refusedRequest(overrides: Parameters<typeof requestDetails>[0]) {
  const { handlers } = openTestStack(dir, clock);
  const before = mainFile();
  const answer = await handlers.logRequest(requestDetails(overrides));
  expect(answer.ok).toBe(false);
  expect(mainFile().equals(before)).toBe(true);
  return answer as { ok: false; code: string; error: string; fieldErrors?: Record<string, string> };
}

describe('bad input on a new request', () => {
  it('refuses an empty or whitespace-only name or topic, saying which', async () => {
    expect((await refusedRequest({ client: { ...requestDetails().client, name: '   ' } })).fieldErrors).toEqual({
      'client.name': 'Enter the client’s name.',
    });
    expect((await refusedRequest({ topic: '\t \u00a0' })).fieldErrors).toEqual({ topic: 'Enter the topic in one line.' });
  });

  it('refuses 100,000 characters of details with the limit, and writes nothing', async () => {
    const answer = await refusedRequest({ details: 'x'.repeat(100_000) });
    expect(answer.fieldErrors).toEqual({ details: 'Details must be at most 10,000 characters.' });
  });

  it('drops invisible control characters, and keeps tabs and line breaks', async () => {
    const { handlers } = openTestStack(dir, clock);
    const logged = unwrap(
      await handlers.logRequest(
        requestDetails({
          client: { ...requestDetails().client, name: 'Jane\u0000 Doe\u0007' },
          details: 'Line one\u001b[31m\n\tLine two\u000c',
        }),
      ),
    );
    expect(logged.state.details.client.name).toBe('Jane Doe');
    expect(logged.state.details.details).toBe('Line one[31m\n\tLine two');
    expect(mainFile().toString()).not.toMatch(/\\u000[07c]|\\u001b/);
  });

  it('keeps emoji and right-to-left text exactly, in the store and in the drafts', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    const name = 'Zoë 👩🏽‍💼 O’Neill-Ng';
    const topic = 'العقد — החוזה for the venue';
    const { id } = unwrap(await handlers.logRequest(requestDetails({ client: { ...requestDetails().client, name }, topic })));
    expect(openTestStack(dir, clock).service.request(id).state.details).toMatchObject({ client: { name }, topic });
    const draft = unwrap(await handlers.draftForClient(acknowledgement(id)));
    expect(draft.subject + draft.body).toContain(topic);
    expect(draft.body).toContain('Zoë');
    expect(service.request(id).state.details.client.name).toBe(name);
  });

  it('refuses an invalid email address with an example of a valid one', async () => {
    for (const email of ['jane@', 'jane acme.example', 'jane@acme..example', 'jane@acme.example\r\nBcc: x@y.z']) {
      const answer = await refusedRequest({ client: { ...requestDetails().client, email } });
      expect(answer.fieldErrors?.['client.email']).toMatch(/like name@example\.com|one line/);
    }
  });

  it('refuses a contact time in the future, or before 1990, next to the field', async () => {
    expect((await refusedRequest({ contact: { channel: 'email', at: '2026-11-21T10:00:00.000Z' } })).fieldErrors).toEqual({
      'contact.at': 'This is in the future. Enter when the client actually got in touch.',
    });
    expect((await refusedRequest({ contact: { channel: 'email', at: '1989-12-31T23:59:00.000Z' } })).fieldErrors).toEqual({
      'contact.at': 'Check the year: that is before 1990.',
    });
    expect((await refusedRequest({ contact: { channel: 'email', at: '2026-02-30T10:00:00.000Z' } })).fieldErrors).toEqual({
      'contact.at': 'Enter the date and time the client got in touch.',
    });
  });

  it('keeps HTML and script as the text typed; drafts are plain text', async () => {
    const { handlers } = openTestStack(dir, clock);
    const topic = '<img src=x onerror="alert(1)"> <script>alert(2)</script>';
    const { id, state } = unwrap(await handlers.logRequest(requestDetails({ topic })));
    expect(state.details.topic).toBe(topic);
    const draft = unwrap(await handlers.draftForClient(acknowledgement(id)));
    expect(draft.body).toContain(topic);
  });
});

describe('CR/LF where a header is written', () => {
  const mail = { to: 'jane@acme.example', toName: 'Jane Doe', subject: 'The venue', body: 'Dear Jane,\r\nBcc: body@example.com\r\n' };

  it('refuses a subject, name or address that would add a header to the .eml or the mailto: link, and writes nothing', async () => {
    const { handlers, system } = openTestStack(dir, clock);
    for (const [field, value] of [
      ['subject', 'Hi\r\nBcc: evil@example.com'],
      ['toName', 'Jane\nBcc: evil@example.com'],
      ['to', 'jane@acme.example\r\nBcc: evil@example.com'],
    ] as const) {
      for (const method of ['saveEml', 'openInMail'] as const) {
        const answer = await handlers[method]({ ...mail, [field]: value });
        expect(answer.ok, `${method} ${field}`).toBe(false);
        expect(Object.keys((answer as { fieldErrors: object }).fieldErrors)).toEqual([field]);
      }
    }
    expect(system.saved).toEqual([]);
    expect(system.opened).toEqual([]);
  });

  it('keeps line breaks in the body as body: the .eml has one recipient and no Bcc', async () => {
    const { handlers } = openTestStack(dir, clock);
    const saved = unwrap(await handlers.saveEml({ ...mail, toName: 'Doe, Jane "JD" <boss@evil.example>' }));
    const parsed = await simpleParser(readFileSync(saved!.path));
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value.map((a) => a.address) : null).toEqual(['jane@acme.example']);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.text).toContain('Bcc: body@example.com');
    const { url } = mailtoUrl({ ...mail, toName: 'x' });
    expect([...new URL(url).searchParams.keys()]).toEqual(['subject', 'body']);
  });

  it('keeps an .ics to one attendee when the client’s name carries quotes, colons and semicolons', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    service.saveSettings({ ...DEFAULT_SETTINGS, assistantEmail: 'sam@follow.example' });
    const name = 'Jane "JD"; ROLE=CHAIR: Doe';
    const { id } = service.logRequest(requestDetails({ client: { ...requestDetails().client, name }, topic: 'the gala; METHOD:CANCEL' }));
    unwrap(await handlers.proposeCall({ id, version: service.request(id).version, startsAt: '2026-11-24T14:00:00.000Z', minutes: 30 }));
    const saved = unwrap(await handlers.saveCallInvite({ id }));
    const calendar = new ICAL.Component(<unknown[]>ICAL.parse(readFileSync(saved!.path, 'utf8')));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Call: the gala; METHOD:CANCEL');
    expect(event.attendees).toHaveLength(1);
    expect(String(event.attendees[0]!.getFirstValue()).toLowerCase()).toBe('mailto:jane@acme.example');
    expect(event.attendees[0]!.getParameter('role')).toBe('REQ-PARTICIPANT');
    expect(event.attendees[0]!.getParameter('cn')).toBe("Jane 'JD'; ROLE=CHAIR: Doe");
  });
});

describe('cells written for a spreadsheet', () => {
  it('start with an apostrophe when they would start a formula, and are otherwise unchanged', () => {
    expect(['=HYPERLINK("https://evil.example")', '+44 20 7946 0000', '-2+3', '@SUM(A1)', '\t=1', '\r=1'].map(spreadsheetSafe)).toEqual([
      `'=HYPERLINK("https://evil.example")`,
      "'+44 20 7946 0000",
      "'-2+3",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
    ]);
    // Look-alikes: white space, a no-break space, a zero-width space, a byte-order mark, or a full-width sign first.
    expect(
      ['  =1+1', '\u00a0=1', '\u200b=cmd', '\ufeff+1', '＝HYPERLINK("x")', '＋1', '－1', '＠SUM(A1)', '\u3000=1'].map(spreadsheetSafe),
    ).toEqual(["'  =1+1", "'\u00a0=1", "'\u200b=cmd", "'\ufeff+1", `'＝HYPERLINK("x")`, "'＋1", "'－1", "'＠SUM(A1)", "'\u3000=1"]);
    expect(['Jane Doe', 'the venue = booked', 'O’Neill', ''].map(spreadsheetSafe)).toEqual([
      'Jane Doe',
      'the venue = booked',
      'O’Neill',
      '',
    ]);
  });
});

describe('file names offered in a save dialog', () => {
  it('carry no path separator, drive, dot-dot, control or direction override, and no name Windows reserves', () => {
    expect(fileNameFor('../../etc/passwd', 'eml')).toBe('etc passwd.eml');
    expect(fileNameFor('C:\\Windows\\System32\\drivers', 'eml')).toBe('C Windows System32 drivers.eml');
    expect(fileNameFor('invoice\u202Egpj.exe', 'eml')).toBe('invoice gpj exe.eml');
    expect(fileNameFor('Re:\u0000 the <venue> | "quote"?*', 'eml')).toBe('Re the venue quote.eml');
    expect(fileNameFor('CON', 'eml')).toBe('CON draft.eml');
    expect(fileNameFor('lpt1', 'ics')).toBe('lpt1 draft.ics');
    expect(fileNameFor('...', 'eml')).toBe('draft.eml');
    expect(fileNameFor('Zoë’s café — العقد', 'eml')).toBe('Zoë s café العقد.eml');
    expect(fileNameFor('x'.repeat(300), 'eml')).toHaveLength(84);
  });

  it('saves the .eml inside the folder the dialog chose, whatever the subject says', async () => {
    const { handlers } = openTestStack(dir, clock);
    const saved = unwrap(await handlers.saveEml({ to: '', toName: '', subject: '../../../outside', body: 'x' }));
    expect(saved?.path).toBe(path.join(dir, 'exports', 'outside.eml'));
    expect(readdirSync(path.join(dir, 'exports'))).toEqual(['outside.eml']);
  });
});
