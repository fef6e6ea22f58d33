import { useEffect } from 'react';
import { commandForKey, type AppCommand } from '../../shared/keyboard/shortcuts';
import { selectRowFromPage } from '../ui/row-keys';
import { PLATFORM } from './platform';

/** Where plain keys (/, ?, Esc, arrows) are the user's typing, not a shortcut. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'file'].includes(target.type);
}

/**
 * The window's shortcuts, from the shared table the native menu also reads. In Electron the
 * page sees a key first and a menu accelerator only fires for keys the page left alone, so a
 * key answered here (and prevented) runs once, not twice.
 */
export function useShortcuts(run: (command: AppCommand) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      // A modal question (or the shortcut list) is answered first; Esc closes it natively.
      if (document.querySelector('dialog[open]')) return;
      const typing = isTextField(event.target);
      const command = commandForKey(event, PLATFORM, typing);
      if (command) {
        event.preventDefault();
        run(command);
        return;
      }
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;
      // Esc in a text field leaves the field (what was typed stays); the next Esc goes back.
      if (plain && typing && event.key === 'Escape' && event.target instanceof HTMLElement) {
        event.preventDefault();
        event.target.blur();
        return;
      }
      // The page itself, or its heading (where a new screen puts focus), is "nowhere in particular".
      const fromPage =
        event.target === document.body ||
        event.target === document.documentElement ||
        (event.target instanceof HTMLElement && event.target.matches('main h1'));
      if (plain && fromPage && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        if (selectRowFromPage(event.key === 'ArrowDown' ? 'first' : 'last')) event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);
}
