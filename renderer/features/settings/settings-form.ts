import type { GreetingStyle } from '../../../shared/clients/greeting';
import type { TemplateId } from '../../../shared/domain/draft-templates';
import { SETTING_RANGES } from '../../../shared/domain/setting-ranges';
import type { AwayPeriod, Boss, Settings, Template, Theme } from '../../../shared/domain/settings';

/** A boss as the form holds them: their times away as lines of text, one a line, as holidays are. */
export type BossForm = Omit<Boss, 'away'> & { awayText: string };

export type NumberKey = keyof typeof SETTING_RANGES;
export const NUMBER_KEYS = Object.keys(SETTING_RANGES) as NumberKey[];

/** What the Settings inputs hold, as typed: numbers and line lists stay text until saved. */
export interface SettingsForm {
  assistantName: string;
  assistantEmail: string;
  signature: string;
  callbackNumber: string;
  greetingStyle: GreetingStyle;
  bosses: BossForm[];
  defaultBossId: string;
  workingDays: number[];
  start: string;
  end: string;
  holidays: string;
  notificationsEnabled: boolean;
  theme: Theme;
  numbers: Record<NumberKey, string>;
  reasons: string;
  offers: string;
  templates: Record<TemplateId, Template>;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function toForm(settings: Settings): SettingsForm {
  return {
    assistantName: settings.assistantName,
    assistantEmail: settings.assistantEmail,
    signature: settings.signature,
    callbackNumber: settings.callbackNumber,
    greetingStyle: settings.greetingStyle,
    bosses: settings.bosses.map(({ away, ...boss }) => ({ ...boss, awayText: (away ?? []).map(awayLine).join('\n') })),
    defaultBossId: settings.defaultBossId,
    workingDays: settings.workingDays,
    start: settings.workingHours.start,
    end: settings.workingHours.end,
    holidays: settings.holidays.join('\n'),
    notificationsEnabled: settings.notificationsEnabled,
    theme: settings.theme,
    numbers: Object.fromEntries(NUMBER_KEYS.map((k) => [k, String(settings[k])])) as Record<NumberKey, string>,
    reasons: settings.holdUpReasons.join('\n'),
    offers: settings.deadlineOffers.join('\n'),
    templates: settings.templates,
  };
}

/** The form as the Settings main receives; an empty or non-numeric number becomes NaN, which the schema names. */
export function toSettings(form: SettingsForm, base: Settings): Settings {
  return {
    ...base,
    assistantName: form.assistantName,
    assistantEmail: form.assistantEmail,
    signature: form.signature,
    callbackNumber: form.callbackNumber,
    greetingStyle: form.greetingStyle,
    bosses: form.bosses.map(({ awayText, ...boss }) => ({ ...boss, away: lines(awayText).map(awayOf) })),
    defaultBossId: form.defaultBossId,
    workingDays: form.workingDays,
    workingHours: { start: form.start, end: form.end },
    holidays: lines(form.holidays),
    notificationsEnabled: form.notificationsEnabled,
    theme: form.theme,
    ...(Object.fromEntries(NUMBER_KEYS.map((k) => [k, form.numbers[k].trim() === '' ? Number.NaN : Number(form.numbers[k])])) as Record<
      NumberKey,
      number
    >),
    holdUpReasons: lines(form.reasons),
    deadlineOffers: lines(form.offers),
    templates: form.templates,
  };
}

/** "2026-11-16 to 2026-11-20 Lisbon conference": a time away as its line in the form. */
const awayLine = (p: AwayPeriod) => `${p.from} to ${p.to}${p.note ? ` ${p.note}` : ''}`;

/**
 * A line back into a time away: "from to to, note", or one date for a single day. A line that
 * is not that keeps its text as `from`, so the schema's message names it.
 */
function awayOf(line: string): AwayPeriod {
  const match = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:to|–|-)\s*(\d{4}-\d{2}-\d{2}))?\s*[,:–-]?\s*(.*)$/u.exec(line);
  if (!match) return { from: line, to: line, note: '' };
  return { from: match[1]!, to: match[2] ?? match[1]!, note: (match[3] ?? '').trim() };
}

/** A schema path ("holidays.2", "workingHours.end") to the input that shows its message. */
export function fieldFor(path: string): string | null {
  const [head, ...rest] = path.split('.');
  if (head === undefined || head === '_') return null;
  if ((NUMBER_KEYS as string[]).includes(head)) return `numbers.${head}`;
  if (head === 'workingHours') return rest[0] ?? 'end';
  if (head === 'holidays') return 'holidays';
  if (head === 'holdUpReasons') return 'reasons';
  if (head === 'deadlineOffers') return 'offers';
  if (head === 'bosses' && rest.length === 0) return 'bossesList';
  if (head === 'bosses' && rest[1] === 'away') return `bosses.${rest[0]}.awayText`;
  return path;
}
