import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { QUEUE_CSV_COLUMNS } from '../../shared/files/queue-csv';
import { requestDetails } from '../support/fixtures';
import { openTestStack } from '../support/open-test-store';

let dir: string;
const clock = new SettableClock(new Date('2026-11-10T10:00:00Z'));
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-export-'));
  clock.set(new Date('2026-11-10T10:00:00Z'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
const asUpload = (file: string) => ({ fileName: path.basename(file), base64: readFileSync(file).toString('base64') });

/** Two open requests (one asked, one with a correction) and one withdrawn into the archive. */
function seed(stack: ReturnType<typeof openTestStack>) {
  const { service } = stack;
  const a = service.logRequest(requestDetails({ topic: 'the venue contract' }));
  service.askBoss(a.id, 1, 'in our 1:1');
  clock.set(new Date('2026-11-10T10:01:00Z'));
  const b = service.logRequest(
    requestDetails({ topic: '=HYPERLINK("https://evil.example")', client: { ...requestDetails().client, name: 'Zoë, "ZZ" O’Neill' } }),
  );
  clock.set(new Date('2026-11-10T10:02:00Z'));
  const c = service.logRequest(requestDetails({ topic: 'the gala' }));
  service.withdraw(c.id, 1, 'No longer needed.');
  return { a, b, c };
}

describe('the JSON export', () => {
  it('round-trips exactly: exported, imported into an empty folder, exported again, the same requests', async () => {
    const source = openTestStack(path.join(dir, 'source'), clock);
    seed(source);
    const first = unwrap(await source.handlers.exportJson(undefined))!;
    expect(first.requests).toBe(3);

    const target = openTestStack(path.join(dir, 'target'), clock, undefined);
    const preview = unwrap(await target.handlers.previewImport(asUpload(first.path)));
    expect(preview.items.map((i) => i.outcome)).toEqual(['add', 'add', 'add']);
    expect(target.service.requestCount()).toBe(0); // a preview changes nothing
    const report = unwrap(await target.handlers.importJson(asUpload(first.path)));
    expect(report.items.map((i) => i.outcome)).toEqual(['add', 'add', 'add']);
    expect(target.data.backups.list().map((b) => b.kind)).toContain('before-import');

    const again = unwrap(await target.handlers.exportJson(undefined))!;
    const docs = (file: string) =>
      (JSON.parse(readFileSync(file, 'utf8')) as { requests: { id: string }[] }).requests.sort((x, y) => x.id.localeCompare(y.id));
    expect(docs(again.path)).toEqual(docs(first.path));
    // Filed where they belong: the withdrawn one in the archive, and all still there after a restart.
    const reopened = openTestStack(path.join(dir, 'target'), clock).service;
    expect(reopened.listRequests({ status: 'open', bossId: null, text: '', offset: 0, limit: 50 }).matching).toBe(2);
    expect(reopened.listRequests({ status: 'closed', bossId: null, text: '', offset: 0, limit: 50 }).matching).toBe(1);
  });

  it('reports each request: added, already there, or rejected with the reason; a clash never overwrites', async () => {
    const source = openTestStack(path.join(dir, 'source'), clock);
    const { a } = seed(source);
    const file = JSON.parse(readFileSync(unwrap(await source.handlers.exportJson(undefined))!.path, 'utf8')) as {
      requests: { id: string; rev: number; events: unknown[] }[];
    };
    const target = openTestStack(path.join(dir, 'target'), clock);
    const clash = target.service.logRequest(requestDetails({ topic: 'mine' }));
    const broken = { id: 'broken', rev: 1, events: [{ type: 'logged', at: 'yesterday' }] };
    const mine = { ...file.requests[1]!, id: clash.id };
    const upload = { ...file, requests: [file.requests[0], file.requests[0], broken, mine] };
    unwrap(
      await target.handlers.importJson({
        fileName: 'x.json',
        base64: Buffer.from(JSON.stringify({ ...file, requests: [file.requests[0]] })).toString('base64'),
      }),
    );
    const report = unwrap(
      await target.handlers.importJson({ fileName: 'x.json', base64: Buffer.from(JSON.stringify(upload)).toString('base64') }),
    );
    expect(report.items.map(({ outcome, reason }) => [outcome, reason])).toEqual([
      ['already-there', null],
      ['rejected', 'It is listed twice in the file; the first was used.'],
      ['rejected', expect.stringMatching(/^Not a complete request: event 1/) as string],
      ['rejected', 'A request with this id is already here with a different history; yours was kept as it is.'],
    ]);
    expect(report.items[0]!.label).toBe('Jane Doe · the venue contract');
    expect(target.service.request(clash.id).topic).toBe('mine');
    expect(target.service.request(a.id).strikes).toBe(1);
  });

  it('an export re-imported after its boss left Settings is already here, not a different history (issue 31, item 22)', async () => {
    const stack = openTestStack(dir, clock);
    const { service, handlers } = stack;
    const bosses = [
      { id: 'alex', name: 'Alex Morgan', email: '' },
      { id: 'robin', name: 'Robin Lee', email: '' },
    ];
    service.saveSettings({ ...service.currentSettings(), bosses, defaultBossId: 'alex' });
    const decided = service.logRequest(requestDetails({ bossId: 'alex', topic: 'the visit' }));
    service.withdraw(decided.id, decided.version, 'No longer needed.');
    const open = service.logRequest(requestDetails({ bossId: 'alex', topic: 'the gala' }));
    service.handOverRequests('alex', 'robin');
    service.saveSettings({ ...service.currentSettings(), bosses: [bosses[1]!], defaultBossId: 'robin' });

    const exported = unwrap(await handlers.exportJson(undefined))!;
    const preview = unwrap(await handlers.previewImport(asUpload(exported.path)));
    expect(preview.items.map(({ label, outcome, reason }) => [label, outcome, reason])).toEqual([
      ['Jane Doe · the gala', 'already-there', null],
      ['Jane Doe · the visit', 'already-there', null],
    ]);
    // And importing it changes nothing: no request added, none moved from Robin.
    const report = unwrap(await handlers.importJson(asUpload(exported.path)));
    expect(report.items.map((i) => i.outcome)).toEqual(['already-there', 'already-there']);
    expect(service.requestCount()).toBe(2);
    expect(service.request(open.id).bossName).toBe('Robin Lee');
  });

  it('refuses a file that is not an export, or from a newer version, and changes nothing', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    for (const [content, message] of [
      ['not json', 'it is not JSON'],
      [JSON.stringify({ requests: [] }), 'is not a Follow-Through export'],
      [JSON.stringify({ app: 'follow-through', format: 99, requests: [] }), 'made by a newer version'],
    ] as const) {
      const answer = await handlers.importJson({ fileName: 'x.json', base64: Buffer.from(content).toString('base64') });
      expect(answer).toMatchObject({ ok: false, code: 'refused', error: expect.stringContaining(message) as string });
    }
    expect(service.requestCount()).toBe(0);
  });
});

describe('the CSV of the queue', () => {
  it('has one row per request under the filter, read back by a CSV parser, with formulas made text', async () => {
    const stack = openTestStack(dir, clock);
    seed(stack);
    clock.set(new Date('2026-11-12T10:00:00Z'));
    const saved = unwrap(await stack.handlers.exportCsv({ status: 'open', bossId: null, text: '' }))!;
    expect(saved.rows).toBe(2);
    const raw = readFileSync(saved.path, 'utf8');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parse(raw.slice(1));
    expect(rows[0]).toEqual(QUEUE_CSV_COLUMNS);
    expect(rows.slice(1).map((r) => r.slice(0, 8))).toEqual([
      ['Jane Doe', 'Acme Ltd', 'the venue contract', 'the boss', 'Waiting on boss', '1', '1', '10'],
      ['Zoë, "ZZ" O’Neill', 'Acme Ltd', `'=HYPERLINK("https://evil.example")`, 'the boss', 'Waiting on boss', '0', '1', '10'],
    ]);
    expect(rows[1]![9]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
