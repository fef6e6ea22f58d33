import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { resolveRendererAsset } from './renderer-assets';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://follow-through`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready: a standard, secure scheme gets a real origin for 'self'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer from disk, with the CSP header, instead of file:// URLs. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const asset = url.host === 'follow-through' ? resolveRendererAsset(rendererDir, url.pathname) : null;
    if (asset === 'malformed') return new Response('Bad request', { status: 400 });
    if (!asset) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(asset.filePath), { headers: asset.headers });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
