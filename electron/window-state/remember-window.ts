import type { BrowserWindow } from 'electron';
import type { WindowState } from './window-placement';

/** Keeps the window's size, place and maximised state as it closes, for the next start. */
export function rememberWindowState(window: BrowserWindow, save: (state: WindowState) => void): void {
  window.on('close', () => {
    // The bounds it would return to if restored: a maximised or minimised window still remembers its normal size.
    const { x, y, width, height } = window.getNormalBounds();
    save({ bounds: { x, y, width, height }, maximized: window.isMaximized() });
  });
}
