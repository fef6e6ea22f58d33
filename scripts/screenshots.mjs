// `npm run screenshots`: builds, runs the UI suite (which writes PNGs to test-results/screenshots/
// and never touches tracked files), then copies those PNGs into docs/screenshots/ for the README.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from './find-chromium.mjs';

const from = path.join('test-results', 'screenshots');
const to = path.join('docs', 'screenshots');
rmSync(from, { recursive: true, force: true });
const env = { ...process.env, FOLLOW_THROUGH_CHROMIUM: findChromium().path };
const run = (args) => spawnSync('npx', args, { stdio: 'inherit', env, shell: process.platform === 'win32' }).status === 0;
if (spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const ok = run(['playwright', 'test', '--project=ui']);
if (!existsSync(from)) {
  console.error('No screenshots were written; nothing copied.');
  process.exit(1);
}
mkdirSync(to, { recursive: true });
const files = readdirSync(from).filter((f) => f.endsWith('.png'));
for (const file of files) copyFileSync(path.join(from, file), path.join(to, file));
console.log(`Copied ${files.length} screenshots to ${to}${ok ? '' : ' (some UI tests failed: check before committing them)'}.`);
process.exit(ok ? 0 : 1);
