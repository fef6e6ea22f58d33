import path from 'node:path';
import { BrowserWindow, nativeTheme } from 'electron';
import { APP_URL } from './renderer-protocol';
import { MIN_SIZE } from './window-state/window-placement';

export interface WindowOptions {
  /** Where it opens: remembered bounds (x and y only when still on a screen), and whether it was maximised. */
  placement: { x?: number; y?: number; width: number; height: number; maximized: boolean };
  /** Started by the system at login: open minimised, out of the way. */
  minimised: boolean;
}

export function createMainWindow(preloadPath: string, { placement, minimised }: WindowOptions): BrowserWindow {
  const { maximized, ...bounds } = placement;
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Follow-Through',
    show: false,
    // The page's own background, so the window never flashes white before a dark page paints.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#14171c' : '#f6f7f9',
    webPreferences: {
      preload: path.resolve(preloadPath),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    if (minimised) window.minimize();
    else window.show();
  });
  void window.loadURL(APP_URL);
  return window;
}
