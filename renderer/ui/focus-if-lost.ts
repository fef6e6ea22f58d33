/**
 * Moves focus to `target` when the control that had it is gone (disabled, replaced, or the page
 * changed) and focus fell to the page itself; focus the user placed somewhere is left alone.
 * Waits a frame, so React has finished the change that removed the control.
 */
export function focusIfLost(target: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    const lost = !active || active === document.body || active === document.documentElement || !active.isConnected;
    const el = target();
    if (lost && el?.isConnected) el.focus({ preventScroll: false });
  });
}
