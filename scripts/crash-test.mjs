// `npm run crash-test`: the crash test of `npm test` at 200 SIGKILLs (CRASH_KILLS to change it).
// Prints the figures that docs/DATA.md quotes; they are also in test-results/crash/figures.json.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const kills = process.env.CRASH_KILLS ?? '200';
const result = spawnSync('npx', ['vitest', 'run', 'tests/integration/crash-safety.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, CRASH_KILLS: kills },
  shell: process.platform === 'win32',
});
try {
  const f = JSON.parse(readFileSync('test-results/crash/figures.json', 'utf8'));
  console.log(
    `\n${f.kills} kills in ${(f.ms / 1000).toFixed(1)} s: ${f.acknowledgedWrites} acknowledged writes, ${f.survived} found after the kill ` +
      `that followed them, ${f.inFlightKept} in-flight writes kept whole, ${f.problems.length} problems; ` +
      `${f.requestsAtEnd} requests at the end (${f.archivedAtEnd} archived), ${f.backupsAtEnd} backups kept, ${f.leftoverTempFiles} temporary files left.`,
  );
} catch {
  console.error('No figures were written.');
}
process.exit(result.status ?? 1);
