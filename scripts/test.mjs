// `npm test`: typecheck, lint, format check, build, unit and integration tests (Vitest), then the UI in
// real Chromium and the real Electron app where a binary exists (Playwright). Ends with one
// line totalling every test: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const REPORTS = 'test-reports';
rmSync(REPORTS, { recursive: true, force: true });

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  return result.status === 0;
}

function fail(message) {
  console.error(`\n${message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (!run('Typecheck', 'npx', ['tsc', '-p', 'tsconfig.json'])) fail('Typecheck failed.');
if (!run('Typecheck shared/ without DOM or Node', 'npx', ['tsc', '-p', 'tsconfig.shared.json'])) fail('shared/ uses a DOM or Node API.');
if (!run('Lint', 'npx', ['eslint', '.'])) fail('Lint failed.');
if (!run('Format (Prettier)', 'npx', ['prettier', '--check', '.'])) fail('Some files are not formatted: run `npm run format`.');
if (!run('Build', 'node', ['scripts/build.mjs'])) fail('Build failed.');

const unitOk = run('Unit and integration tests (Vitest)', 'npx', ['vitest', 'run']);

let chromium;
try {
  chromium = findChromium();
} catch (error) {
  fail(error.message);
}
console.log(`\nUI tests use Chromium from ${chromium.source}: ${chromium.path}`);
const e2eOk = run('UI and Electron tests (Playwright)', 'npx', ['playwright', 'test'], {
  FOLLOW_THROUGH_CHROMIUM: chromium.path,
});

const totals = { passed: 0, failed: 0, skipped: 0 };
const vitest = readJson(`${REPORTS}/vitest.json`);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
}
const playwright = readJson(`${REPORTS}/playwright.json`);
if (playwright) {
  totals.passed += playwright.stats.expected + playwright.stats.flaky;
  totals.failed += playwright.stats.unexpected;
  totals.skipped += playwright.stats.skipped;
}
// A runner that died before writing its report counts as one failure, never as zero tests.
if (!vitest) totals.failed += 1;
if (!playwright) totals.failed += 1;

console.log(`\nVitest: ${vitest ? `${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed` : 'no report'}`);
console.log(
  `Playwright: ${playwright ? `${playwright.stats.expected} passed, ${playwright.stats.unexpected} failed, ${playwright.stats.skipped} skipped` : 'no report'}`,
);
const electronSkipped = playwright?.suites
  ?.flatMap(function flatten(suite) {
    return [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(flatten)];
  })
  .flatMap((spec) => spec.tests)
  .some((t) => t.projectName === 'electron' && t.status === 'skipped');
console.log(`Electron app suite: ${electronSkipped ? 'skipped: no Electron binary' : 'ran'}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(unitOk && e2eOk && totals.failed === 0 ? 0 : 1);

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}
