// npm run bench: the cost of everyday work at 1k, 10k and 50k requests, on the real code paths.
// Prints a table and writes bench/results.json. It never fails on a slow machine: it measures.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { SettableClock } from '../electron/clock';
import { openAppStack, type AppStack } from '../electron/app-stack';
import { findChromium } from '../scripts/find-chromium.mjs';
import { APP_URL, bindWindow } from '../tests/support/bind-window';
import { confFiles, TestSystem } from '../tests/support/open-test-store';
import { parseWorkerPath } from '../tests/support/parse-worker';
import { buildExport } from '../shared/files/export-file';
import { writeFileAtomic } from '../electron/store/atomic-write';
import { seedFolder } from './seed';
import { asFile, loopingMsg, nestedMime } from '../tests/support/hostile-emails';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const NOW = new Date('2026-11-10T10:00:00Z');
const results: Record<string, number> = {};
const rows: string[][] = [];
const archivedRows: string[][] = [];

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
function measure(times: number, run: (i: number) => void): { p50: number; p95: number } {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run(i);
    samples.push(performance.now() - t0);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}
const round = (n: number) => Math.round(n * 100) / 100;

function open(dir: string): AppStack {
  const clock = new SettableClock(NOW);
  return openAppStack({
    folder: dir,
    openFile: confFiles(dir),
    clock,
    system: new TestSystem(path.join(dir, 'exports')),
    newId: () => crypto.randomUUID(),
    parseWorker: parseWorkerPath,
  });
}

/** One ask persisted, p50/p95, each on a different waiting request that the ask will not park. */
function askPersisted(stack: AppStack, samples: number) {
  const askable = stack.service
    .listRequests({ status: 'waiting', bossId: null, text: '', offset: 0, limit: 200 })
    .requests.filter((r) => r.strikes < r.strikeLimit - 1)
    .map((r) => r.id);
  return measure(Math.min(samples, askable.length), (i) => {
    const id = askable[i]!;
    stack.service.askBoss(id, stack.service.request(id).version, '');
  });
}

/**
 * The floor for one persisted ask: the same open data serialised with JSON.stringify and written
 * atomically with plain fs (temp file, fsync, rename: the app's own writeFileAtomic, no conf).
 */
function floorWrite(dir: string, data: unknown) {
  writeFileAtomic(path.join(dir, 'floor.json'), JSON.stringify(data));
}

