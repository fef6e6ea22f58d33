import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { writeFileAtomic } from '../../electron/store/atomic-write';
import { openTestStack } from '../support/open-test-store';
import { requestDetails } from '../support/fixtures';

/** What the app asked of the file system, in order: which paths were flushed and renamed. */
const calls = vi.hoisted(() => [] as string[]);

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const opened = new Map<number, string>();
  const recorded = {
    ...fs,
    openSync: (file: string, flags: string, mode?: number) => {
      const fd = fs.openSync(file, flags, mode);
      opened.set(fd, String(file));
      return fd;
    },
    fsyncSync: (fd: number) => {
      calls.push(`fsync ${opened.get(fd) ?? fd}`);
      fs.fsyncSync(fd);
    },
    renameSync: (from: string, to: string) => {
      calls.push(`rename to ${String(to)}`);
      fs.renameSync(from, to);
    },
  };
  return { ...recorded, default: recorded };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-durable-'));
  calls.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('writes that survive a power cut', () => {
  it('writeFileAtomic flushes the file, renames it into place, then flushes the folder', () => {
    const target = path.join(dir, 'notes.json');
    writeFileAtomic(target, '{"a":1}');
    expect(calls).toEqual([`fsync ${target}.${process.pid}.tmp`, `rename to ${target}`, `fsync ${dir}`]);
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}');
  });

  it('every write of the main file (through electron-store) is followed by a flush of the folder', () => {
    const clock = new SettableClock(new Date('2026-11-10T09:00:00Z'));
    const { service } = openTestStack(dir, clock);
    calls.length = 0;
    const logged = service.logRequest(requestDetails());
    expect(calls).toEqual([`fsync ${dir}`]);
    calls.length = 0;
    service.askBoss(logged.id, logged.version, '');
    expect(calls).toEqual([`fsync ${dir}`]);
  });
});
