import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered of the window between runs. */
export interface WindowState {
  /** The window's size and place when not maximised. */
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1200, height: 800 };
export const MIN_SIZE = { width: 760, height: 520 };

const whole = z.number().int().finite();
/** The file can be edited or damaged by hand: anything odd in it is ignored, never trusted. */
const windowStateSchema = z.object({
  bounds: z.object({ x: whole, y: whole, width: whole.positive(), height: whole.positive() }),
  maximized: z.boolean(),
});

/** How much of the window's top edge must be on a screen for the user to grab it: its title bar. */
const GRAB = { width: 120, height: 40 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Where the window opens: where it was, if that is still on a screen the user can reach (a
 * monitor may have been unplugged since); otherwise at its remembered size, no larger than the
 * primary screen, centred there by Electron.
 */
export function placeWindow(
  saved: unknown,
  workAreas: readonly Rect[],
): { x?: number; y?: number; width: number; height: number; maximized: boolean } {
  const parsed = windowStateSchema.safeParse(saved);
  if (!parsed.success || workAreas.length === 0) return { ...DEFAULT_SIZE, maximized: false };
  const { bounds, maximized } = parsed.data;
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRAB.height };
  const home = workAreas.find((area) => {
    const o = overlap(titleBar, area);
    return o.width >= GRAB.width && o.height >= GRAB.height;
  });
  const area = home ?? workAreas[0]!;
  const width = Math.max(MIN_SIZE.width, Math.min(bounds.width, area.width));
  const height = Math.max(MIN_SIZE.height, Math.min(bounds.height, area.height));
  return home ? { x: bounds.x, y: bounds.y, width, height, maximized } : { width, height, maximized };
}
