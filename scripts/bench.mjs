// `npm run bench`: builds the renderer (the queue is measured in Chromium), bundles the
// benchmark with esbuild (it imports the TypeScript sources) and runs it. BENCH_SIZES=1000
// runs a quick smoke; BENCH_SKIP_UI=1 leaves Chromium out.
import { spawnSync } from 'node:child_process';
import { bundleForNode } from './bundle-for-node.mjs';

if (spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);
await bundleForNode('bench/run.ts', 'out/bench/run.mjs');
const result = spawnSync(process.execPath, ['--expose-gc', 'out/bench/run.mjs'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
