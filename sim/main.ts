// `npm run simulate [-- --seed N --days 365]`: a synthetic year through the app's real stack,
// three ways of timing updates, the figures printed and written to sim/results.json, the chart
// and the table into docs/. It measures; it never fails on a slow machine.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { differenceInCalendarWeeks, format } from 'date-fns';
import { chasesChart } from './chart';
import { measure, type PolicyResults } from './metrics';
import { POLICIES, runPolicy, type Policy } from './run';
import { makeWorld } from './world';
import { DEFAULT_SETTINGS, type Settings } from '../shared/domain/settings';

process.env.TZ = 'Europe/London';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`--${name} needs a whole number above 0 (got ${process.argv[i + 1]}).`);
    process.exit(2);
  }
  return value;
};
const seed = arg('seed', 1);
const days = arg('days', 365);
// `--set updatesBeforeRelaxing=2`: a numeric setting changed, to measure a rule before proposing it.
const overrides: Record<string, number> = {};
process.argv.forEach((a, i) => {
  if (a !== '--set') return;
  const [key, value] = (process.argv[i + 1] ?? '').split('=');
  if (!key || typeof DEFAULT_SETTINGS[key as keyof Settings] !== 'number' || !Number.isFinite(Number(value))) {
    const numeric = Object.keys(DEFAULT_SETTINGS).filter((k) => typeof DEFAULT_SETTINGS[k as keyof Settings] === 'number');
    console.error(`--set needs name=number, one of: ${numeric.join(', ')} (got "${process.argv[i + 1] ?? ''}").`);
    process.exit(2);
  }
  overrides[key] = Number(value);
});
const isDefaultYear = seed === 1 && days === 365 && Object.keys(overrides).length === 0;

const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
interface Outcome {
  results: PolicyResults;
  refusals: string[];
}

// Each policy runs in its own worker thread on its own temp store: the three share nothing, and
// a two-core machine runs them in about half the time. The world is made again from the seed in each.
if (!isMainThread) {
  const { policy } = workerData as { policy: Policy };
  const log = await runPolicy(makeWorld({ seed, days }), policy, base, overrides);
  parentPort!.postMessage({ results: measure(log), refusals: log.errors.slice(0, 5) } satisfies Outcome);
} else {
  await main();
}

async function main() {
  const t0 = performance.now();
  const world = makeWorld({ seed, days });
  const results = {} as Record<Policy, PolicyResults>;
  const refusals: string[] = [];
  const outcomes = await Promise.all(
    POLICIES.map(
      (policy) =>
        new Promise<Outcome>((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { policy }, argv: process.argv.slice(2) });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  POLICIES.forEach((policy, i) => {
    results[policy] = outcomes[i]!.results;
    refusals.push(...outcomes[i]!.refusals.map((e) => `${policy}: ${e}`));
  });
  const totalMs = Math.round(performance.now() - t0);

  const KEYS = [
    'chasesBeatenPct',
    'firstResponseWithinAimPct',
    'firstResponseWithinLimitPct',
    'repliesWithinLimitPct',
    'promisesKeptPct',
    'deadlinesPassedInSilence',
    'pastDatesInDrafts',
    'updatesPerClientWeek',
    'medianAsksToDecision',
    'parkedPct',
    'simulateMs',
  ] as const;
  const table = [
    `| key | ${POLICIES.join(' | ')} |`,
    `|---|${POLICIES.map(() => '---:').join('|')}|`,
    ...KEYS.map((k) => `| \`${k}\` | ${POLICIES.map((p) => results[p][k]).join(' | ')} |`),
  ].join('\n');
  const measured = format(new Date(), 'yyyy-MM-dd');
  console.log(
    `\nA simulated ${days}-day year from ${format(world.start, 'd MMMM yyyy')}, seed ${seed}: ${world.clients.length} clients, ${world.requests.length} requests, ${world.missedSessions.length} missed half-days.\n`,
  );
  console.log(table);
  console.log('\nBehind the figures:');
  for (const p of POLICIES) console.log(`  ${p}: ${JSON.stringify(results[p].counts)}`);
  for (const f of results.app.findings) console.log(`\napp, ${f}`);
  console.log(`\nThree policies in ${(totalMs / 1000).toFixed(1)} s, side by side on ${availableParallelism()} cores (stores in ${base}).`);
  if (refusals.length) console.log(`\nThe app refused ${refusals.length} actions; the first:\n  ${refusals.join('\n  ')}`);

  const file = {
    measured,
    seed,
    days,
    start: format(world.start, 'yyyy-MM-dd'),
    clients: world.clients.length,
    requests: world.requests.length,
    missedHalfDays: world.missedSessions.map((s) => format(s, "yyyy-MM-dd'T'HH:mm")),
    assistantHoliday: [world.assistantHoliday[0], world.assistantHoliday.at(-1)],
    settingsChanged: overrides,
    totalMs,
    policies: Object.fromEntries(POLICIES.map((p) => [p, { ...results[p], weekly: undefined }])),
    chasesBeatenPerWeek: Object.fromEntries(POLICIES.map((p) => [p, results[p].weekly])),
  };
  // Only the default year is published (sim/results.json, tracked, and docs/): another seed, length
  // or setting is for exploring, and goes to out/, which git ignores.
  const resultsFile = isDefaultYear ? 'sim/results.json' : 'out/sim/results.json';
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(file, null, 2)}\n`);

  if (isDefaultYear) {
    const caption = `Chases beaten per week, simulated year (seed ${seed}, measured ${measured})`;
    const week = (day: string) => differenceInCalendarWeeks(new Date(`${day}T00:00`), world.start, { weekStartsOn: 1 });
    const holiday = { from: week(world.assistantHoliday[0]!), to: week(world.assistantHoliday.at(-1)!), label: 'the assistant on holiday' };
    writeFileSync(
      'docs/simulation-chases-beaten.svg',
      chasesChart({ app: results.app.weekly, weekly: results.weekly.weekly, reactive: results.reactive.weekly }, caption, [holiday]),
    );
    const doc = 'docs/SIMULATION.md';
    const text = readFileSync(doc, 'utf8');
    const start = '<!-- simulate:table -->';
    const end = '<!-- /simulate:table -->';
    const block = `${start}\nMeasured ${measured}, seed ${seed}, ${days} days, ${world.requests.length} requests, ${(totalMs / 1000).toFixed(1)} s for the three.\n\n${table}\n${end}`;
    writeFileSync(doc, text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block));
    console.log(`\nWrote sim/results.json, ${doc} and docs/simulation-chases-beaten.svg.`);
  } else {
    console.log(`\nWrote ${resultsFile}; sim/results.json and docs/ keep the default year (seed 1, 365 days, settings as shipped).`);
  }
}
