import { addYears, getDay, startOfDay } from 'date-fns';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY = new RegExp(`\\b(${WEEKDAYS.join('|')}) (\\d{1,2}) (${MONTHS.join('|')})\\b`, 'g');

/** A day named in a draft ("Friday 13 March"), read as a client would read it. */
export interface NamedDay {
  day: Date;
  /** Offered as something still to come: "by Friday 13 March", "if I haven’t heard by ...". */
  future: boolean;
  /** "you will hear from me by ...", "I will be in touch again by ...": the date we promise our next word. */
  promise: boolean;
  /** The client's own deadline ("I know you need this by ..."): their date, which may fall on any day. */
  theirs: boolean;
  /** The weekday written does not match the date: a reader would notice. */
  wrongWeekday: boolean;
}

/**
 * Every day a draft names, each placed in the year nearest the day it was written (drafts name
 * no year), and what the sentence around it offers. The words are the app's default templates'.
 */
export function namedDays(text: string, written: Date): NamedDay[] {
  const out: NamedDay[] = [];
  for (const m of text.matchAll(DAY)) {
    const [, weekday, date, month] = m;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    let day = new Date(written.getFullYear(), MONTHS.indexOf(month!), Number(date));
    // The nearest year: a January draft may name December just gone, a December one next January.
    const distance = (d: Date) => Math.abs(d.getTime() - written.getTime());
    for (const other of [addYears(day, -1), addYears(day, 1)]) if (distance(other) < distance(day)) day = other;
    const promise = /(hear from me|in touch again) by $/.test(before);
    // "needed this by" and "you emailed me on" speak of what was; "by" anything else offers a date to come.
    const future = promise || (/\bby $/.test(before) && !/needed this by $/.test(before));
    const theirs = /need(ed)? this by $|your deadline of $/.test(before);
    out.push({ day: startOfDay(day), future, promise, theirs, wrongWeekday: WEEKDAYS[getDay(day)] !== weekday });
  }
  return out;
}

/** The draft tells the client their deadline may pass, or has, without the answer. */
export function saysDeadlineAtRisk(text: string): boolean {
  return /I know you need(ed)? this by /.test(text);
}
