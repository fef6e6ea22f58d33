import type { GreetingStyle } from '../../../shared/clients/greeting';
import type { TemplateId } from '../../../shared/domain/draft-templates';
import { SETTING_RANGES } from '../../../shared/domain/setting-ranges';
import type { Boss, Settings, Template, Theme } from '../../../shared/domain/settings';

export type NumberKey = keyof typeof SETTING_RANGES;
export const NUMBER_KEYS = Object.keys(SETTING_RANGES) as NumberKey[];

/** What the Settings inputs hold, as typed: numbers and line lists stay text until saved. */
export interface SettingsForm {
  assistantName: string;
  assistantEmail: string;
  signature: string;
  callbackNumber: string;
  greetingStyle: GreetingStyle;
  bosses: Boss[];
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
    bosses: settings.bosses,
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
    bosses: form.bosses,
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
  return path;
}
