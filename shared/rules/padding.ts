import { startOfDay } from 'date-fns';
import { addWorkingDays, type WorkCalendar } from './work-calendar';

/**
 * Under-promise, over-deliver: if the assistant expects an answer in N business days, the
 * client is promised N x factor (rounded up).
 */
export function promisedDay(now: Date, expectedBusinessDays: number, factor: number, cal: WorkCalendar): Date {
  return startOfDay(addWorkingDays(now, Math.ceil(expectedBusinessDays * factor), cal));
}
