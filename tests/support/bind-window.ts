import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { resolveRendererAsset } from '../../electron/renderer-assets';
import { IPC_METHODS, type IpcMethod } from '../../shared/ipc/contract';

export const APP_URL = 'http://follow-through.localhost/index.html';
export const NOTICE_EVENT = 'follow-through:due-notice';
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
    ({ methods, noticeEvent }: { methods: string[]; noticeEvent: string }) => {
      const call = (window as unknown as { __followThroughInvoke: (m: string, a: unknown) => Promise<unknown> }).__followThroughInvoke;
      (window as unknown as { followThrough: unknown }).followThrough = {
        ...Object.fromEntries(methods.map((method) => [method, (args: unknown) => call(method, args)])),
        onDueNotice: (listener: (notice: unknown) => void) => {
          const forward = (event: Event) => listener((event as CustomEvent).detail);
          window.addEventListener(noticeEvent, forward);
          return () => window.removeEventListener(noticeEvent, forward);
        },
      };
    },
    { methods: IPC_METHODS, noticeEvent: NOTICE_EVENT },
  );
  await page.route(`${new URL(APP_URL).origin}/**`, async (route) => {
    const asset = resolveRendererAsset(RENDERER_DIR, new URL(route.request().url()).pathname);
    if (!asset) return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({ status: 200, headers: asset.headers, body: await readFile(asset.filePath) });
  });
}
