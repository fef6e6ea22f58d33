// Starts the bundled main process (out/main/main.js) on the stand-in, lets Electron's "ready"
// happen, then plays the attacks and checks the wiring test asks about, and prints one JSON
// report. The assertions are in main-wiring.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const electron = require('electron');
const recorded = electron.__recorded;

await import(pathToFileURL(path.resolve('out/main/main.js')).href);
electron.__markReady();
await new Promise((resolve) => setTimeout(resolve, 200));

const report = {
  schemes: recorded.schemes,
  channels: Object.keys(recorded.ipcHandlers).sort(),
  windows: recorded.windows.map((w) => ({ options: w.options, loaded: w.loaded })),
  switches: recorded.switches,
  userData: recorded.paths.userData ?? null,
};

const invoke = (channel, url, args) => recorded.ipcHandlers[channel]({ senderFrame: url === null ? null : { url } }, args);
report.calls = {
  trusted: await invoke('ft:settings:get', 'app://follow-through/index.html', undefined),
  untrusted: await invoke('ft:settings:get', 'https://evil.example/', undefined),
  noFrame: await invoke('ft:settings:get', null, undefined),
  lookalike: await invoke('ft:settings:get', 'app://follow-through.evil.example/index.html', undefined),
};
const trustedUrl = 'app://follow-through/index.html';
const settings = (await invoke('ft:settings:get', trustedUrl, undefined)).value.settings;
report.themeSaved = (await invoke('ft:settings:save', trustedUrl, { ...settings, theme: 'dark' })).ok;
report.themes = recorded.themes;
report.asOf = (await invoke('ft:counts:get', 'app://follow-through/index.html', undefined)).value?.asOf ?? null;
report.settableClock = 'followThroughClock' in globalThis;

const contents = recorded.windows[0]?.webContents;
const navigate = (url) => {
  let prevented = false;
  contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
  return prevented;
};
report.navigation = Object.fromEntries(
  [
    'https://evil.example/',
    'file:///etc/passwd',
    'app://follow-through/index.html#/today',
    'javascript:alert(1)',
    'app://other/index.html',
  ].map((url) => [url, navigate(url) ? 'prevented' : 'allowed']),
);
report.windowOpen = Object.fromEntries(
  ['https://evil.example/', 'mailto:jane@acme.example', 'file:///etc/passwd', 'app://follow-through/index.html'].map((url) => [
    url,
    contents.windowOpenHandler({ url }).action,
  ]),
);
let webviewPrevented = false;
contents.emit('will-attach-webview', { preventDefault: () => (webviewPrevented = true) }, {}, {});
report.webviewPrevented = webviewPrevented;
report.permission = await new Promise((resolve) => contents.session.permissionRequestHandler(contents, 'media', resolve));
report.permissionCheck = contents.session.permissionCheckHandler(contents, 'geolocation');
report.mailOpened = await invoke('ft:mail:open', 'app://follow-through/index.html', {
  to: 'jane@acme.example',
  toName: 'Jane Doe',
  subject: 'The venue contract',
  body: 'Dear Jane,',
});
report.openedExternally = recorded.opened;

const serve = async (url) => {
  const response = await recorded.protocolHandlers.app(new Request(url));
  return { status: response.status, csp: response.headers.get('content-security-policy') };
};
report.protocol = {};
for (const url of [
  'app://follow-through/index.html',
  'app://follow-through/../package.json',
  'app://follow-through/%2e%2e/package.json',
  'app://follow-through/%2E%2E%2Fpackage.json',
  'app://follow-through/..%5c..%5cpackage.json',
  'app://follow-through//etc/passwd',
  'app://follow-through/%2Fetc%2Fpasswd',
  'app://follow-through/index.html%00.js',
  'app://other-host/index.html',
]) {
  report.protocol[url] = await serve(url);
}
await new Promise((resolve) => setTimeout(resolve, 100));
const logFile = path.join(electron.app.getPath('userData'), 'logs', 'main.log');
report.log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exit(0);
