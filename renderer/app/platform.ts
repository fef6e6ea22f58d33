import type { Platform } from '../../shared/keyboard/shortcuts';

/** Which modifier is the command key here: Cmd on macOS, Ctrl elsewhere (Electron's "CmdOrCtrl"). */
export const PLATFORM: Platform = /Mac/i.test(navigator.userAgent) ? 'mac' : 'other';
