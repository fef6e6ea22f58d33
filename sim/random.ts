/**
 * Seeded randomness for the simulated year. Two kinds: a stream (mulberry32) for building the
 * world once, and `chance`, a hash of the seed and named keys, for what happens during the run
 * (does the boss answer this ask?). The hash gives every policy the same dice at the same
 * moment, so the three runs differ only by what the assistant did, not by luck.
 */
export interface Stream {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(list: readonly T[]): T;
}

export function stream(seed: number): Stream {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)]!,
  };
}

/** A number in [0, 1) fixed by the seed and the keys: the same question gets the same answer in every run. */
export function chance(seed: number, ...keys: (string | number)[]): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const ch of keys.join('|')) {
    h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  }
  return stream(h).next();
}
