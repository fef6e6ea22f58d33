import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { SettableClock } from '../../electron/clock';
import { openTestStack } from '../support/open-test-store';

/** One write the child reported after it returned: request `id` had `version` events, the last stamped `at`. */
interface Ack {
  id: string;
  version: number;
  event: string;
  at: string;
}

export interface CrashFigures {
  kills: number;
  acknowledgedWrites: number;
  /** Acknowledged writes found on disk after the kill that followed them (must equal acknowledgedWrites). */
  survived: number;
  /** Writes that reached the disk but whose acknowledgement the kill cut off: in flight, kept whole. */
  inFlightKept: number;
  requestsAtEnd: number;
  archivedAtEnd: number;
  backupsAtEnd: number;
  leftoverTempFiles: number;
  problems: string[];
  ms: number;
}

const WRITER_BUNDLE = path.join('test-results', 'crash', 'writer.mjs');

/** The child program, bundled as the app's main process is; packages stay in node_modules. */
export async function bundleWriter(): Promise<string> {
  mkdirSync(path.dirname(WRITER_BUNDLE), { recursive: true });
  await build({
    entryPoints: ['tests/crash/writer.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: WRITER_BUNDLE,
    logLevel: 'error',
  });
  return path.resolve(WRITER_BUNDLE);
}

/** Runs the writer until `killAfterMs` after it is ready, then SIGKILLs it; answers every acknowledged write. */
function runAndKill(writer: string, folder: string, startIso: string, seed: number, killAfterMs: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, folder, startIso, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!timer && out.includes('"ready":true')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`The writer stopped by itself (code ${code}): ${err}`));
      // Only whole lines: a line cut off by the kill is not counted as acknowledged.
      const lines = out.split('\n').slice(0, -1);
      resolve(lines.map((l) => JSON.parse(l) as Ack | { ready: true }).filter((l): l is Ack => 'id' in l));
    });
  });
}

/**
 * `kills` times: start the writer on the same folder, kill it mid-write, open the folder as the
 * app does, and check that it opened cleanly and every write acknowledged so far is there.
 */
export async function crashCycles(folder: string, kills: number, seed = 20261122): Promise<CrashFigures> {
  const started = performance.now();
  const writer = await bundleWriter();
  const acked = new Map<string, Ack>();
  const figures: CrashFigures = {
    kills: 0,
    acknowledgedWrites: 0,
    survived: 0,
    inFlightKept: 0,
    requestsAtEnd: 0,
    archivedAtEnd: 0,
    backupsAtEnd: 0,
    leftoverTempFiles: 0,
    problems: [],
    ms: 0,
  };
  let clockAt = new Date('2026-11-02T08:00:00.000Z');
  let random = seed;
  const next = () => ((random = (random * 1103515245 + 12345) % 2 ** 31), random / 2 ** 31);

  for (let kill = 1; kill <= kills; kill++) {
    // From a few milliseconds (mid-start-up: the start backup, the first writes) to a quarter second.
    const acks = await runAndKill(writer, folder, clockAt.toISOString(), Math.floor(next() * 1e9), Math.floor(next() * 250));
    figures.kills++;
    figures.acknowledgedWrites += acks.length;
    for (const a of acks) acked.set(a.id, a);
    if (acks.length) clockAt = new Date(Date.parse(acks[acks.length - 1]!.at) + 60 * 60_000);

    const clock = new SettableClock(clockAt);
    const { data, store } = openTestStack(folder, clock);
    if (data.notices.length) figures.problems.push(`kill ${kill}: opened with notices: ${data.notices.join(' | ')}`);
    if (data.attention.list().length) figures.problems.push(`kill ${kill}: records set aside`);
    const active = new Map(store.activeDocuments().map((d) => [d.id, d]));
    for (const a of acks) {
      const doc = active.get(a.id) ?? store.archivedDocument(a.id);
      const event = doc?.events[a.version - 1];
      if (!doc || !event || event.at !== a.at) {
        figures.problems.push(`kill ${kill}: the ${a.event} write on ${a.id} (event ${a.version} at ${a.at}) is missing`);
        continue;
      }
      figures.survived++;
    }
    // Every request acknowledged in any earlier run is still there, at least as far as acknowledged.
    for (const a of acked.values()) {
      const doc = active.get(a.id) ?? store.archivedDocument(a.id);
      if (!doc || doc.events.length < a.version) figures.problems.push(`kill ${kill}: ${a.id} lost events acknowledged earlier`);
      else if (doc.events.length > a.version && a === acks.findLast((x) => x.id === a.id)) figures.inFlightKept++;
    }
    clockAt = new Date(clock.now().getTime() + 60 * 60_000);
  }

  const { store, data } = openTestStack(folder, new SettableClock(clockAt));
  figures.requestsAtEnd = store.activeDocuments().length + store.archivedCount();
  figures.archivedAtEnd = store.archivedCount();
  figures.backupsAtEnd = data.backups.list().length;
  figures.leftoverTempFiles = existsSync(folder) ? readdirSync(folder).filter((f) => /\.tmp|partial/.test(f)).length : 0;
  figures.ms = Math.round(performance.now() - started);
  return figures;
}
