import { buildSync } from 'esbuild';
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
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    logLevel: 'warning',
  });
  process.once('exit', () => rmSync(outfile, { force: true }));
  built = outfile;
  return outfile;
}
