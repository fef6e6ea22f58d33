import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// electron-builder's own check of a configuration against its schema, without building anything.
const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, debugLogger: { isEnabled: boolean; add: () => void }) => Promise<void>;
};
const quiet = { isEnabled: false, add: () => undefined };
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  build: Record<string, unknown> & Record<'mac' | 'win' | 'linux', { target: string[]; icon: string }>;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};
const { build } = pkg;

describe('the Electron the app is built on', () => {
  it('is a release of a supported line (45.x, the newest on 2026-11-29), pinned exactly, and the one installed', () => {
    expect(pkg.devDependencies.electron).toMatch(/^45\.\d+\.\d+$/);
    const installed = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(pkg.devDependencies.electron);
  });
});

describe('the packaging configuration', () => {
  it('passes electron-builder’s own schema, and that check does refuse a wrong option', async () => {
    await expect(validateConfiguration(build, quiet)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...build, electronFuses: { runAsNodee: false } }, quiet)).rejects.toThrow(/electronFuses/);
  });

  it('flips the fuses that close Node and debugger entry points and load only the signed archive', () => {
    expect(build.asar).toBe(true);
    expect(build.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

/** The width of a PNG, from its IHDR chunk. */
const pngWidth = (png: Buffer) => png.readUInt32BE(16);
/** The chunk types of an ICNS file, in order. */
function icnsTypes(icns: Buffer): string[] {
  const types: string[] = [];
  for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) types.push(icns.toString('ascii', at, at + 4));
  return types;
}
/** The image sizes in an ICO directory (a width byte of 0 means 256). */
const icoSizes = (ico: Buffer) => Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);

describe('the installers', () => {
  it('build an AppImage and a .deb for Linux, an NSIS installer for Windows and a .dmg for macOS', () => {
    expect(build.linux.target).toEqual(['AppImage', 'deb']);
    expect(build.win.target).toEqual(['nsis']);
    expect(build.mac.target).toEqual(['dmg']);
    expect(build).toMatchObject({ appId: 'app.followthrough.desktop', productName: 'Follow-Through' });
    // The icons are drawn before electron-builder runs, from the one SVG.
    expect(pkg.scripts.dist).toBe('npm run build && npm run icons && electron-builder');
  });

  it('offer Follow-Through for .eml files without taking them from the mail program', () => {
    expect(build.fileAssociations).toEqual([
      { ext: 'eml', name: 'Email message', description: 'Email message', mimeType: 'message/rfc822', role: 'Viewer', rank: 'Alternate' },
    ]);
    expect(build.linux).toMatchObject({ mimeTypes: ['message/rfc822'] });
  });

  it('have every icon the config names, at every size each platform asks for, drawn from assets/icon.svg', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'follow-through-icons-'));
    try {
      const icons = (await import(pathToFileURL(path.resolve('scripts/icons.mjs')).href)) as {
        writeInstallerIcons: (dir: string) => Promise<string[]>;
      };
      await icons.writeInstallerIcons(dir);
      // The paths the config names, read from the folder the script wrote (build/ in a real run).
      const at = (configured: string) => path.join(dir, path.relative('build', configured));
      for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
        expect(pngWidth(readFileSync(path.join(at(build.linux.icon), `${size}x${size}.png`))), `${size}px`).toBe(size);
      }
      expect(icoSizes(readFileSync(at(build.win.icon)))).toEqual([256, 128, 96, 72, 64, 48, 32, 24, 16]);
      const icns = readFileSync(at(build.mac.icon));
      expect(icns.toString('ascii', 0, 4)).toBe('icns');
      // 16, 32, 64, 128, 256, 512 and 1024 px, with the Retina pairs.
      expect(icnsTypes(icns).sort()).toEqual([
        'ic07',
        'ic08',
        'ic09',
        'ic10',
        'ic11',
        'ic12',
        'ic13',
        'ic14',
        'il32',
        'is32',
        'l8mk',
        's8mk',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
