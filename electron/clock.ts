import type { Clock } from '../shared/domain/clock';

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until told to move: for tests, never for users. */
export class SettableClock implements Clock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date): void {
    this.current = new Date(to);
  }
}
