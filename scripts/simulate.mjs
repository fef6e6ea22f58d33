// `npm run simulate`: bundles the simulation with esbuild (it imports the TypeScript sources,
// as the benchmark does) and runs it with the arguments given after `--`.
import { spawnSync } from 'node:child_process';
import { bundleForNode } from './bundle-for-node.mjs';

await bundleForNode('sim/main.ts', 'out/sim/main.mjs');
const result = spawnSync(process.execPath, ['out/sim/main.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TZ: 'Europe/London' },
});
process.exit(result.status ?? 1);
