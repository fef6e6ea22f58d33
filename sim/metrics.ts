import { differenceInCalendarDays, differenceInCalendarWeeks, endOfDay, format } from 'date-fns';
import type { RunLog } from './run';
import { SimCalendar } from './working-time';

/** The figures the issue names, for one policy's year; percentages to one decimal place. */
export interface PolicyResults {
  chasesBeatenPct: number;
  firstResponseWithinAimPct: number;
  firstResponseWithinLimitPct: number;
  repliesWithinLimitPct: number;
  promisesKeptPct: number;
  deadlinesPassedInSilence: number;
  pastDatesInDrafts: number;
  updatesPerClientWeek: number;
  medianAsksToDecision: number;
  parkedPct: number;
  simulateMs: number;
  /** The counts behind the figures, so a reader can check them. */
  counts: {
    requests: number;
    chasesBeaten: number;
    chased: number;
    firstResponses: number;
    firstResponsesLate: number;
    replies: number;
    repliesLate: number;
    promises: number;
    promisesBroken: number;
    deadlines: number;
    messages: number;
    updates: number;
    /** Updates sent within a week before a client's deadline, or after it passed undecided. */
    updatesAroundDeadlines: number;
    /** Updates to clients who chase every two or three days, and the chases those clients made. */
    updatesToShortPatience: number;
    chasedByShortPatience: number;
    clientWeeks: number;
    draftsWithProblems: number;
    daysOffNamed: number;
    wrongWeekdays: number;
    refusals: number;
  };
  /** The first few cases behind each missed figure, in words: what a reader needs to find the cause. */
  findings: string[];
  /** Chases beaten per week of the year (null: no opportunity that week), for the chart. */
  weekly: (number | null)[];
}

const pct = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10);

