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
  menus: [],
  applicationMenu: null,
  trays: [],
  loginItem: [],
  messageBoxes: [],
  openedPaths: [],
};
let markReady;
const ready = new Promise((resolve) => (markReady = resolve));

const app = {
  isPackaged: process.env.STAND_IN_PACKAGED === '1',
  commandLine: { appendSwitch: (...args) => recorded.switches.push(args) },
  setPath: (name, value) => (recorded.paths[name] = value),
  getPath: (name) => recorded.paths[name] ?? path.join(process.env.STAND_IN_HOME ?? os.tmpdir(), name),
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
  // What the system's login-item list holds for this app (macOS and Windows keep it; Electron writes it).
  setLoginItemSettings: (settings) => recorded.loginItem.push(settings),
  getLoginItemSettings: () => ({ openAtLogin: recorded.loginItem.at(-1)?.openAtLogin ?? false, wasOpenedAtLogin: false }),
  getAppPath: () => process.cwd(),
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
  isLoading() {
    return false;
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
  // The window as the user leaves it: size and place, maximised or minimised. Each call is recorded in `calls`.
  calls = [];
  bounds = null;
  maximized = false;
  minimized = false;
  show() {
    this.calls.push('show');
  }
  setTitle(title) {
    this.title = title;
  }
  isMinimized() {
    return this.minimized;
  }
  isMaximized() {
    return this.maximized;
  }
  maximize() {
    this.calls.push('maximize');
    this.maximized = true;
  }
  minimize() {
    this.calls.push('minimize');
    this.minimized = true;
  }
  restore() {
    this.calls.push('restore');
    this.minimized = false;
  }
  focus() {
    this.calls.push('focus');
  }
  getNormalBounds() {
    const { x = 0, y = 0, width, height } = this.options;
    return this.bounds ?? { x, y, width, height };
  }
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

class Menu {
  constructor(template) {
    this.template = template;
  }
  static buildFromTemplate(template) {
    const menu = new Menu(template);
    recorded.menus.push(menu);
    return menu;
  }
  static setApplicationMenu(menu) {
    recorded.applicationMenu = menu;
  }
}

class Tray extends EventEmitter {
  constructor(image) {
    super();
    this.image = image;
    this.title = '';
    this.toolTip = '';
    this.menu = null;
    this.destroyed = false;
    recorded.trays.push(this);
  }
  setImage(image) {
    this.image = image;
  }
  setTitle(title) {
    this.title = title;
  }
  setToolTip(text) {
    this.toolTip = text;
  }
  setContextMenu(menu) {
    this.menu = menu;
  }
  destroy() {
    this.destroyed = true;
  }
}

// The image a path names, kept as that path: enough to tell which icon the tray shows.
const nativeImage = {
  createFromPath: (file) => ({
    file,
    template: false,
    setTemplateImage(on) {
      this.template = on;
    },
  }),
};

// The screens, from the test (STAND_IN_DISPLAYS, a JSON list of work areas), or one 1920×1080 screen.
const screen = {
  getAllDisplays: () =>
    (process.env.STAND_IN_DISPLAYS ? JSON.parse(process.env.STAND_IN_DISPLAYS) : [{ x: 0, y: 0, width: 1920, height: 1040 }]).map(
      (workArea) => ({ workArea }),
    ),
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
exports.Menu = Menu;
exports.Tray = Tray;
exports.nativeImage = nativeImage;
exports.screen = screen;
exports.clipboard = { writeText: () => {} };
exports.dialog = {
  showErrorBox: (title, message) => (recorded.errorBox = { title, message }),
  showSaveDialog: async () => ({ canceled: true }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showMessageBox: async (options) => {
    recorded.messageBoxes.push(options);
    return { response: 0 };
  },
  showMessageBoxSync: () => 0,
};
exports.shell = {
  openExternal: async (url) => void recorded.opened.push(url),
  openPath: async (file) => {
    recorded.openedPaths.push(file);
    return '';
  },
};
exports.session = { defaultSession: { setPreloads: () => {}, getPreloads: () => [] } };
// The system's secret encryption, played as in the UI tests: reversible, never the text itself.
exports.safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString: (text) => Buffer.concat([Buffer.from('sealed:'), Buffer.from(text, 'utf8').map((b) => b ^ 0x5a)]),
  decryptString: (data) => Buffer.from(data.subarray(7).map((b) => b ^ 0x5a)).toString('utf8'),
};
exports.nativeTheme = {
  shouldUseDarkColors: false,
  on: () => {},
  // Each theme main asks for, in order.
  set themeSource(value) {
    recorded.themes.push(value);
  },
};
