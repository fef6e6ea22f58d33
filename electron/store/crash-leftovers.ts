import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BACKUP_DIR } from './store-files';

/**
 * Temporary files of a write that a crash cut short: conf's (`name.json.tmp-<hex>`), ours
 * (`name.json.<pid>.tmp`) and backup folders never renamed into place (`*.partial`). None of
 * them is data: the file they were to replace is whole. Removed at start, before anything
 * writes (one instance only: main holds the single-instance lock), so they cannot pile up
 * over years of the odd crash.
 */
const LEFTOVER = /^follow-through[\w-]*\.json\.(tmp-[0-9a-f]+|\d+\.tmp)$/;

export function removeCrashLeftovers(folder: string): string[] {
  const removed: string[] = [];
  const sweep = (dir: string, matches: (name: string) => boolean) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).filter(matches)) {
      rmSync(path.join(dir, name), { recursive: true, force: true });
      removed.push(path.join(dir, name));
    }
  };
  sweep(folder, (name) => LEFTOVER.test(name));
  sweep(path.join(folder, BACKUP_DIR), (name) => name.endsWith('.partial'));
  return removed;
}
