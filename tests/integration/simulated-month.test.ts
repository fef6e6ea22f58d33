import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measure, type PolicyResults } from '../../sim/metrics';
import { runPolicy, type RunLog } from '../../sim/run';
import { makeWorld } from '../../sim/world';

// A month of the simulated year (npm run simulate) in the test suite: five weeks from Monday
// 23 March 2026, Easter's two bank holidays inside, through the app's real stack on temp files.
// The year's figures come from `npm run simulate`; this holds the invariants that must hold in
// any month, and that the same seed replays the same month.
const world = () => makeWorld({ seed: 7, days: 35, start: new Date(2026, 2, 23) });
let dir: string;
let log: RunLog;
let results: PolicyResults;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-sim-test-'));
  log = await runPolicy(world(), 'app', dir);
  results = measure(log);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a simulated month, the assistant following Today', () => {
  it('did a month’s work: requests logged, messages sent, asks made, deadlines and promises to judge', () => {
    expect(results.counts.requests).toBeGreaterThanOrEqual(50);
    expect(results.counts.messages).toBeGreaterThanOrEqual(100);
    expect(log.asks.length).toBeGreaterThanOrEqual(50);
    expect(results.counts.deadlines).toBeGreaterThanOrEqual(5);
    expect(results.counts.promises).toBeGreaterThanOrEqual(50);
  });

  it('the app refused nothing the assistant did from Today', () => {
    expect(log.errors).toEqual([]);
  });

  it('every draft passes the sentence check and the never-blame check as it stands', () => {
    expect(log.messages.filter((m) => m.problems.length > 0).map((m) => m.flagged)).toEqual([]);
  });

  it('no draft offers a date already past, a day off, or a weekday that does not match its date', () => {
    expect(results.pastDatesInDrafts).toBe(0);
    expect(results.counts.daysOffNamed).toBe(0);
    expect(results.counts.wrongWeekdays).toBe(0);
  });

  it('no deadline passes in silence, every promise is kept, every first response is within the limit', () => {
    expect(results.deadlinesPassedInSilence).toBe(0);
    expect(results.promisesKeptPct).toBe(100);
    expect(results.firstResponseWithinLimitPct).toBe(100);
    expect(results.repliesWithinLimitPct).toBe(100);
  });

  it('the same seed replays the same month, message for message', async () => {
    const again = await runPolicy(world(), 'app', dir);
    const sent = (l: RunLog) => l.messages.map((m) => `${m.request} ${m.at.toISOString()} ${m.kind} ${m.promise?.toISOString() ?? '-'}`);
    expect(sent(again)).toEqual(sent(log));
    expect({ ...measure(again), simulateMs: 0 }).toEqual({ ...results, simulateMs: 0 });
  }, 60_000);

  it('another seed makes another month', () => {
    const other = makeWorld({ seed: 8, days: 35, start: new Date(2026, 2, 23) });
    expect(other.requests.map((r) => r.at.getTime())).not.toEqual(world().requests.map((r) => r.at.getTime()));
  });
});
