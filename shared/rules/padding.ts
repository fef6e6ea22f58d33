import { addBusinessDays, startOfDay } from 'date-fns';

/**
 * Under-promise, over-deliver: if the assistant expects an answer in N business days, the
 * client is promised N x factor (rounded up).
 */
export function promisedDay(now: Date, expectedBusinessDays: number, factor: number): Date {
  return startOfDay(addBusinessDays(now, Math.ceil(expectedBusinessDays * factor)));
}
