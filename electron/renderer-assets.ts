import path from 'node:path';

/**
 * Content-Security-Policy for the renderer: only the app's own scripts and styles, no
 * inline script, no network. Served as a header with every renderer file.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface RendererAsset {
  filePath: string;
  headers: Record<string, string>;
}

/**
 * Maps a request path to a file inside the built renderer folder, or null for anything
 * outside it (no ../ escapes) or of a type the app does not ship; 'malformed' for a path
 * whose percent escapes do not decode.
 */
export function resolveRendererAsset(rootDir: string, urlPathname: string): RendererAsset | null | 'malformed' {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    // A stray % (app://follow-through/%) is a bad request, answered as one; it must never throw.
    return 'malformed';
  }
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const filePath = path.resolve(rootDir, relative);
  if (!filePath.startsWith(path.resolve(rootDir) + path.sep)) return null;
  const mime = MIME_TYPES[path.extname(filePath).toLowerCase()];
  if (!mime) return null;
  return {
    filePath,
    headers: {
      'Content-Type': mime,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  };
}
