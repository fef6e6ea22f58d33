/**
 * Every keyboard shortcut, in one table: the window's key handler, the native application
 * menu, and the ? overlay all read it, so a shortcut the menu shows is the one the window
 * answers and the one the overlay lists.
 */

/** What a shortcut, a menu item or the tray asks the window to do. */
export const APP_COMMANDS = [
  'new-request',
  'search',
  'go-today',
  'go-requests',
  'go-parked',
  'go-settings',
  'back',
  'show-shortcuts',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export type Platform = 'mac' | 'other';

/**
 * A key as KeyboardEvent.key names it. `mod` is the platform's command key: Cmd on macOS, Ctrl
 * elsewhere. A chord without `mod` is a plain key, answered only outside text fields.
 */
export interface KeyChord {
  key: string;
  mod?: boolean;
  alt?: boolean;
}

export interface GlobalShortcut {
  command: AppCommand;
  /** As the menu and the overlay name it. */
  label: string;
  chords: readonly KeyChord[];
  /** Electron's accelerator for the menu item, where the platform has a convention for it. */
  accelerator: Record<Platform, string>;
}

export const GLOBAL_SHORTCUTS: readonly GlobalShortcut[] = [
  { command: 'new-request', label: 'New request', chords: [{ key: 'n', mod: true }], accelerator: { mac: 'Cmd+N', other: 'Ctrl+N' } },
  {
    command: 'search',
    label: 'Search requests',
    chords: [{ key: 'k', mod: true }, { key: '/' }],
    accelerator: { mac: 'Cmd+K', other: 'Ctrl+K' },
  },
  { command: 'go-today', label: 'Today', chords: [{ key: '1', mod: true }], accelerator: { mac: 'Cmd+1', other: 'Ctrl+1' } },
  { command: 'go-requests', label: 'Requests', chords: [{ key: '2', mod: true }], accelerator: { mac: 'Cmd+2', other: 'Ctrl+2' } },
  { command: 'go-parked', label: 'Parked', chords: [{ key: '3', mod: true }], accelerator: { mac: 'Cmd+3', other: 'Ctrl+3' } },
  { command: 'go-settings', label: 'Settings', chords: [{ key: '4', mod: true }], accelerator: { mac: 'Cmd+4', other: 'Ctrl+4' } },
  {
    // Esc in the window; the menu uses each platform's own Back key, since a menu that took Esc
    // would take it from every dialog and text field too.
    command: 'back',
    label: 'Back',
    chords: [{ key: 'Escape' }, { key: '[', mod: true }, { key: 'ArrowLeft', alt: true }],
    accelerator: { mac: 'Cmd+[', other: 'Alt+Left' },
  },
  {
    command: 'show-shortcuts',
    label: 'Keyboard shortcuts',
    chords: [{ key: '?' }, { key: '/', mod: true }],
    accelerator: { mac: 'Cmd+/', other: 'Ctrl+/' },
  },
];

/** Keys that act on the selected row of Today or the request list; listed in the overlay. */
export const ROW_SHORTCUTS: readonly { keys: string[]; label: string }[] = [
  { keys: ['↑', '↓'], label: 'Select the previous or next request' },
  { keys: ['Home', 'End'], label: 'Select the first or last request' },
  { keys: ['Enter'], label: 'Open the selected request' },
  { keys: ['A'], label: 'Ask the boss about the selected request' },
  { keys: ['U'], label: 'Draft an update to the selected client' },
];

/** The parts of a keydown the table matches on: a KeyboardEvent satisfies it. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * The command a key press asks for, or null. `inTextField`: only chords with the command key
 * count then, since plain keys (/, ?, Esc) belong to the field.
 */
export function commandForKey(press: KeyPress, platform: Platform, inTextField: boolean): AppCommand | null {
  const mod = platform === 'mac' ? press.metaKey : press.ctrlKey;
  // The other platform's modifier (Ctrl on a Mac) belongs to the system, not to us.
  const stray = platform === 'mac' ? press.ctrlKey : press.metaKey;
  if (stray) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  for (const shortcut of GLOBAL_SHORTCUTS) {
    for (const chord of shortcut.chords) {
      if (chord.key !== key || Boolean(chord.mod) !== mod) continue;
      // '?' is Shift+/ on most layouts, so Shift is not matched; Alt is, for Alt+Left.
      if (Boolean(chord.alt) !== press.altKey) continue;
      // In a text field, plain keys and Alt+arrows (word by word on a Mac) belong to the field.
      if (inTextField && !chord.mod) continue;
      return shortcut.command;
    }
  }
  return null;
}

/** A chord written the way the platform writes it: ⌘N on a Mac, Ctrl+N elsewhere. */
export function chordLabel(chord: KeyChord, platform: Platform): string {
  const names: Record<string, string> = { Escape: 'Esc', ArrowLeft: '←' };
  const key = names[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
  if (platform === 'mac') return `${chord.alt ? '⌥' : ''}${chord.mod ? '⌘' : ''}${key}`;
  return [chord.mod ? 'Ctrl' : null, chord.alt ? 'Alt' : null, key].filter(Boolean).join('+');
}
