import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * Runs the bundled main process (out/main/main.js) in Node on the recording stand-in for
 * `electron`, with `home` as its home (the user-data folder is `home/userData`), through
 * tests/wiring/drive.mjs, and answers the JSON report it prints.
 */
export function driveMain<Report>(home: string, env: Record<string, string> = {}, args: string[] = []): Report {
  const run = spawnSync(process.execPath, ['--import', './tests/wiring/register.mjs', 'tests/wiring/drive.mjs', ...args], {
    env: { ...process.env, STAND_IN_HOME: home, XDG_CONFIG_HOME: path.join(home, 'config'), ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !line.startsWith('{')) throw new Error(`The main process did not start on the stand-in:\n${run.stderr}`);
  return JSON.parse(line) as Report;
}
