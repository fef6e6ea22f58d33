import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { attentionLabel } from '../../shared/store/attention-label';
import { repairRequest } from '../../shared/store/repair-request';
import type { SetAside } from '../../shared/store/check-data-file';
import type { AttentionItem } from '../../shared/ipc/contract';
import { NEEDS_ATTENTION_DIR } from './store-files';

/**
 * Records that failed their check on load, each saved as it was found (raw JSON) with what
 * was wrong, in `needs-attention/`. They stay listed in the app until dismissed; dismissing
 * moves the file to `needs-attention/dismissed/`, never deletes it.
 */
export class NeedsAttention {
  readonly dir: string;

  constructor(folder: string) {
    this.dir = path.join(folder, NEEDS_ATTENTION_DIR);
  }

  save(sourceFile: string, items: readonly SetAside[], now: Date): void {
    if (!items.length) return;
    mkdirSync(this.dir, { recursive: true });
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    items.forEach((item, i) => {
      const name = `${stamp}-${i}-${item.key.replace(/[^\w-]/g, '_').slice(0, 60)}.json`;
      const record = { file: sourceFile, key: item.key, problem: item.problem, foundAt: now.toISOString(), raw: item.raw };
      writeFileAtomic(path.join(this.dir, name), JSON.stringify(record, null, 2));
    });
  }

  list(): AttentionItem[] {
    if (!existsSync(this.dir)) return [];
    const out: AttentionItem[] = [];
    for (const name of readdirSync(this.dir).filter((n) => n.endsWith('.json'))) {
      try {
        const record = JSON.parse(readFileSync(path.join(this.dir, name), 'utf8')) as Omit<AttentionItem, 'id' | 'savedTo'>;
        const raw = (record as { raw?: unknown }).raw;
        const request = record.key !== 'settings' && !record.key.startsWith('client ');
        out.push({
          id: name,
          file: record.file,
          key: record.key,
          label: attentionLabel(raw),
          problem: record.problem,
          repairs: request ? (repairRequest(raw, record.key)?.repairs ?? null) : null,
          foundAt: record.foundAt,
          savedTo: path.join(this.dir, name),
        });
      } catch {
        out.push({
          id: name,
          file: '?',
          key: name,
          label: null,
          problem: 'this saved record could not be read',
          repairs: null,
          foundAt: '',
          savedTo: path.join(this.dir, name),
        });
      }
    }
    return out.sort((a, b) => a.foundAt.localeCompare(b.foundAt));
  }

  /** The record as saved (its key and raw JSON), or null when it is not on the list. */
  record(id: string): { key: string; raw: unknown; text: string } | null {
    const file = path.join(this.dir, path.basename(id));
    if (path.basename(id) !== id || !existsSync(file)) return null;
    try {
      const text = readFileSync(file, 'utf8');
      const record = JSON.parse(text) as { key?: unknown; raw?: unknown };
      return typeof record.key === 'string' ? { key: record.key, raw: record.raw, text } : null;
    } catch {
      return null;
    }
  }

  dismiss(id: string): boolean {
    const from = path.join(this.dir, path.basename(id));
    if (path.basename(id) !== id || !existsSync(from)) return false;
    mkdirSync(path.join(this.dir, 'dismissed'), { recursive: true });
    renameSync(from, path.join(this.dir, 'dismissed', id));
    return true;
  }
}
