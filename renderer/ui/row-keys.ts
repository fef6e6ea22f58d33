import type { KeyboardEvent } from 'react';
import { routeHref } from '../app/route';
import { focusIfLost, focusIsLost, UNTIL_LOADED } from './focus-if-lost';

/** Marks a list whose rows the arrow keys move through (Today, the request list). */
export const ROW_LIST = { 'data-row-list': '' } as const;

/** A row is selected by focusing its link, so Enter opens it and screen readers say which. */
const rowLinks = (list: Element) => [...list.querySelectorAll<HTMLAnchorElement>('a.row-link')];

function focusRow(list: Element, index: number): boolean {
  const links = rowLinks(list);
  const link = links[Math.max(0, Math.min(index, links.length - 1))];
  if (!link) return false;
  link.focus();
  link.scrollIntoView({ block: 'nearest' });
  return true;
}

/** From nowhere in particular (the page itself has focus), ↓ selects the first row and ↑ the last. */
export function selectRowFromPage(direction: 'first' | 'last'): boolean {
  const list = document.querySelector('main [data-row-list]');
  return list ? focusRow(list, direction === 'first' ? 0 : Number.MAX_SAFE_INTEGER) : false;
}

/**
 * Waits, a frame at a time, for the row that had focus to leave the page (focus then falls to
 * the body), and selects the row now at `index`. Stops if the row is still there after `frames`.
 */
function keepSelectionAt(list: Element, row: Element | null, index: number, frames: number): void {
  requestAnimationFrame(() => {
    if (!focusIsLost()) {
      if (frames > 0 && row?.isConnected) keepSelectionAt(list, row, index, frames - 1);
      return;
    }
    const current = list.isConnected ? list : document.querySelector('main [data-row-list]');
    if (current) focusRow(current, index);
  });
}

/**
 * After `work` (an ask from a row's button), the selection stays at the row's place in the list,
 * as after A: the row that was asked about may have left, and focus with it.
 */
export function keepSelectionAfter(control: HTMLElement, work: Promise<unknown>): void {
  const list = control.closest('[data-row-list]');
  if (!list) return;
  const row = control.closest('li, tr');
  const index = rowLinks(list).findIndex((link) => row?.contains(link));
  void work.then(() => keepSelectionAt(list, row, index, ROW_WAIT_FRAMES));
}

/**
 * After an undo brings a request back into a list (Today's Undo, Undo delete), its row is the
 * selection, as Outlook selects a message an undo restores. The row comes with the refreshed
 * list, so it is waited for; when it is not shown (filtered out), focus goes to `fallback`.
 */
export function selectRowOf(requestId: string, fallback: () => HTMLElement | null | undefined): void {
  const href = routeHref({ page: 'request', id: requestId });
  focusIfLost(
    () => [...document.querySelectorAll<HTMLAnchorElement>('main [data-row-list] a.row-link')].find((a) => a.getAttribute('href') === href),
    UNTIL_LOADED,
    fallback,
  );
}

/** How long a selection waits for the row it asked about to leave: a slow refresh included (about 5 s). */
const ROW_WAIT_FRAMES = 300;

export interface RowActions {
  /** A: ask the boss about this row's request. */
  ask?: () => Promise<unknown>;
  /** U: draft the update to this row's client. */
  update?: () => void;
}

/**
 * The keys a selected row answers, for its link and its buttons: ↑ ↓ Home End move the
 * selection, A and U act on the row. Enter on the link opens it, as any link does.
 */
export function rowKeys(actions: RowActions) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.nativeEvent.isComposing) return;
    const list = event.currentTarget.closest('[data-row-list]');
    if (!list) return;
    const row = event.currentTarget.closest('li, tr');
    const index = rowLinks(list).findIndex((link) => row?.contains(link));
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: Math.max(0, index - 1), Home: 0, End: Number.MAX_SAFE_INTEGER };
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key in moves) {
      event.preventDefault();
      focusRow(list, moves[key]!);
    } else if (key === 'a' && actions.ask) {
      event.preventDefault();
      // The row may leave the list once asked, when the refreshed list arrives (a frame or many
      // later): the selection then stays at the same place in it. Watched for up to five seconds.
      void actions.ask().then(() => keepSelectionAt(list, row, index, ROW_WAIT_FRAMES));
    } else if (key === 'u' && actions.update) {
      event.preventDefault();
      actions.update();
    }
  };
}
