import { subDays } from 'date-fns';
import type { RequestState } from '../domain/request-state';
import { compareIso } from '../domain/compare-iso';

export interface ChaseScore {
  /** Updates that reached the client before they chased. */
  beaten: number;
  /** Times the client got in touch while an update was due and unsent. */
  chased: number;
  /** beaten / (beaten + chased), or null with no opportunities yet. */
  rate: number | null;
}

export interface ChasesBeaten {
  overall: ChaseScore;
  last30Days: ChaseScore;
}

export type ChaseOutcome = { at: string; kind: 'beaten' | 'chased' };

/**
 * Every update opportunity ends one of two ways: our update went first (beaten) or the
 * client chased. An update sent in reply to a chase closes that chase, so it is not counted
 * as a second, beaten, opportunity.
 */
export function chaseOutcomes(state: RequestState): ChaseOutcome[] {
  const out: ChaseOutcome[] = [];
  const moments = [
    ...state.outbound.filter((m) => m.kind === 'update').map((m) => ({ at: m.at, chase: false })),
    ...state.inbound.filter((c) => c.chased).map((c) => ({ at: c.at, chase: true })),
  ].sort((a, b) => compareIso(a.at, b.at));
  let answeringChase = false;
  for (const m of moments) {
    if (m.chase) {
      out.push({ at: m.at, kind: 'chased' });
      answeringChase = true;
    } else if (answeringChase) {
      answeringChase = false;
    } else {
      out.push({ at: m.at, kind: 'beaten' });
    }
  }
  return out;
}

/** The share of opportunities beaten, overall and over the 30 days before `now`. */
export function scoreChases(outcomes: readonly ChaseOutcome[], now: Date): ChasesBeaten {
  const since = subDays(now, 30).toISOString();
  return { overall: score(outcomes), last30Days: score(outcomes.filter((o) => o.at >= since)) };
}

export function chasesBeaten(states: readonly RequestState[], now: Date): ChasesBeaten {
  return scoreChases(states.flatMap(chaseOutcomes), now);
}

function score(outcomes: readonly ChaseOutcome[]): ChaseScore {
  const beaten = outcomes.filter((o) => o.kind === 'beaten').length;
  const chased = outcomes.length - beaten;
  return { beaten, chased, rate: outcomes.length ? beaten / outcomes.length : null };
}
