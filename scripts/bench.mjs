// Bundles the benchmark with esbuild (it imports the TypeScript sources) and runs it.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

await build({
  entryPoints: ['bench/overview.bench.ts'],
  outfile: 'out/bench/overview.bench.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['--expose-gc', 'out/bench/overview.bench.mjs'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
