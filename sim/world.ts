import { addDays, addMinutes, format, getDay, isBefore, setHours, startOfDay } from 'date-fns';
import type { ContactChannel } from '../shared/domain/contact-channel';
import { SAMPLE_COMPANIES, SAMPLE_FIRST_NAMES, SAMPLE_LAST_NAMES, SAMPLE_TOPICS } from '../tests/support/sample-requests';
import { stream } from './random';

/**
 * The simulated year's cast, made once from the seed: clients with their patience, the
 * requests they send and when, two bosses, the days off and the half-days the assistant misses.
 * Nothing here knows the app; the run feeds it to the app as a user would.
 */

/** How long a client waits for word before chasing: some every two or three days, most weekly, some monthly. */
export type Patience = 'days' | 'weekly' | 'monthly';

export interface SimClient {
  key: number;
  name: string;
  company: string;
  email: string;
  phone: string;
  patience: Patience;
  patienceHours: number;
  /** How they like to reach us, and to be reached. */
  channel: ContactChannel;
  /** Told "you will hear from me by Friday", they wait until Friday; a few chase on their own clock regardless. */
  trustsPromises: boolean;
}

export type BossKey = 'alex' | 'sam';

export interface SimRequest {
  key: number;
  client: number;
  at: Date;
  channel: ContactChannel;
  topic: string;
  details: string;
  boss: BossKey;
  /** yyyy-MM-dd, about a fifth of requests. */
  deadline: string | null;
  /** A second question on the same request, asked while it is still open; null for most. */
  newQuestionAt: Date | null;
}

export interface SimWorld {
  seed: number;
  start: Date;
  end: Date;
  clients: SimClient[];
  requests: SimRequest[];
  /** Days off in Settings: bank holidays and the assistant's own two weeks (yyyy-MM-dd). */
  holidays: string[];
  assistantHoliday: string[];
  /** Work sessions the assistant planned (09:00 and 14:00 on working days) and did not miss. */
  sessions: Date[];
  missedSessions: Date[];
}

/** England's bank holidays across the default year and its edges. */
const BANK_HOLIDAYS = [
  '2025-12-25',
  '2025-12-26',
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
];

/** The assistant's two weeks off, in the default year; a shorter run includes them only if it spans them. */
const HOLIDAY_FROM = new Date(2026, 7, 10);
const HOLIDAY_DAYS = 12;

export const DEFAULT_START = new Date(2026, 0, 5); // Monday 5 January 2026

const DETAILS = [
  'They would like an answer before their own board meets.',
  'The budget is approved on their side; they need a yes or no.',
  'A short call would suit them if anything needs discussing.',
  'They sent the draft agreement and are waiting for comments.',
];

const CHANNELS: readonly ContactChannel[] = [
  'email',
  'email',
  'email',
  'email',
  'email',
  'email',
  'phone',
  'phone',
  'voicemail',
  'in-person',
  'other',
];

export interface WorldOptions {
  seed: number;
  start?: Date;
  days: number;
  /** About 600 a year; a shorter run gets its share. */
  requestsPerYear?: number;
  clients?: number;
}

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

