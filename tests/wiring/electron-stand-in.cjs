// A recording stand-in for the `electron` module: just enough of Electron's main-process API for
// the bundled main process to start in plain Node, with everything it registers kept on
// `recorded` for the wiring test to probe. Nothing here decides anything: it only records.
const { EventEmitter } = require('node:events');
const os = require('node:os');
const path = require('node:path');

const recorded = {
  themes: [],
  appHandlers: {},
  ipcHandlers: {},
  schemes: [],
  protocolHandlers: {},
  windows: [],
  opened: [],
  switches: [],
  paths: {},
};
let markReady;
const ready = new Promise((resolve) => (markReady = resolve));

const app = {
  isPackaged: process.env.STAND_IN_PACKAGED === '1',
  commandLine: { appendSwitch: (...args) => recorded.switches.push(args) },
  setPath: (name, value) => (recorded.paths[name] = value),
  getPath: (name) => recorded.paths[name] ?? path.join(process.env.STAND_IN_HOME ?? os.tmpdir(), name),
  getAppPath: () => process.cwd(),
  getVersion: () => '0.0.0-stand-in',
  getName: () => 'Follow-Through',
  getLocale: () => 'en-GB',
  requestSingleInstanceLock: () => true,
  on(event, handler) {
    (recorded.appHandlers[event] ??= []).push(handler);
    return app;
  },
  once(event, handler) {
    return app.on(event, handler);
  },
  whenReady: () => ready,
  isReady: () => true,
  quit: () => {},
  exit: () => {},
  setBadgeCount: () => true,
};

class WebContents extends EventEmitter {
  constructor() {
    super();
    this.windowOpenHandler = null;
    this.sent = [];
    this.session = {
      permissionRequestHandler: null,
      permissionCheckHandler: null,
      setPermissionRequestHandler: (fn) => (this.session.permissionRequestHandler = fn),
      setPermissionCheckHandler: (fn) => (this.session.permissionCheckHandler = fn),
    };
  }
  setWindowOpenHandler(fn) {
    this.windowOpenHandler = fn;
  }
  send(channel, payload) {
    this.sent.push([channel, payload]);
  }
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    this.loaded = [];
    recorded.windows.push(this);
    // What Electron does for every web contents it creates: the app's own listeners run.
    for (const handler of recorded.appHandlers['web-contents-created'] ?? []) handler({}, this.webContents);
  }
  static getAllWindows() {
    return recorded.windows;
  }
  static getFocusedWindow() {
    return null;
  }
  loadURL(url) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  show() {}
  setTitle(title) {
    this.title = title;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
}

const ipcMain = {
  handle: (channel, handler) => (recorded.ipcHandlers[channel] = handler),
  on: () => ipcMain,
  removeHandler: (channel) => delete recorded.ipcHandlers[channel],
};

const protocol = {
  registerSchemesAsPrivileged: (schemes) => recorded.schemes.push(...schemes),
  handle: (scheme, handler) => (recorded.protocolHandlers[scheme] = handler),
};

class Notification {
  static isSupported() {
    return false;
  }
}

// Assigned one by one so that Node's CommonJS export detection gives ES modules the names.
exports.__recorded = recorded;
exports.__markReady = () => markReady();
exports.app = app;
exports.BrowserWindow = BrowserWindow;
exports.ipcMain = ipcMain;
exports.protocol = protocol;
exports.Notification = Notification;
exports.clipboard = { writeText: () => {} };
exports.dialog = {
  showErrorBox: (title, message) => (recorded.errorBox = { title, message }),
  showSaveDialog: async () => ({ canceled: true }),
  showMessageBoxSync: () => 0,
};
exports.shell = { openExternal: async (url) => void recorded.opened.push(url) };
exports.session = { defaultSession: { setPreloads: () => {}, getPreloads: () => [] } };
exports.nativeTheme = {
  shouldUseDarkColors: false,
  on: () => {},
  // Each theme main asks for, in order.
  set themeSource(value) {
    recorded.themes.push(value);
  },
};
