import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { makeEml } from '../support/make-email';
import { asFile, loopingMsg, nestedMime } from '../support/hostile-emails';
import { confFiles, openTestStack } from '../support/open-test-store';
import type { OpenStoreFile } from '../../electron/store/store-files';

let dir: string;
const clock = new SettableClock(new Date('2026-11-20T10:00:00Z'));
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-untrusted-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const normal = { fromName: 'Jane Doe', from: 'jane@acme.example', date: '2026-11-19T16:45:00Z', subject: 'Tickets', text: 'Two more?' };

function manyParts(parts: number): string {
  const one = '--p\r\nContent-Type: text/plain\r\n\r\nx\r\n';
  return `From: jane@acme.example\r\nSubject: Parts\r\nContent-Type: multipart/mixed; boundary="p"\r\n\r\n${one.repeat(parts)}--p--\r\n`;
}

const HEADER =
  'This email could not be read: its header is too large (over 256 KB; the limit is 256 KB). Open it in your mail program and copy the text you need into the form.';

describe('hostile emails', () => {
  type Source = { kind: 'file'; fileName: string; base64: string } | { kind: 'text'; text: string };
  const cases: [string, () => Source, RegExp | string][] = [
    [
      'a .msg whose sector chain loops',
      () => asFile('loop.msg', loopingMsg()),
      // Stopped at the deadline, or by the heap limit if a slow machine fills it first.
      /^This email could not be read: (the app gave up after 4 seconds|it needs more than the 256 MB of memory)/,
    ],
    [
      '5,000 levels of nested parts',
      () => asFile('nested.eml', nestedMime(5000)),
      'This email could not be read: it is too deeply nested, with parts inside parts more than 30 levels deep; the limit is 30. Open it in your mail program and copy the text you need into the form.',
    ],
    [
      'a 14 MB header line',
      () => asFile('header.eml', `From: jane@acme.example\r\nSubject: ${'x'.repeat(14 * 1024 * 1024)}\r\n\r\nhi\r\n`),
      HEADER,
    ],
    [
      '50,000 parts',
      () => asFile('parts.eml', manyParts(50_000)),
      'This email could not be read: it has too many parts (over 500; the limit is 500). Open it in your mail program and copy the text you need into the form.',
    ],
    [
      'a From with 100,000 addresses',
      () =>
        asFile('from.eml', `From: ${Array.from({ length: 100_000 }, (_, i) => `a${i}@x.example`).join(', ')}\r\nSubject: Hi\r\n\r\nhi\r\n`),
      HEADER,
    ],
    [
      '1.5 MB of pasted text that is not an email',
      () => ({ kind: 'text', text: 'lorem ipsum '.repeat(131_072) }),
      'That is not an email the app can read. Drop an .eml or Outlook .msg file, or paste the whole email with its From and Subject lines.',
    ],
  ];
  for (const [name, source, expected] of cases) {
    // What the user sees is the refusal in words; how fast it comes is for `npm run bench`, not a test.
    it(`${name}: refused with what is wrong, and the app answers the next request`, async () => {
      const { handlers } = openTestStack(dir, clock);
      const answer = await handlers.readEmail(source());
      if (answer.ok) throw new Error(`${name} was read`);
      expect(answer.code).toBe('refused');
      if (typeof expected === 'string') expect(answer.error).toBe(expected);
      else expect(answer.error).toMatch(expected);
      expect(answer.error).not.toMatch(/try again/i);
      const next = await handlers.readEmail(asFile('tickets.eml', await makeEml(normal)));
      expect(next.ok && next.value.prefill.clientEmail).toBe('jane@acme.example');
    }, 15_000);
  }

  it('1.5 MB of pasted email, headers first, is read', async () => {
    const { handlers } = openTestStack(dir, clock);
    const text = `From: Jane Doe <jane@acme.example>\nSubject: The long brief\n\n${'All the details. '.repeat(92_000)}`;
    expect(text.length).toBeGreaterThan(1_500_000);
    const answer = await handlers.readEmail({ kind: 'text', text });
    expect(answer.ok && answer.value.prefill.topic).toBe('the long brief');
  });
});

describe('a looping email does not hold up main', () => {
  it('main answers other requests while the worker reads it', async () => {
    const { handlers } = openTestStack(dir, clock);
    // By the order the answers come in, not by milliseconds: a loaded machine changes the second, never the first.
    const order: string[] = [];
    const pending = handlers.readEmail(asFile('loop.msg', loopingMsg())).then((answer) => (order.push('the looping email'), answer));
    const counts = await handlers.getCounts(undefined).then((answer) => (order.push('the counts'), answer));
    const again = await handlers.getToday({ bossId: null, rowsPerSection: {} }).then((answer) => (order.push('Today'), answer));
    expect(counts.ok && again.ok).toBe(true);
    const refused = await pending;
    expect(refused.ok).toBe(false);
    expect(order).toEqual(['the counts', 'Today', 'the looping email']);
  }, 15_000);
});

