import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { crashCycles } from '../crash/crash-cycles';

// `npm run crash-test` runs the same with CRASH_KILLS=200 and writes the figures for docs/DATA.md.
const KILLS = Number(process.env.CRASH_KILLS ?? 24);
const dir = mkdtempSync(path.join(tmpdir(), 'follow-through-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it(
  `survives ${KILLS} SIGKILLs mid-write: the store always opens cleanly and every acknowledged write is there`,
  async () => {
    const figures = await crashCycles(dir, KILLS);
    console.log(`Crash test: ${JSON.stringify(figures, null, 2)}`);
    writeFileSync(path.join('test-results', 'crash', 'figures.json'), JSON.stringify(figures, null, 2));
    expect(figures.problems).toEqual([]);
    expect(figures.kills).toBe(KILLS);
    // The kills must land among writes, not only before the first one: otherwise nothing was tested.
    expect(figures.acknowledgedWrites).toBeGreaterThan(KILLS * 5);
    expect(figures.survived).toBe(figures.acknowledgedWrites);
    expect(figures.archivedAtEnd).toBeGreaterThan(0);
    // What the kills left half-written (temporary files, unfinished backups) is swept away at the next start.
    expect(figures.leftoverTempFiles).toBe(0);
  },
  Math.max(60_000, KILLS * 3_000),
);
