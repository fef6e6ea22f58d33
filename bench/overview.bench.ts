// npm run bench: how the main-process work behind every screen grows with the number of
// requests. Prints figures and ratios; it never fails on a slow machine.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { SettableClock } from '../electron/clock';
import { FollowThroughService } from '../electron/service';
import { RequestStore } from '../electron/store/request-store';
import { confOptionsFor, type StoreData } from '../electron/store/store-schema';
import type { RequestEvent } from '../shared/domain/events';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);
const REPEATS = 5;

/**
 * Writes N requests' events straight into the store file in one go (appending them one by one
 * through the service would rewrite the whole file each time: that cost is measured below).
 */
function seed(dir: string, count: number): RequestStore {
  const file = new Conf<StoreData>(confOptionsFor(dir));
  const start = new Date('2026-09-01T09:00:00Z').getTime();
  const requests: StoreData['requests'] = {};
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const at = (minutes: number) => new Date(start + i * 60_000 + minutes * 60_000).toISOString();
    const events: RequestEvent[] = [
      {
        type: 'logged',
        at: at(0),
        request: {
          client: { name: `Client ${i}`, company: 'Acme', email: `c${i % 400}@clients.example`, phone: '' },
          contact: { channel: 'email', at: at(-1) },
          topic: `request number ${i}`,
          details: 'Some details about what the client asked for.',
          bossId: 'boss-1',
          deadline: null,
        },
      },
      { type: 'client-message-sent', at: at(1), kind: 'acknowledgement', subject: 'Thanks' },
    ];
    if (i % 3 !== 0) events.push({ type: 'asked', at: at(2), note: '' });
    if (i % 5 === 0) events.push({ type: 'client-message-sent', at: at(3), kind: 'update', subject: 'Update' });
    requests[id] = { id, events };
  }
  file.set('requests', requests);
  return new RequestStore(file);
}

function time(run: () => void): number {
  const samples: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[Math.floor(REPEATS / 2)]!;
}

const rows: { n: number; loadMs: number; overviewMs: number; requestMs: number; askMs: number; heapMb: number; fileKb: number }[] = [];
for (const n of SIZES) {
  const dir = mkdtempSync(path.join(tmpdir(), 'follow-through-bench-'));
  const clock = new SettableClock(new Date('2026-11-02T09:00:00Z'));
  const store = seed(dir, n);
  clock.set(new Date('2026-11-20T09:00:00Z'));
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let service!: FollowThroughService;
  const loadMs = time(() => {
    service = new FollowThroughService({ store: new RequestStore(new Conf<StoreData>(confOptionsFor(dir))), clock, newId: randomUUID });
  });
  // One screen refresh: Today, the open queue and the sidebar counts, as the renderer asks for them.
  const overviewMs = time(() => {
    service.todayView();
    service.listRequests({ status: 'open', bossId: null, text: '' });
    service.counts();
  });
  const someId = service.listRequests({ status: 'open', bossId: null, text: '' }).requests[0]!.id;
  const requestMs = time(() => service.request(someId));
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  // One click on "Ask boss": validate, append, write the store file, answer the new view.
  const askMs =
    time(() => {
      service.askBoss(someId, service.request(someId).version, '');
      service.undoAsk(someId, service.request(someId).version);
    }) / 2;
  const fileKb = statSync(store.path).size / 1024;
  rows.push({ n, loadMs, overviewMs, requestMs, askMs, heapMb, fileKb });
  rmSync(dir, { recursive: true, force: true });
}

console.log(`Median of ${REPEATS} runs. Store file, start-up (read and check every request), the overview`);
console.log('(queue + Today + chases beaten, i.e. every screen refresh) and one request page.\n');
console.log('requests | file KB | start-up ms | overview ms | request ms | one ask ms | heap MB');
for (const r of rows) {
  console.log(
    `${String(r.n).padStart(8)} | ${r.fileKb.toFixed(0).padStart(7)} | ${r.loadMs.toFixed(1).padStart(11)} | ${r.overviewMs.toFixed(1).padStart(11)} | ${r.requestMs.toFixed(1).padStart(10)} | ${r.askMs.toFixed(1).padStart(10)} | ${r.heapMb.toFixed(1).padStart(7)}`,
  );
}
const [small, , large] = rows;
if (small && large) {
  const sizeRatio = large.n / small.n;
  console.log(
    `\n${large.n} vs ${small.n} requests (${sizeRatio}x): overview ${(large.overviewMs / small.overviewMs).toFixed(1)}x, request page ${(large.requestMs / small.requestMs).toFixed(1)}x, one ask ${(large.askMs / small.askMs).toFixed(1)}x, start-up ${(large.loadMs / small.loadMs).toFixed(1)}x. Linear growth would be ${sizeRatio}x.`,
  );
}
