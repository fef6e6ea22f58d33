import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// electron-builder's own check of a configuration against its schema, without building anything.
const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, debugLogger: { isEnabled: boolean; add: () => void }) => Promise<void>;
};
const quiet = { isEnabled: false, add: () => undefined };
const build = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { build: Record<string, unknown> })
  .build;

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
