import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { addDays, addHours, addMinutes, format, getDay, max as maxDate, setHours, setMinutes, startOfDay } from 'date-fns';
import Conf from 'conf';
import { SettableClock } from '../electron/clock';
import { openAppStack, type AppStack } from '../electron/app-stack';
import type { SystemPorts } from '../electron/ipc/system-ports';
import { confOptionsFor } from '../electron/store/store-files';
import type { ContactChannel } from '../shared/domain/contact-channel';
import type { Medium } from '../shared/domain/draft-templates';
import type { ClientMessageKind, ContactNeeds } from '../shared/domain/events';
import { DEFAULT_SETTINGS, type Settings } from '../shared/domain/settings';
import type { IpcArgs, IpcMethod, IpcResult } from '../shared/ipc/contract';
import type { DueKind } from '../shared/rules/due-facts';
import { sentenceProblems } from '../tests/support/sentence-check';
import { namedDays, saysDeadlineAtRisk } from './draft-dates';
import { chance } from './random';
import type { BossKey, SimClient, SimRequest, SimWorld } from './world';
import { SimCalendar } from './working-time';

/**
 * One policy's year: the world's clients and bosses play against the app's real stack (store
 * files in a temp folder, the service, main's handler table with its payload checks), and the
 * assistant works through Today at each session. Everything the clients saw and did is logged
 * here, by the world, so the figures come from what happened rather than from the app's view of it.
 */

/** How the assistant times status updates; everything else (acknowledge, reply, ask, answer) follows Today in all three. */
export type Policy = 'app' | 'weekly' | 'reactive';
export const POLICIES: readonly Policy[] = ['app', 'weekly', 'reactive'];

export interface SentMessage {
  request: number;
  at: Date;
  kind: ClientMessageKind;
  medium: Medium;
  /** Sent without a client message waiting for it: our word went first. */
  unprompted: boolean;
  /** "You will hear from me by D": D. */
  promise: Date | null;
  saysDeadlineRisk: boolean;
  /** What the sentence check and the never-blame check found. */
  problems: string[];
  /** Days offered as still to come that had already gone, or fell on a day off, or carried the wrong weekday. */
  pastDates: number;
  daysOffNamed: number;
  wrongWeekdays: number;
  /** The text as sent, kept only when something above was found in it, to show as an example. */
  flagged?: string;
}

export type ContactKind = 'request' | 'chase' | 'question' | 'thanks';
export interface ClientContact {
  request: number;
  at: Date;
  kind: ContactKind;
}

export interface RunLog {
  policy: Policy;
  world: SimWorld;
  messages: SentMessage[];
  contacts: ClientContact[];
  asks: { request: number; at: Date }[];
  decisions: { request: number; at: Date; asks: number }[];
  parked: Set<number>;
  closedAt: Map<number, Date>;
  /** What the app refused, or what went wrong in the run: each one is a finding. */
  errors: string[];
  ms: number;
}

type WorldEvent =
  | { at: Date; kind: 'arrival'; request: number }
  | { at: Date; kind: 'question' | 'thanks' | 'chase'; request: number }
  | { at: Date; kind: 'decision'; request: number; text: string };

/** What the world keeps about each request it has sent. */
interface Live {
  req: SimRequest;
  client: SimClient;
  id: string | null;
  lastExchange: Date;
  /** The last date we promised our next word by, while it stands. */
  promise: Date | null;
  lastOurs: Date | null;
  /** The client spoke last and is waiting for our reply. */
  clientWaiting: boolean;
  decided: boolean;
  closed: boolean;
  asks: number;
  chases: number;
  messages: number;
  /** The boss has answered; the assistant hears at the next session. */
  answerComing: boolean;
}

const DECISIONS = [
  'Yes, gladly: please go ahead on the terms they proposed.',
  'Thank you, but not this year; do keep us in mind for the next one.',
  'Yes, provided the date can be the following week.',
  'Yes, at the silver level rather than gold.',
];

