import { useEffect, useRef, type ButtonHTMLAttributes } from 'react';
import { focusIfLost } from './focus-if-lost';

/**
 * A button that runs a command: disabled while it (or another command on the same request)
 * runs, and saying so, so a second click cannot count twice. Disabling it drops the keyboard
 * focus it had; when the command is done and the button is still there, focus comes back to it.
 */
export function CommandButton({
  pending,
  busy = false,
  pendingLabel,
  children,
  className = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { pending: boolean; busy?: boolean; pendingLabel?: string }) {
  const ref = useRef<HTMLButtonElement>(null);
  const hadFocus = useRef(false);
  const disabled = pending || busy || Boolean(rest.disabled);
  useEffect(() => {
    if (disabled || !hadFocus.current) return;
    hadFocus.current = false;
    // A frame late: what the click said (StatusMessage), when it says something, takes focus first.
    requestAnimationFrame(() =>
      focusIfLost(() => document.querySelector<HTMLElement>('main .status-message[role="status"]') ?? ref.current),
    );
  }, [disabled]);
  return (
    <button
      type="button"
      className={className}
      {...rest}
      ref={ref}
      disabled={disabled}
      aria-busy={pending || undefined}
      onClick={(event) => {
        // Focused when clicked (a key, or a mouse click, which focuses a button): worth keeping.
        hadFocus.current = document.activeElement === event.currentTarget;
        rest.onClick?.(event);
      }}
    >
      {pending ? (pendingLabel ?? 'Working…') : children}
    </button>
  );
}
