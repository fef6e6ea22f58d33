import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { resolveRendererAsset } from '../../electron/renderer-assets';
import { APP_EVENTS, IPC_METHODS, type AppEvent, type AppEvents, type IpcMethod } from '../../shared/ipc/contract';

export const APP_URL = 'http://follow-through.localhost/index.html';
/** Main's pushes arrive in the test window as DOM events named with this prefix and the event. */
const PUSH_PREFIX = 'follow-through:';
const pushEventName = (event: AppEvent) => `${PUSH_PREFIX}${event}`;
const RENDERER_DIR = path.resolve('out/renderer');

/**
 * Electron's transport, replaced and nothing else: `window.followThrough` is built with the
 * preload's shape (one function per contract method) over a Playwright binding that calls
 * main's handler table, and the built renderer is served with the headers the app's protocol
 * sends (CSP included). Used by the UI tests and by the benchmark.
 */
export async function bindWindow(page: Page, invoke: (method: IpcMethod, args: unknown) => Promise<unknown>): Promise<void> {
  await page.exposeBinding('__followThroughInvoke', (_source, method: IpcMethod, args: unknown) => invoke(method, args));
  await page.addInitScript(
    ({ methods, events, prefix }: { methods: string[]; events: string[]; prefix: string }) => {
      const call = (window as unknown as { __followThroughInvoke: (m: string, a: unknown) => Promise<unknown> }).__followThroughInvoke;
      (window as unknown as { followThrough: unknown }).followThrough = {
        ...Object.fromEntries(methods.map((method) => [method, (args: unknown) => call(method, args)])),
        on: (event: string, listener: (payload: unknown) => void) => {
          if (!events.includes(event)) return () => {};
          const name = `${prefix}${event}`;
          const forward = (e: Event) => listener((e as CustomEvent).detail);
          window.addEventListener(name, forward);
          return () => window.removeEventListener(name, forward);
        },
      };
    },
    { methods: IPC_METHODS, events: APP_EVENTS, prefix: PUSH_PREFIX },
  );
  await page.route(`${new URL(APP_URL).origin}/**`, async (route) => {
    const asset = resolveRendererAsset(RENDERER_DIR, new URL(route.request().url()).pathname);
    if (asset === 'malformed') return route.fulfill({ status: 400, body: 'Bad request' });
    if (!asset) return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({ status: 200, headers: asset.headers, body: await readFile(asset.filePath) });
  });
}

/** Plays main pushing `payload` on `event`, as webContents.send would. */
export async function pushToWindow<E extends AppEvent>(page: Page, event: E, payload: AppEvents[E]): Promise<void> {
  await page.evaluate(({ name, detail }) => window.dispatchEvent(new CustomEvent(name, { detail })), {
    name: pushEventName(event),
    detail: payload,
  });
}
