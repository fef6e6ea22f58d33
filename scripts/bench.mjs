// `npm run bench`: builds the renderer (the queue is measured in Chromium), bundles the
// benchmark with esbuild (it imports the TypeScript sources) and runs it. BENCH_SIZES=1000
// runs a quick smoke; BENCH_SKIP_UI=1 leaves Chromium out.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

if (spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);
await build({
  entryPoints: ['bench/run.ts'],
  outfile: 'out/bench/run.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['--expose-gc', 'out/bench/run.mjs'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
