import type { ButtonHTMLAttributes } from 'react';

/**
 * A button that runs a command: disabled while it (or another command on the same request)
 * runs, and saying so, so a second click cannot count twice.
 */
export function CommandButton({
  pending,
  busy = false,
  pendingLabel,
  children,
  className = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { pending: boolean; busy?: boolean; pendingLabel?: string }) {
  return (
    <button type="button" className={className} {...rest} disabled={pending || busy || rest.disabled} aria-busy={pending || undefined}>
      {pending ? (pendingLabel ?? 'Working…') : children}
    </button>
  );
}
