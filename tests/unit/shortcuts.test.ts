import { describe, expect, it } from 'vitest';
import { chordLabel, commandForKey, GLOBAL_SHORTCUTS, type KeyPress, type Platform } from '../../shared/keyboard/shortcuts';

const key = (k: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('the shortcut table', () => {
  it('gives every chord to exactly one command, on both platforms, in and out of text fields', () => {
    for (const platform of ['mac', 'other'] as Platform[]) {
      const modifier = platform === 'mac' ? { metaKey: true } : { ctrlKey: true };
      for (const shortcut of GLOBAL_SHORTCUTS) {
        for (const chord of shortcut.chords) {
          const press = key(chord.key, { ...(chord.mod ? modifier : {}), altKey: Boolean(chord.alt) });
          expect(commandForKey(press, platform, false), `${chord.key} on ${platform}`).toBe(shortcut.command);
        }
      }
    }
  });

  it('matches each menu accelerator to a chord the window answers, so the menu never shows a key the window ignores', () => {
    for (const shortcut of GLOBAL_SHORTCUTS) {
      for (const [platform, accelerator] of Object.entries(shortcut.accelerator) as [Platform, string][]) {
        const parts = accelerator.split('+');
        const last = parts.at(-1)!;
        const press = key(last === 'Left' ? 'ArrowLeft' : last.toLowerCase(), {
          metaKey: parts.includes('Cmd'),
          ctrlKey: parts.includes('Ctrl'),
          altKey: parts.includes('Alt'),
        });
        expect(commandForKey(press, platform, false), accelerator).toBe(shortcut.command);
      }
    }
  });

  it('uses Cmd on a Mac and Ctrl elsewhere, and leaves the other platform’s modifier to the system', () => {
    expect(commandForKey(key('n', { metaKey: true }), 'mac', false)).toBe('new-request');
    expect(commandForKey(key('n', { ctrlKey: true }), 'mac', false)).toBeNull();
    expect(commandForKey(key('n', { ctrlKey: true }), 'other', false)).toBe('new-request');
    expect(commandForKey(key('N', { ctrlKey: true }), 'other', false)).toBe('new-request'); // Caps Lock or Shift
    expect(commandForKey(key('n', { metaKey: true }), 'other', false)).toBeNull();
    expect(commandForKey(key('n'), 'other', false)).toBeNull();
  });

  it('leaves plain keys and Alt+arrows to a text field, but not chords with the command key', () => {
    for (const plain of [key('/'), key('?'), key('Escape'), key('ArrowLeft', { altKey: true })]) {
      expect(commandForKey(plain, 'other', true)).toBeNull();
      expect(commandForKey(plain, 'mac', true)).toBeNull();
    }
    expect(commandForKey(key('/'), 'other', false)).toBe('search');
    expect(commandForKey(key('?'), 'other', false)).toBe('show-shortcuts');
    expect(commandForKey(key('Escape'), 'other', false)).toBe('back');
    expect(commandForKey(key('k', { ctrlKey: true }), 'other', true)).toBe('search');
    expect(commandForKey(key('1', { metaKey: true }), 'mac', true)).toBe('go-today');
  });

  it('does not answer letters, arrows or Enter: those belong to the selected row', () => {
    for (const k of ['a', 'u', 'ArrowDown', 'ArrowUp', 'Enter', 'Home', 'End']) expect(commandForKey(key(k), 'other', false)).toBeNull();
    // A stray Alt does not turn / into search.
    expect(commandForKey(key('/', { altKey: true }), 'other', false)).toBeNull();
  });

  it('writes chords the way each platform does', () => {
    expect(chordLabel({ key: 'n', mod: true }, 'mac')).toBe('⌘N');
    expect(chordLabel({ key: 'n', mod: true }, 'other')).toBe('Ctrl+N');
    expect(chordLabel({ key: 'ArrowLeft', alt: true }, 'other')).toBe('Alt+←');
    expect(chordLabel({ key: 'ArrowLeft', alt: true }, 'mac')).toBe('⌥←');
    expect(chordLabel({ key: 'Escape' }, 'mac')).toBe('Esc');
    expect(chordLabel({ key: '?' }, 'other')).toBe('?');
  });
});
