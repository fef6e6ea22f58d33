/** Where this module last put focus: a stand-in until what the change said arrives. */
let placed: HTMLElement | null = null;

/**
 * Focus has nowhere useful to be: it fell to the page, or its element left. With `overStandIn`,
 * focus still where a fallback put it counts as lost too, so the one place that says what a
 * click did (StatusMessage, the row selection) wins, whichever frame it comes in.
 */
export function focusIsLost(overStandIn = false): boolean {
  const active = document.activeElement;
  if (!active || active === document.body || active === document.documentElement || !active.isConnected) return true;
  return overStandIn && active === placed;
}

/**
 * Moves focus to `target` when the control that had it is gone (disabled, replaced, or the page
 * changed) and focus fell to the page itself; focus the user placed somewhere is left alone.
 * Waits a frame, so React has finished the change that removed the control; while focus is lost
 * and the target is not there yet (a page still loading), it looks again each frame, up to `frames`.
 */
export function focusIfLost(
  target: () => HTMLElement | null | undefined,
  frames = 0,
  /** Where focus goes when `target` never came. */
  fallback?: () => HTMLElement | null | undefined,
  /** This target is what the change said, not a stand-in: it may replace one (see focusIsLost). */
  authoritative = false,
): void {
  requestAnimationFrame(() => {
    if (!focusIsLost(authoritative)) return;
    const el = target() ?? (frames === 0 ? fallback?.() : null);
    if (el?.isConnected) {
      el.focus({ preventScroll: false });
      placed = authoritative ? null : el;
    } else if (frames > 0) focusIfLost(target, frames - 1, fallback, authoritative);
  });
}

/** About a second and a half of frames: long enough for a screen to read what it shows. */
export const UNTIL_LOADED = 90;

/** The first control of `container` that can take focus now. */
export function firstControl(container: Element | null | undefined): HTMLElement | null {
  return (
    container?.querySelector<HTMLElement>(
      'textarea:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), button:not([disabled])',
    ) ?? null
  );
}

/** The screen's heading, made focusable: where focus starts on a new screen, and the last resort after. */
export function pageHeading(): HTMLElement | null {
  const heading = document.querySelector<HTMLElement>('main h1');
  heading?.setAttribute('tabindex', '-1');
  return heading;
}
