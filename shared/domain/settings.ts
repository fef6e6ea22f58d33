import type { ClientMessageKind } from './events';

export interface Boss {
  id: string;
  name: string;
  /** For asks and digests sent by email; optional. */
  email: string;
}

export interface Template {
  subject: string;
  body: string;
}

/** Every number of DOMAIN.md is a default the assistant can change. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
  assistantName: string;
  /** Used as the From of saved .eml files and the organiser of call invitations; optional. */
  assistantEmail: string;
  signature: string;
  bosses: Boss[];
  defaultBossId: string;
  /** The first-run setup was done or skipped; it is not offered again. */
  setupDone: boolean;
  /** Weekdays worked, 0 = Sunday ... 6 = Saturday; every "business day" in the rules is one of these. */
  workingDays: number[];
  /** Days off (yyyy-MM-dd): not business days, and no notifications. */
  holidays: string[];
  /** Notifications stay quiet outside these hours (HH:mm, local time). */
  workingHours: { start: string; end: string };
  notificationsEnabled: boolean;
  /** Light or dark; 'system' follows the operating system's setting as it changes. */
  theme: Theme;
  /** A client deadline shows on Today this many business days ahead. */
  deadlineWarningBusinessDays: number;
  /** Business days between asks to the boss (1-5). */
  askSpacingBusinessDays: number;
  /** Unanswered asks in a round before the request is parked (1-10). */
  strikeLimit: number;
  /** First response: the aim and the limit, in hours after the client reached us. */
  firstResponseAimHours: number;
  firstResponseLimitHours: number;
  /** Gap between a client's contacts assumed until their own history says otherwise. */
  defaultClientGapDays: number;
  /** Longest time between status updates while a request waits... */
  updateCadenceDays: number;
  /** ...and, after this many updates, the relaxed longest time. */
  updatesBeforeRelaxing: number;
  relaxedCadenceDays: number;
  /** Dates promised to the client: expected business days times this. */
  paddingFactor: number;
  /** Neutral explanations for a wait; never about anyone's failing. */
  holdUpReasons: string[];
  templates: Record<ClientMessageKind, Template>;
}

export const DEFAULT_BOSS_ID = 'boss-1';

/** Always offered beside the editable reasons. */
export const UNKNOWN_REASON = "I don't know yet, and I'm finding out.";

export const DEFAULT_TEMPLATES: Record<ClientMessageKind, Template> = {
  acknowledgement: {
    subject: 'Your request: {{topic}}',
    body: [
      'Dear {{clientName}},',
      '',
      'Thank you for getting in touch about {{topic}} ({{contact}}). I have it in hand, and you will hear from me by {{nextUpdate}} at the latest.',
      '',
      '{{invitation}}',
      '',
      '{{signoff}}',
    ].join('\n'),
  },
  update: {
    subject: 'Update on {{topic}}',
    body: [
      'Dear {{clientName}},',
      '',
      'I wanted to give you an update on {{topic}}, which you raised when {{contact}}. It has not been forgotten: it is in hand and I am keeping it moving.',
      '',
      '{{reason}} {{promise}}',
      '',
      '{{clientStep}}',
      '',
      'I will be in touch again by {{nextUpdate}}, or sooner if there is news. {{invitation}}',
      '',
      '{{signoff}}',
    ].join('\n'),
  },
  answer: {
    subject: '{{topic}}: an answer',
    body: [
      'Dear {{clientName}},',
      '',
      'Thank you for your patience on {{topic}}, which you raised when {{contact}}.',
      '',
      '{{decision}}',
      '',
      'If anything is unclear, just get in touch.',
      '',
      '{{signoff}}',
    ].join('\n'),
  },
  'follow-up': {
    subject: 'Following up: {{topic}}',
    body: [
      'Dear {{clientName}},',
      '',
      'I am following up on {{topic}}: when we last spoke, you were going to {{clientOwes}}. Is there anything I can do to help with that?',
      '',
      '{{signoff}}',
    ].join('\n'),
  },
  'call-proposal': {
    subject: 'A short call about {{topic}}',
    body: [
      'Dear {{clientName}},',
      '',
      'About {{topic}}: it would help to speak briefly. Would {{callTime}} suit you? I have attached a calendar invitation; if another time is better, just say and I will move it.',
      '',
      '{{signoff}}',
    ].join('\n'),
  },
};

export const DEFAULT_SETTINGS: Settings = {
  assistantName: '',
  assistantEmail: '',
  signature: '',
  bosses: [{ id: DEFAULT_BOSS_ID, name: '', email: '' }],
  defaultBossId: DEFAULT_BOSS_ID,
  setupDone: false,
  workingDays: [1, 2, 3, 4, 5],
  holidays: [],
  workingHours: { start: '09:00', end: '17:30' },
  notificationsEnabled: true,
  theme: 'system',
  deadlineWarningBusinessDays: 3,
  askSpacingBusinessDays: 2,
  strikeLimit: 3,
  firstResponseAimHours: 1,
  firstResponseLimitHours: 24,
  defaultClientGapDays: 7,
  updateCadenceDays: 7,
  updatesBeforeRelaxing: 4,
  relaxedCadenceDays: 14,
  paddingFactor: 2,
  holdUpReasons: [
    'It is being reviewed with the team.',
    'We are waiting on some information before it can be settled.',
    'There has been some travel this week, so it is taking a little longer than usual.',
    'It has been a busy week here, and it is on the list.',
  ],
  templates: DEFAULT_TEMPLATES,
};

/** The boss's name as shown on buttons and rows; "the boss" until a name is known. */
export function bossName(settings: Settings, bossId: string): string {
  return settings.bosses.find((b) => b.id === bossId)?.name.trim() || 'the boss';
}
