import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, nativeTheme, Notification, safeStorage, screen, shell } from 'electron';
import Store from 'electron-store';
import log from 'electron-log/main';
import { installCrashHandlers, reportStartupFailure } from './logging/crash-handlers';
import { APP_EVENT_CHANNELS, IPC_CHANNELS, IPC_METHODS, type AppEvent, type AppEvents } from '../shared/ipc/contract';
import type { AppCommand } from '../shared/keyboard/shortcuts';
import type { DueNotice } from '../shared/rules/notifications';
import { DueScheduler } from './notifications/due-scheduler';
import { SettableClock, systemClock } from './clock';
import type { SystemPorts } from './ipc/system-ports';
import { registerAppScheme, serveRenderer } from './renderer-protocol';
import { hardenWebContents, isTrustedSender, openExternalSafely } from './security';
import { openAppStack } from './app-stack';
import { CHECK_EVERY_MINUTES } from './mailbox/mail-watcher';
import { STORE_FILE_OPTIONS } from './store/store-files';
import { testHooks } from './test-hooks';
import { createMainWindow } from './window';
import { appMenuTemplate } from './menu/app-menu';
import { DueTray } from './tray/due-tray';
import { EmailOpener } from './email/email-opener';
import { emailFilesIn } from './email/email-files';
import { loginItem, startedAtLogin } from './login/start-at-login';
import { placeWindow, type WindowState } from './window-state/window-placement';
import { rememberWindowState } from './window-state/remember-window';
import { setAsideIfUnreadable } from './store/damaged-files';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/preload.cjs');
const iconDir = path.join(here, 'icons');

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

// Emails opened with the app wait here until the window can take them. macOS says "open-file",
// possibly before "ready"; Windows and Linux pass the file on the command line.
const emails = new EmailOpener();
app.on('open-file', (event, file) => {
  event.preventDefault();
  emails.open(file);
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    showWindow();
    for (const file of emailFilesIn(argv.slice(1))) emails.open(file);
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
    // On Linux without a keyring Electron encrypts with a fixed key ('basic_text'): that is not counted as encryption.
    secrets: {
      available: () =>
        safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
      encrypt: (text) => safeStorage.encryptString(text),
      decrypt: (data) => safeStorage.decryptString(Buffer.from(data)),
    },
    loginItem: loginItem({
      os: process.platform,
      app,
      executable: process.env.APPIMAGE ?? process.execPath,
      configHome: process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'),
      files: {
        exists: (file) =>
          access(file).then(
            () => true,
            () => false,
          ),
        write: async (file, content) => {
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, content);
        },
        remove: (file) => rm(file, { force: true }),
      },
    }),
  };
  // electron-store writes every data file; `name` picks the file in the user-data folder.
  const { data, service, handlers, watcher } = openAppStack({
    folder,
    openFile: (name) => new Store<Record<string, unknown>>({ ...STORE_FILE_OPTIONS, name }),
    clock,
    system,
    newId: randomUUID,
    parseWorker: path.join(here, 'parse-worker.cjs'),
    push: (event, payload) => BrowserWindow.getAllWindows()[0]?.webContents.send(APP_EVENT_CHANNELS[event], payload),
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

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate(process.platform, app.isPackaged, {
        command: sendCommand,
        openEmail: () => void chooseEmailFile(),
        openLogFolder: () => void shell.openPath(path.dirname(log.transports.file.getFile().path)),
      }),
    ),
  );

  // The window opens where it was left, unless that screen is gone; minimised when the system started the app at login.
  // Only where the window was: a damaged file is moved aside and the window opens at its default place.
  const windowNotice = setAsideIfUnreadable(folder, 'window-state.json', clock.now(), 'the window opens at its usual size.');
  if (windowNotice) logError(windowNotice);
  const windowState = new Store<{ window?: unknown }>({ name: 'window-state' });
  newWindow = (minimised) => {
    const placement = placeWindow(
      windowState.get('window'),
      screen.getAllDisplays().map((d) => d.workArea),
    );
    const made = createMainWindow(preloadPath, { placement, minimised });
    rememberWindowState(made, (state: WindowState) => windowState.set('window', state));
    return made;
  };
  const window = newWindow(startedAtLogin(process.platform, process.argv, app));
  for (const file of emailFilesIn(process.argv.slice(1))) emails.open(file);

  const tray = new DueTray(iconDir, process.platform, {
    openToday: () => sendCommand('go-today'),
    newRequest: () => sendCommand('new-request'),
    quit: () => app.quit(),
  });
  app.on('before-quit', () => tray.destroy());

  // One backup per working day, for an app left open overnight.
  const dailyBackup = setInterval(() => data.backUpDaily(clock.now(), service.currentSettings(), service.requestCount()), 10 * 60_000);
  app.on('before-quit', () => clearInterval(dailyBackup));
  const scheduler = new DueScheduler(service, {
    notify: (notice) => showNotice(notice),
    setBadge: (count) => {
      app.setBadgeCount(count);
      tray.show(count);
      for (const w of BrowserWindow.getAllWindows()) w.setTitle(count > 0 ? `Follow-Through (${count} due)` : 'Follow-Through');
    },
  });
  window.webContents.once('did-finish-load', () => {
    scheduler.start();
    data.backUpAtStart(clock.now(), service.requestCount());
    // The inbox is read in the background: a mailbox that is down or slow only says so in Today.
    // New mail is read as it arrives (IDLE), and every few minutes in any case.
    void watcher.check();
    watcher.listen();
    setInterval(() => void watcher.check(), CHECK_EVERY_MINUTES * 60_000).unref();
    emails.ready({
      send: (source) => {
        showWindow();
        sendToWindow('emailOpened', source);
      },
      warn: (message) => void dialog.showMessageBox({ type: 'warning', message: 'That email could not be opened.', detail: message }),
    });
  });
  app.on('before-quit', () => scheduler.stop());
  app.on('before-quit', () => watcher.stopListening());
  (globalThis as { followThroughScheduler?: DueScheduler }).followThroughScheduler = scheduler;
  app.on('activate', showWindow);
}

/** Makes the main window; set once the app is ready. */
let newWindow: ((minimised: boolean) => BrowserWindow) | null = null;

/** Brings the window forward, restoring it from the tray, the taskbar or the Dock; makes one if it was closed (macOS). */
function showWindow(): BrowserWindow | null {
  const [existing] = BrowserWindow.getAllWindows();
  const window = existing ?? newWindow?.(false) ?? null;
  if (!window) return null;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  return window;
}

/** Sends to the window, once its page is there to listen. */
function sendToWindow<E extends AppEvent>(event: E, payload: AppEvents[E]): void {
  const window = showWindow();
  if (!window) return;
  const send = () => window.webContents.send(APP_EVENT_CHANNELS[event], payload);
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}

/** A menu item or the tray asks the window to do what its key would. */
function sendCommand(command: AppCommand): void {
  sendToWindow('command', command);
}

async function chooseEmailFile(): Promise<void> {
  const window = BrowserWindow.getFocusedWindow();
  const options = {
    title: 'Open an email',
    properties: ['openFile' as const],
    filters: [{ name: 'Email (.eml, .msg)', extensions: ['eml', 'msg'] }],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  if (!result.canceled && result.filePaths[0]) emails.open(result.filePaths[0]);
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
  desktop.on('click', () => sendToWindow('dueNotice', notice));
  desktop.show();
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
