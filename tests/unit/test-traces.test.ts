import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A Playwright trace records every value a test types, so a failing test's trace.zip would keep
 * a typed password. The UI project keeps traces of failures (playwright.config.ts); a spec that
 * types into a password field turns them off.
 */
const E2E = path.resolve(__dirname, '../e2e');

describe('Playwright traces', () => {
  const specs = readdirSync(E2E).filter((f) => f.endsWith('.spec.ts'));
  const typingPasswords = specs.filter((f) =>
    /getByLabel\([^)]*[Pp]assword[^)]*\)\s*\.\s*(fill|type|pressSequentially)/.test(readFileSync(path.join(E2E, f), 'utf8')),
  );

  it('some spec types a password (else this check guards nothing)', () => {
    expect(typingPasswords).toContain('mailbox.spec.ts');
  });

  it.each(typingPasswords)('%s, which types a password, keeps no trace', (file) => {
    expect(readFileSync(path.join(E2E, file), 'utf8')).toMatch(/test\.use\(\{\s*trace:\s*'off'\s*\}\)/);
  });
});
