import type { Settings } from './settings';

type NumberSetting = {
  [K in keyof Settings]: Settings[K] extends number ? K : never;
}[keyof Settings];

export interface Range {
  label: string;
  min: number;
  max: number;
  /** Shown after the range in hints and messages; '' for a plain count. */
  unit: string;
  /** Only whole numbers (the padding factor may be 1.5). */
  whole: boolean;
}

/** Every number in Settings, its bounds stated once: the schema checks them, the form's hints show them. */
export const SETTING_RANGES: Record<NumberSetting, Range> = {
  deadlineWarningBusinessDays: { label: 'The deadline warning', min: 1, max: 20, unit: 'business days', whole: true },
  askSpacingBusinessDays: { label: 'Ask spacing', min: 1, max: 5, unit: 'business days', whole: true },
  strikeLimit: { label: 'The strike limit', min: 1, max: 10, unit: '', whole: true },
  firstResponseAimHours: { label: 'The first-response aim', min: 1, max: 24, unit: 'hours', whole: true },
  firstResponseLimitHours: { label: 'The first-response limit', min: 1, max: 72, unit: 'hours', whole: true },
  defaultClientGapDays: { label: 'The usual client gap', min: 1, max: 60, unit: 'days', whole: true },
  updateCadenceDays: { label: 'The update cadence', min: 1, max: 30, unit: 'days', whole: true },
  updatesBeforeRelaxing: { label: 'Updates before relaxing', min: 1, max: 20, unit: '', whole: true },
  relaxedCadenceDays: { label: 'The relaxed cadence', min: 1, max: 60, unit: 'days', whole: true },
  paddingFactor: { label: 'The padding factor', min: 1, max: 5, unit: '', whole: false },
};

/** "1 to 5 business days": the hint under a number field. */
export function rangeHint(range: Range): string {
  return `${range.min} to ${range.max}${range.unit ? ` ${range.unit}` : ''}.`;
}