async function main() {
  const root = mkdtempSync(path.join(tmpdir(), 'follow-through-bench-'));
  try {
    for (const size of SIZES) {
      const dir = path.join(root, String(size));
      const t0 = performance.now();
      const seeded = seedFolder(dir, size, NOW);
      const seedMs = performance.now() - t0;

      // Start-up: open and check the files, build the service, produce the first overview.
      const load = measure(9, () => {
        const stack = open(dir);
        stack.service.todayView();
        stack.service.counts();
      });
      const stack = open(dir);
      const cold = measure(1, () => stack.service.todayView());
      const today = measure(50, () => stack.service.todayView());
      const counts = measure(50, () => stack.service.counts());
      const queue = measure(20, () => stack.service.listRequests({ status: 'open', bossId: null, text: '', offset: 0, limit: 100 }));

      // One ask, persisted, on a different open request each time, against the floor.
      const samples = 30;
      const ask = askPersisted(stack, samples);
      const mainFile = path.join(dir, 'follow-through.json');
      const activeData: unknown = JSON.parse(readFileSync(mainFile, 'utf8'));
      const floor = measure(samples, () => floorWrite(dir, activeData));
      const archiveBytes = readdirSync(dir)
        .filter((f) => f.startsWith('follow-through-archive'))
        .reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);

      rows.push([
        String(size),
        `${seeded.active}/${seeded.archived}`,
        `${round(seedMs / 1000)} s`,
        `${round(load.p50)} / ${round(load.p95)}`,
        `${round(cold.p50)}`,
        `${round(today.p50)} / ${round(today.p95)}`,
        `${round(counts.p50)}`,
        `${round(queue.p50)}`,
        `${round(ask.p50)} / ${round(ask.p95)}`,
        `${round(floor.p50)}`,
        `${round(ask.p50 / floor.p50)}`,
        `${Math.round(statSync(mainFile).size / 1024)} / ${Math.round(archiveBytes / 1024)}`,
      ]);
      const k = size >= 1000 ? `${size / 1000}k` : String(size);
      results[`loadMs${k}`] = round(load.p50);
      results[`todayMs${k}`] = round(today.p50);
      results[`todayFirstViewKb${k}`] = round(JSON.stringify(stack.service.todayView()).length / 1024);
      results[`askPersistMs${k}`] = round(ask.p50);
      results[`askPersistRatioToFloor${k}`] = round(ask.p50 / floor.p50);
      results[`storeFileKb${k}`] = Math.round(statSync(mainFile).size / 1024);
      results[`archiveFilesKb${k}`] = Math.round(archiveBytes / 1024);
    }
    // The same ask with the open work fixed (1,000 open requests) and 1k versus 50k archived:
    // what years of history add to everyday work. Target: at most 1.3 times.
    if (process.env.BENCH_SKIP_ARCHIVED !== '1') {
      const withArchived = (archived: number) => {
        const dir = path.join(root, `archived-${archived}`);
        seedFolder(dir, 1_000 + archived, NOW, undefined, 1_000);
        const load = measure(9, () => {
          const stack = open(dir);
          stack.service.todayView();
          stack.service.counts();
        });
        return { load, ask: askPersisted(open(dir), 30) };
      };
      const few = withArchived(1_000);
      const many = withArchived(50_000);
      for (const [label, m] of [
        ['1,000 / 1,000', few],
        ['1,000 / 50,000', many],
      ] as const)
        archivedRows.push([label, `${round(m.ask.p50)} / ${round(m.ask.p95)}`, `${round(m.load.p50)} / ${round(m.load.p95)}`]);
      results.askArchived50kVs1kRatio = round(many.ask.p50 / few.ask.p50);
      results.loadArchived50kVs1kRatio = round(many.load.p50 / few.load.p50);
    }

    if (process.env.BENCH_SKIP_IMPORT !== '1') Object.assign(results, await importFigures(path.join(root, 'import')));

    Object.assign(results, await hostileEmailFigures(path.join(root, 'hostile')));

    if (SIZES.includes(10_000) && process.env.BENCH_SKIP_UI !== '1')
      Object.assign(results, await rendererFigures(path.join(root, 'ui'), 10_000));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }

  console.log('\nMain process (ms; p50 / p95 where two figures)');
  const header = [
    'requests',
    'open/archived',
    'seed',
    'load+overview',
    'today cold',
    'today',
    'counts',
    'queue page',
    'ask persisted',
    'floor',
    'ask/floor',
    'main/archive KB',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const line of [header, ...rows]) console.log(line.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  if (archivedRows.length) {
    console.log('\nThe open work fixed, the history grown (ms, p50 / p95)');
    for (const [label, ask, load] of [['open / archived', 'ask persisted', 'load+overview'], ...archivedRows])
      console.log(`${label!.padEnd(16)}  ${ask!.padEnd(15)}  ${load}`);
  }
  console.log('\nKeys (bench/results.json):');
  for (const [key, value] of Object.entries(results)) console.log(`  ${key}: ${value}`);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results }, null, 2)}\n`);
}

/**
 * Runs `work` with a 5 ms timer on main: answers how long it took and the longest stretch main
 * could not answer anything meanwhile (the window's calls wait that long at most).
 */
async function whileMainWatched<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; longest: number }> {
  let last = performance.now();
  let longest = 0;
  const probe = setInterval(() => {
    const t = performance.now();
    longest = Math.max(longest, t - last);
    last = t;
  }, 5);
  const t0 = performance.now();
  try {
    const value = await work();
    return { value, ms: performance.now() - t0, longest };
  } finally {
    clearInterval(probe);
  }
}

/**
 * An export of 10,000 requests imported through the handler (parsed and checked in the worker,
 * written once), into an empty store and into one of 1,000. While it runs, a 5 ms timer on
 * main measures the longest stretch main could not answer anything (the window's calls wait
 * that long at most; the window itself is another process and keeps drawing).
 */
async function importFigures(root: string): Promise<Record<string, number>> {
  const source = path.join(root, 'source');
  seedFolder(source, 10_000, NOW);
  const docs = open(source).service.allDocuments();
  const file = { fileName: 'export.json', base64: Buffer.from(JSON.stringify(buildExport(docs, NOW))).toString('base64') };
  const figures: Record<string, number> = {};
  console.log(`\nImport of ${docs.length.toLocaleString('en-GB')} requests (${Math.round(file.base64.length / 1024 / 1024)} MB as base64)`);
  for (const [label, existing] of [
    ['into an empty store', 0],
    ['into a store of 1,000', 1_000],
  ] as const) {
    const dir = path.join(root, `into-${existing}`);
    if (existing) seedFolder(dir, existing, NOW);
    const stack = open(dir);
    const { value: answer, ms, longest } = await whileMainWatched(() => stack.handlers.importJson(file));
    if (!answer.ok) throw new Error(answer.error);
    const added = answer.value.items.filter((i) => i.outcome === 'add').length;
    console.log(`  ${label.padEnd(22)} ${round(ms)} ms, ${added} added; main busy at most ${round(longest)} ms at a stretch`);
    const key = existing ? 'Into1k' : '';
    figures[`importMs10k${key}`] = round(ms);
    figures[`importMainBlockedMaxMs10k${key}`] = round(longest);
  }
  return figures;
}

/**
 * How long a hostile email takes to be refused (the tests check only the refusal's words, since a
 * loaded machine moves the time), and the longest stretch main could not answer meanwhile.
 */
async function hostileEmailFigures(dir: string): Promise<Record<string, number>> {
  mkdirSync(dir, { recursive: true });
  const stack = open(dir);
  const figures: Record<string, number> = {};
  console.log('\nHostile emails, refused in the parse worker');
  for (const [label, key, source] of [
    ['a .msg whose sector chain loops', 'LoopingMsg', () => asFile('loop.msg', loopingMsg())],
    ['5,000 levels of nested parts', 'NestedParts', () => asFile('nested.eml', nestedMime(5000))],
  ] as const) {
    const { value: answer, ms, longest } = await whileMainWatched(() => stack.handlers.readEmail(source()));
    if (answer.ok) throw new Error(`${label} was read`);
    console.log(`  ${label.padEnd(32)} refused in ${round(ms)} ms; main busy at most ${round(longest)} ms at a stretch`);
    figures[`hostileEmailRefusedMs${key}`] = round(ms);
    figures[`hostileEmailMainBlockedMaxMs${key}`] = round(longest);
  }
  return figures;
}

/** The queue in real Chromium at 10k requests: first row, scrolling to the end, heap. */
async function rendererFigures(dir: string, size: number): Promise<Record<string, number>> {
  seedFolder(dir, size, NOW);
  const stack = open(dir);
  const browser = await chromium.launch({ executablePath: findChromium().path, args: ['--enable-precise-memory-info'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await bindWindow(page, (method, args) => stack.handlers[method](args));
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const firstRow = page.getByRole('table', { name: 'Requests' }).getByRole('row').nth(1).getByRole('link');
    const paints: number[] = [];
    for (let i = 0; i < 9; i++) {
      await page.goto('about:blank');
      const t0 = performance.now();
      await page.goto(`${APP_URL}#/requests`);
      await firstRow.waitFor();
      paints.push(performance.now() - t0);
    }
    // Today at 10k: a busy day, a page of each section at first.
    const firstTodayRow = page.locator('li.today-row').first();
    const todayPaints: number[] = [];
    for (let i = 0; i < 9; i++) {
      await page.goto('about:blank');
      const t0 = performance.now();
      await page.goto(`${APP_URL}#/today`);
      await firstTodayRow.waitFor();
      todayPaints.push(performance.now() - t0);
    }
    await page.goto(`${APP_URL}#/requests`);
    await firstRow.waitFor();
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
    // Scroll to the end as a user would with the wheel, a screenful at a time.
    for (let i = 0; i < 400; i++) {
      const atEnd = await page.evaluate(() => {
        window.scrollBy(0, window.innerHeight * 0.9);
        return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      });
      await page.waitForTimeout(16);
      if (atEnd) break;
    }
    await page.waitForTimeout(300);
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.filter((d) => d > 50).length);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return {
      queueFirstPaintMs10k: round(percentile(paints, 50)),
      todayFirstPaintMs10k: round(percentile(todayPaints, 50)),
      longTasksOver50msWhileScrolling10k: longTasks,
      rendererHeapMb10k: round(usedSize / 1024 / 1024),
    };
  } finally {
    await browser.close();
  }
}

await main();
