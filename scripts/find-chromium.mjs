// Finds a Chromium for the UI tests, in this order: the CHROMIUM_PATH variable, the system's
// Chromium or Chrome, Playwright's own browser (installing it with `npx playwright install
// chromium` where that is possible). Returns { path, source } or throws a message that says
// how to get one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function systemCandidates() {
  const onPath = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((dir) => SYSTEM_NAMES.map((name) => path.join(dir, process.platform === 'win32' ? `${name}.exe` : name)));
  const fixed =
    process.platform === 'darwin'
      ? ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium']
      : process.platform === 'win32'
        ? [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA]
            .filter(Boolean)
            .map((root) => path.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'))
        : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];
  return [...onPath, ...fixed];
}

function playwrightChromium() {
  const { chromium } = createRequire(import.meta.url)('playwright-core');
  const file = chromium.executablePath();
  return file && existsSync(file) ? file : null;
}

export function findChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  const system = systemCandidates().find((file) => existsSync(file));
  if (system) return { path: system, source: 'system browser' };
  const own = playwrightChromium();
  if (own) return { path: own, source: "Playwright's Chromium" };
  if (install) {
    console.log('No Chromium found; trying `npx playwright install chromium` ...');
    const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', shell: process.platform === 'win32' });
    const installed = result.status === 0 ? playwrightChromium() : null;
    if (installed) return { path: installed, source: "Playwright's Chromium (just installed)" };
  }
  throw new Error(
    [
      'No Chromium or Chrome was found for the UI tests. Any one of these fixes it:',
      '  - install Chrome or Chromium (Debian/Ubuntu: sudo apt-get install chromium),',
      '  - run `npx playwright install chromium`,',
      '  - or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    ].join('\n'),
  );
}
