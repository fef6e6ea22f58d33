import { buildSync } from 'esbuild';
import { parseWorkerOptions } from '../../scripts/parse-worker-options.mjs';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

let built: string | null = null;

/**
 * The parse worker, bundled from electron/untrusted/parse-worker.ts with the options
 * scripts/build.mjs uses for out/main/parse-worker.cjs, once per test process and fresh from
 * the source, so a test never runs a stale build.
 */
export function parseWorkerPath(): string {
  if (built) return built;
  const outfile = path.join(tmpdir(), `follow-through-parse-worker-${process.pid}.cjs`);
  buildSync({
    entryPoints: [path.resolve('electron/untrusted/parse-worker.ts')],
    ...parseWorkerOptions,
    outfile,
    target: 'node20',
    logLevel: 'warning',
  });
  process.once('exit', () => rmSync(outfile, { force: true }));
  built = outfile;
  return outfile;
}