/** The settings the assistant works with: the app's defaults, names filled in, the year's days off, and any `--set` to explore a rule. */
export const SIM_SETTINGS = (world: SimWorld, overrides: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  assistantName: 'Jo Bennett',
  assistantEmail: 'jo.bennett@office.example',
  signature: 'Jo Bennett\nAssistant to Alex Morgan and Sam Okafor',
  callbackNumber: '020 7946 0100',
  bosses: [
    { id: 'boss-alex', name: 'Alex Morgan', email: 'alex.morgan@office.example' },
    { id: 'boss-sam', name: 'Sam Okafor', email: 'sam.okafor@office.example' },
  ],
  defaultBossId: 'boss-alex',
  setupDone: true,
  notificationsEnabled: false,
  holidays: world.holidays,
  ...overrides,
});

const BOSS_IDS: Record<BossKey, string> = { alex: 'boss-alex', sam: 'boss-sam' };

/** Nobody opens a file or a link in a simulated year: the ports say so if anything tries. */
const noSystem: SystemPorts = {
  clipboard: { writeText: () => {} },
  openExternal: () => Promise.reject(new Error('The simulation opens no links.')),
  chooseSavePath: () => Promise.resolve(null),
  writeFile: () => Promise.reject(new Error('The simulation writes no exports.')),
  secrets: {
    available: () => false,
    encrypt: () => {
      throw new Error('The simulation keeps no secrets.');
    },
    decrypt: () => {
      throw new Error('The simulation keeps no secrets.');
    },
  },
  loginItem: {
    get: () => Promise.resolve({ enabled: false, supported: false }),
    set: () => Promise.resolve({ enabled: false, supported: false }),
  },
};

/** Where the temp store lives: memory-backed /dev/shm when the machine has it, so a year's ten thousand flushed writes cost little. */
export function simFolder(base: string): string {
  return mkdtempSync(path.join(base, 'follow-through-sim-'));
}

