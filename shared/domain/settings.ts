export interface Boss {
  id: string;
  name: string;
}

/** Every number of DOMAIN.md is a default the assistant can change. */
export interface Settings {
  assistantName: string;
  signature: string;
  bosses: Boss[];
  defaultBossId: string;
  /** Business days between asks to the boss (1-5). */
  askSpacingBusinessDays: number;
  /** Unanswered asks in a round before the request is parked (1-10). */
  strikeLimit: number;
  /** Gap between client contacts assumed when their own history says nothing. */
  defaultClientGapDays: number;
  /** Longest time between status updates while a request waits. */
  updateCadenceDays: number;
}

export const DEFAULT_BOSS_ID = 'boss-1';

export const DEFAULT_SETTINGS: Settings = {
  assistantName: '',
  signature: '',
  bosses: [{ id: DEFAULT_BOSS_ID, name: 'My boss' }],
  defaultBossId: DEFAULT_BOSS_ID,
  askSpacingBusinessDays: 2,
  strikeLimit: 3,
  defaultClientGapDays: 7,
  updateCadenceDays: 7,
};

export function bossName(settings: Settings, bossId: string): string {
  return settings.bosses.find((b) => b.id === bossId)?.name ?? 'the boss';
}
