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
  'app://follow-through/%',
  'app://follow-through/%E0%A4%A.js',
]) {
  report.protocol[url] = await serve(url);
}
// The desktop: the window shown and its page loaded, the application menu, the tray, the login item.
const window = recorded.windows[0];
window.emit('ready-to-show');
window.webContents.emit('did-finish-load');
await new Promise((resolve) => setTimeout(resolve, 100));
report.windowCalls = [...window.calls];
const describeMenu = (items) =>
  items.map((item) => ({
    ...(item.id ? { id: item.id } : {}),
    ...(item.label ? { label: item.label } : {}),
    ...(item.role ? { role: item.role } : {}),
    ...(item.type ? { type: item.type } : {}),
    ...(item.accelerator ? { accelerator: item.accelerator } : {}),
    ...(item.enabled === false ? { enabled: false } : {}),
    ...(Array.isArray(item.submenu) ? { submenu: describeMenu(item.submenu) } : {}),
  }));
report.menu = recorded.applicationMenu ? describeMenu(recorded.applicationMenu.template) : null;
const sentOn = (channel) => window.webContents.sent.filter(([c]) => c === channel).map(([, payload]) => payload);
// Every menu item with a click of its own, clicked once: what reached the window.
const clickAll = (items) => {
  for (const item of items) {
    if (Array.isArray(item.submenu)) clickAll(item.submenu);
    else if (typeof item.click === 'function' && item.id !== 'open-email') item.click();
  }
};
const before = sentOn('ft:event:command').length;
clickAll(recorded.applicationMenu?.template ?? []);
report.menuCommands = sentOn('ft:event:command').slice(before);
report.openedPaths = recorded.openedPaths;

const tray = recorded.trays[0];
const trayView = () =>
  tray && {
    image: path.basename(tray.image.file),
    template: tray.image.template,
    title: tray.title,
    toolTip: tray.toolTip,
    menu: describeMenu(tray.menu?.template ?? []),
  };
report.trayAtStart = trayView();
await invoke('ft:request:log', trustedUrl, {
  client: { name: 'Jane Doe', company: 'Acme Ltd', email: 'jane@acme.example', phone: '' },
  contact: { channel: 'email', at: new Date(Date.now() - 3 * 3600_000).toISOString() },
  topic: 'the venue contract',
  details: '',
  bossId: settings.defaultBossId,
  deadline: null,
});
globalThis.followThroughScheduler.tick();
report.trayWithDue = trayView();
report.windowTitle = window.title;
const beforeTray = sentOn('ft:event:command').length;
for (const item of tray?.menu?.template ?? []) if (item.id === 'open-today' || item.id === 'new-request') item.click();
tray?.emit('click');
report.trayCommands = sentOn('ft:event:command').slice(beforeTray);

report.emailsOpened = sentOn('ft:event:email-opened').map((source) => ({
  fileName: source.fileName,
  bytes: Buffer.from(source.base64, 'base64').length,
}));
report.messageBoxes = recorded.messageBoxes.map((box) => box.detail);

report.login = { before: (await invoke('ft:login:get', trustedUrl, undefined)).value };
report.login.on = (await invoke('ft:login:set', trustedUrl, { enabled: true })).value;
const autostart = path.join(process.env.XDG_CONFIG_HOME ?? '', 'autostart', 'follow-through.desktop');
report.login.autostart = existsSync(autostart) ? readFileSync(autostart, 'utf8') : null;
report.login.off = (await invoke('ft:login:set', trustedUrl, { enabled: false })).value;
report.login.autostartAfterOff = existsSync(autostart);
report.login.refused = await invoke('ft:login:set', trustedUrl, { enabled: 'yes' });

// The user leaves the window somewhere (STAND_IN_LEAVE_WINDOW) and closes it.
if (process.env.STAND_IN_LEAVE_WINDOW) {
  const { bounds, maximized } = JSON.parse(process.env.STAND_IN_LEAVE_WINDOW);
  window.bounds = bounds;
  window.maximized = maximized;
  window.emit('close', { preventDefault: () => {} });
}
// What the window would show of the data files, and whether lists and a close still work
// (STAND_IN_DATA_CHECKS: the damaged-file tests).
report.errorBox = recorded.errorBox ?? null;
if (process.env.STAND_IN_DATA_CHECKS) {
  const list = async (status) =>
    (await invoke('ft:requests:list', trustedUrl, { status, bossId: null, text: '', offset: 0, limit: 50 })).value?.requests.map(
      (r) => r.id,
    ) ?? null;
  const open = await list('open');
  const closedBefore = await list('closed');
  let withdrawn = null;
  if (open?.length) {
    const view = (await invoke('ft:request:get', trustedUrl, { id: open[0] })).value;
    withdrawn = await invoke('ft:request:withdraw', trustedUrl, { id: open[0], version: view.version, reason: 'No longer needed' });
  }
  report.dataChecks = {
    open,
    closedBefore,
    withdrawn: withdrawn && { ok: withdrawn.ok, error: withdrawn.error },
    closedAfter: await list('closed'),
  };
}
// After the lists: an archive is read when first needed, and what it set aside is listed from then on.
report.dataStatus = (await invoke('ft:data:status', trustedUrl, undefined)).value ?? null;
await new Promise((resolve) => setTimeout(resolve, 100));
const logFile = path.join(electron.app.getPath('userData'), 'logs', 'main.log');
report.log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exit(0);
