// `npm run simulate`: bundles the simulation with esbuild (it imports the TypeScript sources,
// as the benchmark does) and runs it with the arguments given after `--`.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

await build({
  entryPoints: ['sim/main.ts'],
  outfile: 'out/sim/main.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['out/sim/main.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TZ: 'Europe/London' },
});
process.exit(result.status ?? 1);