/** One exported request, as the export writes it, with `change` applied to its first event's details. */
function exported(id: string, change: (details: Record<string, unknown>) => void = () => {}, at = '2026-11-02T09:00:00.000Z') {
  const request: Record<string, unknown> = {
    client: { name: 'Jane Doe', company: 'Acme Ltd', email: 'jane@acme.example', phone: '' },
    contact: { channel: 'email', at: '2026-11-02T08:30:00.000Z' },
    topic: 'the sponsorship proposal',
    details: '',
    bossId: 'boss-1',
    deadline: null,
  };
  change(request);
  return { id, rev: 1, events: [{ type: 'logged', at, request }] };
}

const upload = (requests: unknown[]) => ({
  fileName: 'export.json',
  base64: Buffer.from(JSON.stringify({ app: 'follow-through', format: 4, exportedAt: '2026-11-19T00:00:00.000Z', requests })).toString(
    'base64',
  ),
});

describe('importing records that break the rules a typed request obeys', () => {
  it('rejects each with its reason, and maps an unknown boss to the default, saying so', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    const file = upload([
      exported('good'),
      exported('huge-topic', (d) => (d.topic = 'x'.repeat(5 * 1024 * 1024))),
      exported('two-lines', (d) => (d.client = { name: 'Jane\nDoe', company: '', email: '', phone: '' })),
      exported('year-1', (d) => (d.contact = { channel: 'email', at: '0001-01-01T00:00:00.000Z' })),
      exported('year-9999', () => {}, '9999-01-01T00:00:00.000Z'),
      exported('far-deadline', (d) => (d.deadline = '9999-12-31')),
      exported('other-boss', (d) => (d.bossId = 'no-such-boss')),
      exported('x'.repeat(101)),
      exported(' spaced '),
    ]);
    const report = await handlers.importJson(file);
    if (!report.ok) throw new Error(report.error);
    expect(report.value.items.map((i) => [i.id.slice(0, 12), i.outcome, i.reason])).toEqual([
      ['good', 'add', null],
      ['huge-topic', 'rejected', "Its details break the form's rules: topic: Topic must be at most 200 characters."],
      ['two-lines', 'rejected', "Its details break the form's rules: client.name: Client name must fit on one line."],
      ['year-1', 'rejected', "Its details break the form's rules: contact.at: Check the year: that is before 1990."],
      ['year-9999', 'rejected', 'Event 1 is dated 9999-01-01; dates must fall between 1990 and today.'],
      [
        'far-deadline',
        'rejected',
        "Its details break the form's rules: deadline: Check the year of the deadline: it must be between 1990 and 2100.",
      ],
      ['other-boss', 'add', 'Its boss “no-such-boss” is not in Settings, so it goes to the boss.'],
      ['#8', 'rejected', 'Its id is longer than 100 characters, so it could not be opened or deleted here.'],
      [' spaced ', 'rejected', 'Its id has spaces around it, so it could not be opened or deleted here.'],
    ]);
    expect(service.requestCount()).toBe(2);
    expect(service.request('other-boss').bossName).toBe('the boss');
    // What was added can be opened and deleted like any request.
    expect((await handlers.deleteRequest({ id: 'other-boss', version: service.request('other-boss').version })).ok).toBe(true);
  });
});

describe('an import of many requests', () => {
  it('writes each file once, after one backup, and tells the window how it is going', async () => {
    const writes: string[] = [];
    const counting: OpenStoreFile = (name) => {
      const file = confFiles(dir)(name);
      return {
        path: file.path,
        get store() {
          return file.store;
        },
        set store(value) {
          writes.push(name);
          file.store = value;
        },
      };
    };
    const stack = openTestStack(dir, clock, undefined, counting);
    const requests = Array.from({ length: 40 }, (_, i) => {
      const doc = exported(`r${i}`);
      // Every other one was withdrawn: it belongs in the archive.
      return i % 2
        ? { ...doc, rev: 2, events: [...doc.events, { type: 'withdrawn', at: '2026-11-03T09:00:00.000Z', reason: 'Sorted.' }] }
        : doc;
    });
    const backupsBefore = stack.data.backups.list().length;
    const report = await stack.handlers.importJson(upload(requests));
    expect(report.ok && report.value.items.filter((i) => i.outcome === 'add')).toHaveLength(40);
    expect(writes).toEqual([
      'follow-through-archive-2026',
      'follow-through-archive-outcomes',
      'follow-through-archive-index',
      'follow-through',
    ]);
    expect(stack.data.backups.list().length).toBe(backupsBefore + 1);
    expect(stack.system.pushed).toEqual([
      { event: 'importProgress', payload: { stage: 'reading', done: 0, total: 0 } },
      { event: 'importProgress', payload: { stage: 'checking', done: 0, total: 40 } },
      { event: 'importProgress', payload: { stage: 'saving', done: 40, total: 40 } },
      { event: 'importProgress', payload: { stage: 'done', done: 40, total: 40 } },
    ]);
    const reopened = openTestStack(dir, clock).service;
    expect(reopened.listRequests({ status: 'open', bossId: null, text: '', offset: 0, limit: 100 }).matching).toBe(20);
    expect(reopened.requestCount()).toBe(40);
  });
});