export function measure(log: RunLog): PolicyResults {
  const { world } = log;
  const cal = new SimCalendar(world.holidays);
  const byRequest = new Map<number, { contacts: RunLog['contacts']; messages: RunLog['messages'] }>();
  for (const c of log.contacts) {
    const entry = byRequest.get(c.request) ?? { contacts: [], messages: [] };
    entry.contacts.push(c);
    byRequest.set(c.request, entry);
  }
  for (const m of log.messages) byRequest.get(m.request)?.messages.push(m);

  const weeks = Math.ceil(differenceInCalendarWeeks(world.end, world.start, { weekStartsOn: 1 })) + 1;
  const weekBeaten = Array<number>(weeks).fill(0);
  const weekChased = Array<number>(weeks).fill(0);
  const weekOf = (at: Date) => Math.min(weeks - 1, differenceInCalendarWeeks(at, world.start, { weekStartsOn: 1 }));

  let beaten = 0;
  let chased = 0;
  let firstResponses = 0;
  let firstLate = 0;
  let firstOnAim = 0;
  let replies = 0;
  let repliesLate = 0;
  let promises = 0;
  let broken = 0;
  let deadlines = 0;
  let silent = 0;
  const clientWeeks = new Set<string>();
  const findings: string[] = [];
  const when = (d: Date) => format(d, 'EEE d MMM HH:mm');
  const note = (kind: string, text: string) => {
    if (findings.filter((f) => f.startsWith(kind)).length < 3) findings.push(`${kind}: ${text}`);
  };

  /** The first message of ours after `t`, if any. */
  const firstAfter = (messages: RunLog['messages'], t: Date) => messages.find((m) => m.at > t) ?? null;

  for (const [key, { contacts, messages }] of byRequest) {
    const req = world.requests[key]!;
    const first = messages[0] ?? null;
    // Update opportunities: from our first word on, each unprompted message of ours went first; each chase did not.
    if (first) {
      for (const m of messages) {
        if (m.at > first.at && m.unprompted && (m.kind === 'update' || m.kind === 'answer')) {
          beaten++;
          weekBeaten[weekOf(m.at)]!++;
        }
      }
      for (const c of contacts) {
        if (c.kind === 'chase' && c.at > first.at) {
          chased++;
          weekChased[weekOf(c.at)]!++;
        }
      }
    }
    for (const c of contacts) {
      if (c.kind === 'thanks') continue;
      const limit = cal.limitAfter(c.at, 24);
      const answered = firstAfter(messages, c.at);
      // A message whose limit falls after the year's end, still unanswered, is not judged.
      if (!answered && limit > world.end) continue;
      const late = !answered || answered.at > limit;
      if (late)
        note(
          'late response',
          `request ${key}, ${c.kind} at ${when(c.at)}, limit ${when(limit)}, answered ${answered ? when(answered.at) : 'never'}`,
        );
      if (c.kind === 'request') {
        firstResponses++;
        if (late) firstLate++;
        if (answered && answered.at <= cal.aimAfter(c.at, 1)) firstOnAim++;
      } else {
        replies++;
        if (late) repliesLate++;
      }
    }
    for (const m of messages) {
      if (!m.promise) continue;
      const by = endOfDay(m.promise);
      const next = firstAfter(messages, m.at);
      if (!next && by > world.end) continue;
      promises++;
      if (!next || next.at > by) {
        broken++;
        note(
          'promise broken',
          `request ${key}, ${m.kind} at ${when(m.at)} promised ${format(m.promise, 'EEE d MMM')}, next word ${next ? `${next.kind} at ${when(next.at)}` : 'never'}`,
        );
      }
    }
    if (req.deadline) {
      const passes = endOfDay(new Date(`${req.deadline}T00:00`));
      if (passes <= world.end) {
        deadlines++;
        const answered = messages.some((m) => m.kind === 'answer' && m.at <= passes);
        const warned = messages.some((m) => m.saysDeadlineRisk && m.at <= passes);
        if (!answered && !warned) {
          silent++;
          note(
            'deadline passed in silence',
            `request ${key}, deadline ${req.deadline}, messages ${messages.map((m) => `${m.kind} ${when(m.at)}`).join(', ')}`,
          );
        }
      }
    }
    // The client's inbox: each week in which they had this request open.
    const closed = log.closedAt.get(key) ?? world.end;
    for (let w = weekOf(req.at); w <= weekOf(closed); w++) clientWeeks.add(`${req.client}:${w}`);
  }

  for (const m of log.messages)
    if (m.flagged) note('draft', `request ${m.request}, ${m.kind} at ${when(m.at)}: ${m.problems.join('; ') || 'a date'}\n${m.flagged}`);
  const updateList = log.messages.filter((m) => m.kind === 'update');
  const updates = updateList.length;
  const shortPatience = (request: number) => world.clients[world.requests[request]!.client]!.patience === 'days';
  const aroundDeadline = (m: RunLog['messages'][number]) => {
    const deadline = world.requests[m.request]!.deadline;
    return deadline !== null && differenceInCalendarDays(new Date(`${deadline}T00:00`), m.at) <= 6;
  };
  const asks = log.decisions.map((d) => d.asks).sort((a, b) => a - b);
  const mid = asks.length / 2;
  const median = asks.length === 0 ? 0 : asks.length % 2 ? asks[Math.floor(mid)]! : (asks[mid - 1]! + asks[mid]!) / 2;
  return {
    chasesBeatenPct: pct(beaten, beaten + chased),
    firstResponseWithinAimPct: pct(firstOnAim, firstResponses),
    firstResponseWithinLimitPct: pct(firstResponses - firstLate, firstResponses),
    repliesWithinLimitPct: pct(replies - repliesLate, replies),
    promisesKeptPct: pct(promises - broken, promises),
    deadlinesPassedInSilence: silent,
    pastDatesInDrafts: log.messages.reduce((n, m) => n + m.pastDates, 0),
    updatesPerClientWeek: Math.round((100 * updates) / Math.max(1, clientWeeks.size)) / 100,
    medianAsksToDecision: median,
    parkedPct: pct(log.parked.size, byRequest.size),
    simulateMs: Math.round(log.ms),
    counts: {
      requests: byRequest.size,
      chasesBeaten: beaten,
      chased,
      firstResponses,
      firstResponsesLate: firstLate,
      replies,
      repliesLate,
      promises,
      promisesBroken: broken,
      deadlines,
      messages: log.messages.length,
      updates,
      updatesAroundDeadlines: updateList.filter(aroundDeadline).length,
      updatesToShortPatience: updateList.filter((m) => !aroundDeadline(m) && shortPatience(m.request)).length,
      chasedByShortPatience: log.contacts.filter((c) => c.kind === 'chase' && shortPatience(c.request)).length,
      clientWeeks: clientWeeks.size,
      draftsWithProblems: log.messages.filter((m) => m.problems.length > 0).length,
      daysOffNamed: log.messages.reduce((n, m) => n + m.daysOffNamed, 0),
      wrongWeekdays: log.messages.reduce((n, m) => n + m.wrongWeekdays, 0),
      refusals: log.errors.length,
    },
    findings,
    weekly: weekBeaten.map((b, i) => (b + weekChased[i]! === 0 ? null : pct(b, b + weekChased[i]!))),
  };
}
