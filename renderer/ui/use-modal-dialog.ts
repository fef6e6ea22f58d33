import { useEffect, useRef } from 'react';

/**
 * Ties a native <dialog> to React's `open` flag. showModal() (not the `open` attribute) is what
 * makes the rest of the window inert and gives Esc and focus trapping for free.
 */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
