import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFile } from 'node:fs/promises';
import { app, BrowserWindow, clipboard, dialog, ipcMain, nativeTheme, Notification } from 'electron';
import Store from 'electron-store';
import log from 'electron-log/main';
import { installCrashHandlers, reportStartupFailure } from './logging/crash-handlers';
import { APP_EVENT_CHANNELS, IPC_CHANNELS, IPC_METHODS } from '../shared/ipc/contract';
import type { DueNotice } from '../shared/rules/notifications';
import { DueScheduler } from './notifications/due-scheduler';
import { SettableClock, systemClock } from './clock';
import type { SystemPorts } from './ipc/system-ports';
import { registerAppScheme, serveRenderer } from './renderer-protocol';
import { hardenWebContents, isTrustedSender, openExternalSafely } from './security';
import { openAppStack } from './app-stack';
import { STORE_FILE_OPTIONS } from './store/store-files';
import { testHooks } from './test-hooks';
import { createMainWindow } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/preload.cjs');

// The end-to-end suite starts the real app on a folder and a date of its choosing; a packaged app ignores these.
const hooks = testHooks(app.isPackaged, process.env);
if (hooks.userData) app.setPath('userData', hooks.userData);
if (hooks.locale) app.commandLine.appendSwitch('lang', hooks.locale);
const clock = hooks.now ? new SettableClock(hooks.now) : systemClock;
if (clock instanceof SettableClock) (globalThis as { followThroughClock?: SettableClock }).followThroughClock = clock;

// The log file lives in the user-data folder, beside the data it describes.
log.transports.file.resolvePathFn = () => path.join(app.getPath('userData'), 'logs', 'main.log');
const crashPorts = {
  log,
  showError: (title: string, message: string) => dialog.showErrorBox(title, message),
  logPath: () => log.transports.file.getFile().path,
};
installCrashHandlers({ ...crashPorts, process });

registerAppScheme();
hardenWebContents((message) => log.warn(message));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  void app.whenReady().then(() => {
    try {
      start();
    } catch (error) {
      reportStartupFailure(error, crashPorts);
      app.exit(1);
    }
  });
}

function start(): void {
  const logError = (message: string) => log.error(message);
  const folder = app.getPath('userData');
  log.info(`Starting ${app.getVersion()}; data in ${folder}`);
  const system: SystemPorts = {
    clipboard,
    openExternal: async (url) => void (await openExternalSafely(url, (message) => log.warn(message))),
    chooseSavePath: async (defaultName, filter) => {
      const window = BrowserWindow.getFocusedWindow();
      const options = { defaultPath: path.join(app.getPath('documents'), defaultName), filters: [filter] };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    writeFile: (file, content) => writeFile(file, content),
  };
  // electron-store writes every data file; `name` picks the file in the user-data folder.
  const { data, service, handlers } = openAppStack({
    folder,
    openFile: (name) => new Store<Record<string, unknown>>({ ...STORE_FILE_OPTIONS, name }),
    clock,
    system,
    newId: randomUUID,
    log: logError,
  });
  // What happened to the data on the way in is said in the window (DataNoticeBanner), where it can link to the backups.
  // Native parts (dialogs, menus, the window's frame) follow the theme chosen in Settings.
  const followTheme = () => (nativeTheme.themeSource = service.currentSettings().theme);
  followTheme();
  for (const method of IPC_METHODS) {
    ipcMain.handle(IPC_CHANNELS[method], async (event, raw: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        return { ok: false, code: 'refused', error: 'Refused: this page is not part of Follow-Through.' };
      }
      const answer = await handlers[method](raw);
      if (answer.ok && (method === 'saveSettings' || method === 'restoreBackup')) followTheme();
      return answer;
    });
  }
  serveRenderer(rendererDir);
  const window = createMainWindow(preloadPath);
  // One backup per working day, for an app left open overnight.
  const dailyBackup = setInterval(() => data.backUpDaily(clock.now(), service.currentSettings(), service.requestCount()), 10 * 60_000);
  app.on('before-quit', () => clearInterval(dailyBackup));
  const scheduler = new DueScheduler(service, {
    notify: (notice) => showNotice(notice),
    setBadge: (count) => {
      app.setBadgeCount(count);
      for (const w of BrowserWindow.getAllWindows()) w.setTitle(count > 0 ? `Follow-Through (${count} due)` : 'Follow-Through');
    },
  });
  window.webContents.once('did-finish-load', () => {
    scheduler.start();
    data.backUpAtStart(clock.now(), service.requestCount());
  });
  app.on('before-quit', () => scheduler.stop());
  (globalThis as { followThroughScheduler?: DueScheduler }).followThroughScheduler = scheduler;
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadPath);
  });
}

/** In the window when the user is looking at it; otherwise a desktop notification that opens it. */
function showNotice(notice: DueNotice): void {
  const focused = BrowserWindow.getFocusedWindow();
  if (focused) {
    focused.webContents.send(APP_EVENT_CHANNELS.dueNotice, notice);
    return;
  }
  if (!Notification.isSupported()) return;
  const desktop = new Notification({ title: notice.title, body: notice.body });
  desktop.on('click', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    window.webContents.send(APP_EVENT_CHANNELS.dueNotice, notice);
  });
  desktop.show();
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