export async function runPolicy(world: SimWorld, policy: Policy, baseDir: string, overrides: Partial<Settings> = {}): Promise<RunLog> {
  const t0 = performance.now();
  const dir = simFolder(baseDir);
  const clock = new SettableClock(world.start);
  let ids = 0;
  const stack: AppStack = openAppStack({
    folder: dir,
    openFile: (name) => new Conf<Record<string, unknown>>(confOptionsFor(dir, name)),
    clock,
    system: noSystem,
    newId: () => `00000000-0000-4000-8000-${(++ids).toString(16).padStart(12, '0')}`,
    parseWorker: () => {
      throw new Error('The simulation reads no files.');
    },
  });
  const log: RunLog = {
    policy,
    world,
    messages: [],
    contacts: [],
    asks: [],
    decisions: [],
    parked: new Set(),
    closedAt: new Map(),
    errors: [],
    ms: 0,
  };
  try {
    await new Year(world, policy, stack, clock, log, SIM_SETTINGS(world, overrides)).run();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  log.ms = performance.now() - t0;
  return log;
}

class Year {
  private readonly live = new Map<number, Live>();
  private readonly queue: WorldEvent[] = [];
  private readonly cal: SimCalendar;

  constructor(
    private readonly world: SimWorld,
    private readonly policy: Policy,
    private readonly stack: AppStack,
    private readonly clock: SettableClock,
    private readonly log: RunLog,
    private readonly settings: Settings,
  ) {
    this.cal = new SimCalendar(world.holidays);
    for (const req of world.requests) {
      this.queue.push({ at: req.at, kind: 'arrival', request: req.key });
      if (req.newQuestionAt) this.queue.push({ at: req.newQuestionAt, kind: 'question', request: req.key });
    }
  }

  /** One IPC call through main's handler table, payload checks and all; a refusal is logged as a finding. */
  private async call<M extends IpcMethod>(method: M, args: IpcArgs<M>): Promise<IpcResult<M> | null> {
    const result = await this.stack.handlers[method](args);
    if (result.ok) return result.value;
    this.log.errors.push(`${format(this.clock.now(), 'yyyy-MM-dd HH:mm')} ${method}: ${result.error}`);
    return null;
  }

  async run(): Promise<void> {
    await this.call('saveSettings', this.settings);
    for (const session of this.world.sessions) {
      this.advanceWorld(session);
      this.clock.set(session);
      await this.catchUp(session);
      await this.workThroughToday();
      if (this.policy === 'weekly') await this.weeklyUpdates();
    }
  }

  /** The next moment, after `t`, a client is at their desk: weekdays 08:00 to 18:00. */
  private atDesk(t: Date, jitterKey: string): Date {
    let at = t;
    const jitter = Math.floor(chance(this.world.seed, jitterKey) * 90);
    if (at.getHours() >= 18) at = setHours(startOfDay(addDays(at, 1)), 8);
    if (at.getHours() < 8) at = setHours(startOfDay(at), 8);
    while (getDay(at) === 0 || getDay(at) === 6) at = setHours(startOfDay(addDays(at, 1)), 8);
    return at.getHours() === 8 && at.getMinutes() === 0 ? addMinutes(at, jitter) : at;
  }

  /** When this client would chase if they heard nothing more: their patience, or the morning after the day we promised, whichever is later. */
  private nextChase(l: Live): Date {
    let at = addHours(l.lastExchange, l.client.patienceHours);
    if (l.promise && l.client.trustsPromises) at = maxDate([at, setMinutes(setHours(addDays(l.promise, 1), 9), 30)]);
    return this.atDesk(at, `chase-${l.req.key}-${l.chases}`);
  }

  /** Everything clients and bosses did up to `until`, in time order; chases worked out as time passes. */
  private advanceWorld(until: Date): void {
    for (;;) {
      this.queue.sort((a, b) => a.at.getTime() - b.at.getTime());
      let next: WorldEvent | null = this.queue[0] && this.queue[0].at <= until ? this.queue[0] : null;
      for (const l of this.live.values()) {
        if (l.closed) continue;
        const chase = this.nextChase(l);
        if (chase <= until && (!next || chase < next.at)) next = { at: chase, kind: 'chase', request: l.req.key };
      }
      if (!next) return;
      if (next.kind !== 'chase') this.queue.shift();
      this.happen(next);
    }
  }

  /** Events the assistant learns of at the next session, in the order they happened. */
  private readonly inbox: WorldEvent[] = [];

  private happen(e: WorldEvent): void {
    if (e.kind === 'arrival') {
      const req = this.world.requests[e.request]!;
      const client = this.world.clients[req.client]!;
      this.live.set(req.key, {
        req,
        client,
        id: null,
        lastExchange: req.at,
        promise: null,
        lastOurs: null,
        clientWaiting: true,
        decided: false,
        closed: false,
        asks: 0,
        chases: 0,
        messages: 0,
        answerComing: false,
      });
      this.log.contacts.push({ request: req.key, at: e.at, kind: 'request' });
      this.inbox.push(e);
      return;
    }
    const l = this.live.get(e.request);
    if (!l || l.closed) return;
    if (e.kind === 'decision') {
      if (!l.decided) this.inbox.push(e);
      return;
    }
    if (e.kind === 'chase') {
      l.chases++;
      l.promise = null;
    }
    // A question or a thanks after the answer went out needs a request that is open: they are dropped with it.
    l.lastExchange = e.at;
    if (e.kind !== 'thanks') l.clientWaiting = true;
    this.log.contacts.push({ request: e.request, at: e.at, kind: e.kind });
    this.inbox.push(e);
  }

  private tick(): Date {
    this.clock.set(addMinutes(this.clock.now(), 2));
    return this.clock.now();
  }

  /** The assistant logs what came in since the last session: new requests, contacts, the boss's answers. */
  private async catchUp(session: Date): Promise<void> {
    const events = this.inbox.splice(0).sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const e of events) {
      const l = this.live.get(e.request)!;
      this.tick();
      if (e.kind === 'arrival') {
        const view = await this.call('logRequest', {
          client: { name: l.client.name, company: l.client.company, email: l.client.email, phone: l.client.phone },
          contact: { channel: l.req.channel, at: l.req.at.toISOString() },
          topic: l.req.topic,
          details: l.req.details,
          bossId: BOSS_IDS[l.req.boss],
          deadline: l.req.deadline,
        });
        if (view) l.id = view.state.id;
        continue;
      }
      if (!l.id || l.closed) continue;
      const current = await this.call('getRequest', { id: l.id });
      if (!current) continue;
      if (current.state.status === 'closed') continue;
      const version = current.state.version;
      if (e.kind === 'decision') {
        await this.call('recordDecision', { id: l.id, version, decision: e.text });
        l.decided = true;
        this.log.decisions.push({ request: l.req.key, at: session, asks: l.asks });
        continue;
      }
      const needs: ContactNeeds = e.kind === 'chase' ? 'reply' : e.kind === 'question' ? 'acknowledgement' : 'none';
      const note =
        e.kind === 'chase'
          ? 'Asked whether there is any news.'
          : e.kind === 'question'
            ? 'Asked whether the date could move a week.'
            : 'Thanks, that is fine.';
      const channel: ContactChannel = l.client.channel === 'in-person' || l.client.channel === 'other' ? 'email' : l.client.channel;
      await this.call('logClientContact', { id: l.id, version, channel, contactAt: e.at.toISOString(), note, needs });
    }
  }

  private acts(kind: DueKind): boolean {
    if (kind === 'update') return this.policy === 'app';
    return ['acknowledge', 'reply', 'answer', 'ask', 'reask', 'choose-park'].includes(kind);
  }

  /** Today, top to bottom, each row's due items done in turn; the list is asked for again after every action, as the screen would be. */
  private async workThroughToday(): Promise<void> {
    const done = new Set<string>();
    for (let guard = 0; guard < 2000; guard++) {
      const today = await this.call('getToday', { bossId: null, rowsPerSection: ALL_ROWS });
      if (!today) return;
      let todo: Todo | null = null;
      for (const section of today.sections) {
        for (const row of section.rows) {
          const item = row.items.find((i) => this.acts(i.kind) && !done.has(`${row.requestId}:${i.kind}`));
          if (item) {
            todo = { id: row.requestId, kind: item.kind, version: row.version, round: row.round };
            break;
          }
        }
        if (todo) break;
      }
      if (!todo) return;
      done.add(`${todo.id}:${todo.kind}`);
      await this.act(todo);
    }
    this.log.errors.push(`${format(this.clock.now(), 'yyyy-MM-dd HH:mm')} Today did not empty after 2000 actions`);
  }

  private liveById(id: string): Live | undefined {
    for (const l of this.live.values()) if (l.id === id) return l;
    return undefined;
  }

  /** A row's item, done from what the row says: its request's version, as the screen's button carries it. */
  private async act({ id, kind, version, round }: Todo): Promise<void> {
    const l = this.liveById(id);
    if (!l) return;
    this.tick();
    switch (kind) {
      case 'acknowledge':
        return this.send(l, 'acknowledgement', version);
      case 'reply':
        return this.send(l, 'reply', version);
      case 'update':
        return this.send(l, 'update', version);
      case 'answer':
        return this.send(l, 'answer', version);
      case 'ask':
      case 'reask':
        return this.ask(l, version, round);
      case 'choose-park':
        return this.park(l);
      default:
        return;
    }
  }

  private async ask(l: Live, version: number, round: number): Promise<void> {
    const view = await this.call('askBoss', { id: l.id!, version, note: '' });
    if (!view) return;
    l.asks++;
    this.log.asks.push({ request: l.req.key, at: this.clock.now() });
    // Alex answers about a third of asks; Sam seldom answers in the first round, and mostly after a park and a re-ask.
    const p = l.req.boss === 'alex' ? 0.35 : round <= 1 ? 0.08 : 0.65;
    if (!l.answerComing && chance(this.world.seed, 'boss', l.req.key, l.asks) < p) {
      l.answerComing = true;
      const hours = 2 + Math.floor(chance(this.world.seed, 'boss-delay', l.req.key, l.asks) * 38);
      const text = DECISIONS[Math.floor(chance(this.world.seed, 'decision', l.req.key) * DECISIONS.length)]!;
      this.queue.push({ at: addHours(this.clock.now(), hours), kind: 'decision', request: l.req.key, text });
    }
  }

  /** Parked: back in two weeks, as most bosses prefer; back before the deadline when two weeks would be too late. */
  private async park(l: Live): Promise<void> {
    const current = await this.call('getRequest', { id: l.id! });
    if (!current) return;
    const twoWeeks = current.parkChoices.find((c) => c.outcome === 'in-2-weeks');
    const beforeDeadline = current.parkChoices.find((c) => c.outcome === 'before-deadline');
    const outcome = twoWeeks?.afterDeadline && beforeDeadline ? 'before-deadline' : 'in-2-weeks';
    const view = await this.call('chooseParkOutcome', { id: l.id!, version: current.state.version, outcome });
    if (view) this.log.parked.add(l.req.key);
  }

  /** A message drafted by the app, read as the sentence check reads it, and marked sent as it stands. */
  private async send(l: Live, kind: ClientMessageKind, version: number): Promise<void> {
    const spoken = (l.client.channel === 'phone' || l.client.channel === 'voicemail') && kind !== 'reply';
    const medium: Medium = spoken ? 'call' : 'email';
    const reasons = this.settings.holdUpReasons;
    const reason =
      kind === 'update' ? reasons[Math.floor(chance(this.world.seed, 'reason', l.req.key, l.messages) * reasons.length)]! : null;
    const draft = await this.call('draftForClient', {
      id: l.id!,
      kind,
      medium,
      locale: 'en-GB',
      reason,
      expectedBusinessDays: null,
      invite: kind === 'update',
    });
    if (!draft) return;
    const now = this.clock.now();
    const text = `${draft.subject}\n${draft.body}`;
    const days = namedDays(text, now);
    // The weekly and reactive runs send the app's wording but keep their own promise: the weekly
    // routine names the day of its next weekly update, the reactive one names none.
    const promise =
      this.policy === 'app' ? (days.find((d) => d.promise)?.day ?? null) : this.policy === 'weekly' ? this.weeklyDay(now) : null;
    const sent = await this.call('markSent', {
      id: l.id!,
      version,
      kind,
      medium,
      used: { subject: draft.subject, body: draft.body, proposalId: draft.proposalId },
    });
    if (!sent) return;
    const message: SentMessage = {
      request: l.req.key,
      at: now,
      kind,
      medium,
      unprompted: !l.clientWaiting,
      promise,
      saysDeadlineRisk: saysDeadlineAtRisk(text),
      problems: [...sentenceProblems(`${draft.subject}.`), ...sentenceProblems(draft.body), ...draft.warnings],
      pastDates: days.filter((d) => d.future && d.day < startOfDay(now)).length,
      daysOffNamed: days.filter((d) => d.future && !d.theirs && !this.cal.isWorkingDay(d.day)).length,
      wrongWeekdays: days.filter((d) => d.wrongWeekday).length,
    };
    if (message.problems.length || message.pastDates || message.daysOffNamed || message.wrongWeekdays) message.flagged = text;
    this.log.messages.push(message);
    l.messages++;
    l.lastExchange = now;
    l.lastOurs = now;
    l.promise = promise;
    l.clientWaiting = false;
    if (sent.state.status === 'closed') {
      l.closed = true;
      this.log.closedAt.set(l.req.key, now);
    }
    // Now and then a client answers an update with a word of thanks, which needs no reply.
    if (kind === 'update' && chance(this.world.seed, 'thanks', l.req.key, l.messages) < 0.05) {
      this.queue.push({
        at: addHours(now, 2 + Math.floor(chance(this.world.seed, 'thanks-at', l.req.key, l.messages) * 4)),
        kind: 'thanks',
        request: l.req.key,
      });
    }
  }

  /** The weekly routine's next day after a word on `from`: a week on, or the working day before when that is a day off. */
  private weeklyDay(from: Date): Date {
    let day = startOfDay(addDays(from, 7));
    while (!this.cal.isWorkingDay(day)) day = addDays(day, -1);
    if (day <= startOfDay(from)) {
      // A fortnight off: the first working day back.
      day = startOfDay(addDays(from, 1));
      while (!this.cal.isWorkingDay(day)) day = addDays(day, 1);
    }
    return day;
  }

  /** The help-desk routine: an update to every request still waiting whose last word from us is a week old. */
  private async weeklyUpdates(): Promise<void> {
    const now = this.clock.now();
    for (const l of this.live.values()) {
      if (!l.id || l.closed || l.decided || !l.lastOurs) continue;
      if (startOfDay(now) < this.weeklyDay(l.lastOurs)) continue;
      this.tick();
      const current = await this.call('getRequest', { id: l.id });
      if (current) await this.send(l, 'update', current.state.version);
    }
  }
}

interface Todo {
  id: string;
  kind: DueKind;
  version: number;
  round: number;
}

const ALL_ROWS = Object.fromEntries(
  ['deadline', 'call', 'acknowledge', 'reply', 'update', 'ask', 'reask', 'answer', 'client-step'].map((k) => [k, 100_000]),
) as IpcArgs<'getToday'>['rowsPerSection'];
