import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, resolveRendererAsset } from '../../electron/renderer-assets';

const root = path.resolve('/app/renderer');

describe('serving the renderer', () => {
  it('maps / to index.html with the CSP header', () => {
    const asset = resolveRendererAsset(root, '/');
    if (asset === 'malformed') throw new Error('"/" decodes');
    expect(asset?.filePath).toBe(path.join(root, 'index.html'));
    expect(asset?.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(asset?.headers['Content-Type']).toBe('text/html; charset=utf-8');
  });

  it('refuses paths that escape the renderer folder', () => {
    expect(resolveRendererAsset(root, '/../main/main.js')).toBeNull();
    expect(resolveRendererAsset(root, '/%2e%2e/%2e%2e/etc/passwd.js')).toBeNull();
  });

  it('calls a malformed percent escape malformed instead of throwing', () => {
    expect(resolveRendererAsset(root, '/%')).toBe('malformed');
    expect(resolveRendererAsset(root, '/%E0%A4%A.js')).toBe('malformed');
  });

  it('refuses file types the app does not ship', () => {
    expect(resolveRendererAsset(root, '/assets/x.exe')).toBeNull();
  });

  it('allows no inline script, no remote content and no network', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('http');
  });
});
