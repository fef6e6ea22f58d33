import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addHours, addMinutes, getYear, subDays } from 'date-fns';
import { serialize, withInternal } from '../electron/store/store-files';
import type { RequestEvent } from '../shared/domain/events';
import { foldRequest, type RequestState } from '../shared/domain/request-state';
import { DEFAULT_SETTINGS, type Settings } from '../shared/domain/settings';
import { recordAsk } from '../shared/rules/asks';
import { markClientMessageSent, recordClientContact } from '../shared/rules/client-track';
import { recordDecision } from '../shared/rules/decision';
import { buildArchiveSummary } from '../shared/store/archive-index';
import { SCHEMA_VERSION, documentOf, type RequestDocument } from '../shared/store/documents';
import { SAMPLE_COMPANIES, SAMPLE_FIRST_NAMES, SAMPLE_LAST_NAMES, SAMPLE_TOPICS } from '../tests/support/sample-requests';

/** A small, fast, seeded generator, so every run measures the same data. */
export function seeded(seed: number) {
  let s = seed >>> 0;
  const next = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return {
    next,
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
  };
}

const DETAIL =
  'They would like an answer before their own board meets, and mentioned that the budget is already approved on their side. ' +
  'A short call would suit them if anything needs discussing; they are travelling on Thursdays. ';

/**
 * Realistic requests at any size, made through the app's own rules so every history is one the
 * app could have written: 6 to 10 events each; a tenth still open, the rest answered and closed
 * over the three years before `now` (or `openCount` open, the rest closed). Written straight
 * into the data folder in today's format.
 */
export function seedFolder(
  dir: string,
  count: number,
  now: Date,
  settings: Settings = { ...DEFAULT_SETTINGS, setupDone: true },
  /** How many stay open; a tenth when not given. */
  openCount?: number,
) {
  const rand = seeded(count);
  const active: Record<string, RequestDocument> = {};
  const closed: { state: RequestState; year: number; doc: RequestDocument }[] = [];
  const clients = Array.from({ length: Math.max(20, Math.floor(count / 4)) }, () => {
    const name = `${rand.pick(SAMPLE_FIRST_NAMES)} ${rand.pick(SAMPLE_LAST_NAMES)}`;
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@clients.example`;
    return { name, company: rand.pick(SAMPLE_COMPANIES), email, phone: '+44 20 7946 0000' };
  });
  for (let i = 0; i < count; i++) {
    const open = openCount === undefined ? i % 10 === 0 : i < openCount;
    const id = randomUUID();
    let at = open ? subDays(now, rand.int(2, 40)) : subDays(now, rand.int(60, 3 * 365));
    const events: RequestEvent[] = [
      {
        type: 'logged',
        at: at.toISOString(),
        request: {
          client: rand.pick(clients),
          contact: {
            channel: rand.pick(['email', 'phone', 'voicemail', 'in-person'] as const),
            at: addMinutes(at, -rand.int(5, 240)).toISOString(),
          },
          topic: rand.pick(SAMPLE_TOPICS),
          details: DETAIL.repeat(rand.int(1, 4)),
          bossId: settings.defaultBossId,
          deadline: null,
        },
      },
    ];
    const step = (rule: (s: RequestState, t: Date) => RequestEvent[], hours: number) => {
      const t = addHours(at, hours);
      if (t > now) return false;
      at = t;
      events.push(...rule(foldRequest(id, events, at), at));
      return true;
    };
    const target = rand.int(6, 10) - (open ? 0 : 2);
    step((s, t) => markClientMessageSent(s, settings, 'acknowledgement', 'Your request', t), 1);
    const asks = open ? rand.int(0, 2) : rand.int(1, 2);
    for (let a = 0; a < asks; a++) step((s, t) => recordAsk(s, settings, t, ''), 50);
    while (events.length < target) {
      const ok =
        rand.next() < 0.5
          ? step((s, t) => markClientMessageSent(s, settings, 'update', 'An update', t), 24 * rand.int(2, 6))
          : step(
              (s, t) => recordClientContact(s, settings, { gapDays: 7 }, { channel: 'phone', contactAt: t, note: 'asked for news' }, t),
              24 * rand.int(2, 6),
            );
      if (!ok) break;
    }
    if (!open) {
      step((s, t) => recordDecision(s, 'Yes, with thanks.', t), 24);
      step((s, t) => markClientMessageSent(s, settings, 'answer', 'Your request: an answer', t), 2);
    }
    const doc = documentOf(id, events);
    const state = foldRequest(id, events, now);
    if (state.status === 'closed') closed.push({ state, year: getYear(new Date(events.at(-1)!.at)), doc });
    else active[id] = doc;
  }
  mkdirSync(dir, { recursive: true });
  const write = (name: string, data: object) => writeFileSync(path.join(dir, `${name}.json`), serialize(withInternal(data, {})));
  write('follow-through', { schemaVersion: SCHEMA_VERSION, settings, requests: active });
  const years = new Map<number, Record<string, RequestDocument>>();
  for (const c of closed) {
    const year = years.get(c.year) ?? {};
    year[c.doc.id] = c.doc;
    years.set(c.year, year);
  }
  for (const [year, requests] of years) write(`follow-through-archive-${year}`, { schemaVersion: SCHEMA_VERSION, year, requests });
  const summary = buildArchiveSummary(closed);
  write('follow-through-archive-index', summary.index);
  write('follow-through-archive-outcomes', summary.outcomes);
  return { active: Object.keys(active).length, archived: closed.length };
}