export function makeWorld(options: WorldOptions): SimWorld {
  const rand = stream(options.seed);
  const start = startOfDay(options.start ?? DEFAULT_START);
  const end = addDays(start, options.days);
  const assistantHoliday = Array.from({ length: HOLIDAY_DAYS }, (_, i) => addDays(HOLIDAY_FROM, i))
    .filter((d) => getDay(d) !== 0 && getDay(d) !== 6)
    .map(iso);
  const holidays = [...BANK_HOLIDAYS, ...assistantHoliday].sort();
  const isWorkingDay = (d: Date) => getDay(d) !== 0 && getDay(d) !== 6 && !holidays.includes(iso(d));

  const clients: SimClient[] = Array.from({ length: options.clients ?? 200 }, (_, key) => {
    const first = rand.pick(SAMPLE_FIRST_NAMES);
    const last = rand.pick(SAMPLE_LAST_NAMES);
    const roll = rand.next();
    const patience: Patience = roll < 0.15 ? 'days' : roll < 0.8 ? 'weekly' : 'monthly';
    const days = patience === 'days' ? 2 + rand.next() : patience === 'weekly' ? 6 + 2 * rand.next() : 25 + 10 * rand.next();
    return {
      key,
      name: `${first} ${last}`,
      company: rand.pick(SAMPLE_COMPANIES),
      email: `${`${first}.${last}`
        .normalize('NFD')
        .replace(/[^A-Za-z.]/g, '')
        .toLowerCase()}.${key}@clients.example`,
      phone: `+44 20 7946 ${String(1000 + key).padStart(4, '0')}`,
      patience,
      patienceHours: Math.round(days * 24),
      channel: rand.pick(CHANNELS),
      trustsPromises: rand.next() < 0.9,
    };
  });
  // Some clients write often, most now and then: a weight per client, squared to skew it.
  const weights = clients.map(() => rand.next() ** 2 + 0.05);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const pickClient = () => {
    let r = rand.next() * totalWeight;
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) < 0) return i;
    return weights.length - 1;
  };

  const dayBefore = (d: Date) => {
    let day = addDays(d, -1);
    while (!isWorkingDay(day)) day = addDays(day, -1);
    return day;
  };
  const daysBeforeBreaks = [...BANK_HOLIDAYS.map((h) => new Date(`${h}T00:00`)), HOLIDAY_FROM]
    .map(dayBefore)
    .filter((d) => !isBefore(d, start) && isBefore(d, end));

  const count = Math.round(((options.requestsPerYear ?? 600) * options.days) / 365);
  const requests: SimRequest[] = [];
  for (let key = 0; key < count; key++) {
    const client = clients[pickClient()]!;
    const roll = rand.next();
    let at: Date;
    if (roll < 0.05 && daysBeforeBreaks.length > 0) {
      // Just before a holiday: late afternoon on the last working day.
      at = addMinutes(setHours(rand.pick(daysBeforeBreaks), 16), rand.int(0, 90));
    } else {
      let day = addDays(start, rand.int(0, options.days - 1));
      const when = rand.next();
      if (when < 0.08) {
        // Friday evening.
        while (getDay(day) !== 5) day = addDays(day, 1);
        at = addMinutes(setHours(day, 17), rand.int(0, 240));
      } else if (when < 0.2) {
        at = addMinutes(setHours(day, 18), rand.int(0, 240)); // an evening
      } else if (when < 0.25) {
        at = addMinutes(setHours(day, 7), rand.int(0, 90)); // early, before the office opens
      } else {
        while (getDay(day) === 0 || getDay(day) === 6) day = addDays(day, 1);
        at = addMinutes(setHours(day, 9), rand.int(0, 8 * 60 + 30)); // office hours
      }
    }
    if (!isBefore(at, end)) at = addMinutes(end, -rand.int(60, 600));
    const hour = at.getHours();
    const officeHours = getDay(at) !== 0 && getDay(at) !== 6 && hour >= 9 && hour < 18;
    let channel = rand.next() < 0.8 ? client.channel : rand.pick(CHANNELS);
    // Out of hours a call goes to voicemail, and nobody walks in.
    if (!officeHours && channel === 'phone') channel = 'voicemail';
    if (!officeHours && channel === 'in-person') channel = 'email';
    const withDeadline = rand.next() < 0.2;
    const newQuestion = rand.next() < 0.12;
    requests.push({
      key,
      client: client.key,
      at,
      channel,
      topic: rand.pick(SAMPLE_TOPICS),
      details: rand.pick(DETAILS),
      boss: rand.next() < 0.6 ? 'alex' : 'sam',
      deadline: withDeadline ? iso(addDays(at, rand.int(4, 30))) : null,
      newQuestionAt: newQuestion ? addMinutes(setHours(startOfDay(addDays(at, rand.int(2, 20))), 10), rand.int(0, 420)) : null,
    });
  }
  requests.sort((a, b) => a.at.getTime() - b.at.getTime());
  requests.forEach((r, i) => (r.key = i));

  // Two sessions a working day; the assistant misses a few half-days, never two in a row.
  const planned: Date[] = [];
  for (let d = start; isBefore(d, end); d = addDays(d, 1)) {
    if (!isWorkingDay(d)) continue;
    planned.push(setHours(d, 9), setHours(d, 14));
  }
  const missed = new Set<number>();
  const wanted = Math.max(1, Math.round((planned.length / 500) * 6));
  for (let tries = 0; missed.size < wanted && tries < 1000; tries++) {
    const i = rand.int(1, planned.length - 2);
    if (!missed.has(i - 1) && !missed.has(i + 1)) missed.add(i);
  }
  return {
    seed: options.seed,
    start,
    end,
    clients,
    requests,
    holidays: holidays.filter((h) => h >= iso(addDays(start, -30)) && h <= iso(addDays(end, 400))),
    assistantHoliday,
    sessions: planned.filter((_, i) => !missed.has(i)),
    missedSessions: planned.filter((_, i) => missed.has(i)),
  };
}
