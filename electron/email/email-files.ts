import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { EmailSource } from '../../shared/ipc/contract';
import { EMAIL_MAX_BYTES } from '../../shared/ipc/schemas';

const EMAIL_FILE = /\.(eml|msg)$/i;

/** The email files among a launch's arguments: what Windows and Linux pass when one is opened with the app. */
export function emailFilesIn(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && EMAIL_FILE.test(arg));
}

/**
 * An email file the user opened with the app (File > Open email…, a double-click, a drop on the
 * Dock icon), as the window's readEmail takes it; or what is wrong with it, in words.
 */
export async function emailSourceFromFile(file: string): Promise<{ ok: true; source: EmailSource } | { ok: false; error: string }> {
  const name = path.basename(file);
  if (!EMAIL_FILE.test(name)) return { ok: false, error: `“${name}” is not an email file. Open an .eml or Outlook .msg file.` };
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, error: `“${name}” is not a file.` };
    if (info.size > EMAIL_MAX_BYTES)
      return { ok: false, error: `“${name}” is larger than 20 MB, too large for an email the app can read.` };
    return { ok: true, source: { kind: 'file', fileName: name, base64: (await readFile(file)).toString('base64') } };
  } catch {
    return { ok: false, error: `“${name}” could not be read. Check that it still exists and that you may open it.` };
  }
}
