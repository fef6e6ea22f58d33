import type { GreetingStyle } from '../clients/greeting';
import type { TemplateId } from './draft-templates';

export interface Boss {
  id: string;
  name: string;
  /** For asks and digests sent by email; optional. */
  email: string;
  /** When they are away (travel, leave): no ask falls due then. Absent in settings saved before it. */
  away?: AwayPeriod[];
}

/** A time the boss is away, whole days from `from` to `to` (yyyy-MM-dd, both included); `note` is for the assistant only. */
export interface AwayPeriod {
  from: string;
  to: string;
  note: string;
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
  /** Said in voicemail scripts so the client can call back; optional. */
  callbackNumber: string;
  /** How drafts greet a client unless that client has their own greeting. */
  greetingStyle: GreetingStyle;
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
  /** What an update can offer when the client's deadline will pass without the answer; never blame. */
  deadlineOffers: string[];
  templates: Record<TemplateId, Template>;
}

export const DEFAULT_BOSS_ID = 'boss-1';

/** Always offered beside the editable reasons. */
export const UNKNOWN_REASON = 'I don’t know yet, and I’m finding out.';

export const DEFAULT_TEMPLATES: Record<TemplateId, Template> = {
  acknowledgement: {
    subject: 'Your request: {{topic}}',
    body: [
      '{{greeting}}',
      '',
      'Thank you for getting in touch about {{topic}} ({{contact}}). I have it in hand, and you will hear from me by {{nextUpdate}} at the latest. {{deadlineNote}}',
      '',
      '{{invitation}}',
      '',
      '{{signoff}}',
    ].join('\n'),
  },
  reply: {
    subject: 'Re: {{topic}}',
    body: [
      '{{greeting}}',
      '',
      'Thank you for {{theirMessage}} about {{topic}}. {{theirWords}}',
      '',
      '{{standing}} {{promise}}',
      '',
      '{{clientStep}}',
      '',
      'I will be in touch again by {{nextUpdate}}, or sooner if there is news. {{invitation}}',
      '',
      '{{deadlineNote}}',
      '',
      '{{signoff}}',
    ].join('\n'),
  },
  update: {
    subject: 'Update on {{topic}}',
    body: [
      '{{greeting}}',
      '',
      'I wanted to give you an update on {{topic}}, which you raised when {{contact}}. {{standing}}',
      '',
      '{{reason}} {{promise}}',
      '',
      '{{clientStep}}',
      '',
      'I will be in touch again by {{nextUpdate}}, or sooner if there is news. {{invitation}}',
      '',
      '{{deadlineNote}}',
      '',
      '{{signoff}}',
    ].join('\n'),
  },
  answer: {
    subject: '{{topic}}: an answer',
    body: [
      '{{greeting}}',
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
      '{{greeting}}',
      '',
      'I am following up on {{topic}}, which you raised when {{contact}}. When we last spoke, you were going to {{clientOwes}}. Is there anything I can do to help with that?',
      '',
      '{{signoff}}',
    ].join('\n'),
  },
  'call-proposal': {
    subject: 'A short call about {{topic}}',
    body: [
      '{{greeting}}',
      '',
      'About {{topic}}, which you raised when {{contact}}: it would help to speak briefly. Would {{callTime}} suit you? I’ll send you a calendar invitation; if another time is better, just say and I will move it.',
      '',
      '{{signoff}}',
    ].join('\n'),
  },
  // To a client who no longer needs it: thanks, it is closed, and the door stays open. Their
  // reason is the assistant's note, not repeated back to them.
  closing: {
    subject: '{{topic}}: closed on our side',
    body: [
      '{{greeting}}',
      '',
      'Thank you for letting me know that you no longer need {{topic}}. I have closed it on our side, so you will not hear from me about it again.',
      '',
      'If anything changes, just get in touch and I will pick it up straight away.',
      '',
      '{{signoff}}',
    ].join('\n'),
  },
  // Scripts are said, not sent: short sentences, contractions, the number said twice. The
  // subject is the line the history shows for the call or voicemail.
  'acknowledgement-call': {
    subject: 'Call about {{topic}}',
    body: [
      '{{hello}}',
      '',
      '{{introduction}}',
      '',
      'I’m calling about {{topic}}: {{contact}}. Thank you for getting in touch. I have it in hand.',
      '',
      'You’ll hear from me by {{nextUpdate}} at the latest. {{deadlineNote}} {{invitation}}',
    ].join('\n'),
  },
  'acknowledgement-voicemail': {
    subject: 'Voicemail about {{topic}}',
    body: [
      '{{hello}}',
      '',
      '{{introduction}}',
      '',
      'I’m calling about {{topic}}: {{contact}}. Thank you for getting in touch. I have it in hand, and you’ll hear from me by {{nextUpdate}} at the latest. {{deadlineNote}}',
      '',
      '{{callback}} Thank you, goodbye.',
    ].join('\n'),
  },
  'reply-call': {
    subject: 'Call in reply about {{topic}}',
    body: [
      '{{hello}}',
      '',
      '{{introduction}}',
      '',
      'Thank you for {{theirMessage}} about {{topic}}. {{theirWords}}',
      '',
      '{{standing}} {{promise}}',
      '',
      'I’ll be in touch again by {{nextUpdate}}, or sooner if there’s news. {{invitation}}',
      '',
      '{{deadlineNote}}',
    ].join('\n'),
  },
  'reply-voicemail': {
    subject: 'Voicemail in reply about {{topic}}',
    body: [
      '{{hello}}',
      '',
      '{{introduction}}',
      '',
      'Thank you for {{theirMessage}} about {{topic}}. {{standing}} {{promise}}',
      '',
      'I’ll be in touch again by {{nextUpdate}}, or sooner if there’s news. {{deadlineNote}} {{callback}} Thank you, goodbye.',
    ].join('\n'),
  },
  'update-call': {
    subject: 'Update call about {{topic}}',
    body: [
      '{{hello}}',
      '',
      '{{introduction}}',
      '',
      'I’m calling with an update on {{topic}}: {{contact}}. {{standing}}',
      '',
      '{{reason}} {{promise}}',
      '',
      '{{clientStep}}',
      '',
      'I’ll be in touch again by {{nextUpdate}}, or sooner if there’s news. {{invitation}}',
      '',
      '{{deadlineNote}}',
    ].join('\n'),
  },
  'update-voicemail': {
    subject: 'Update voicemail about {{topic}}',
    body: [
      '{{hello}}',
      '',
      '{{introduction}}',
      '',
      'I’m calling with an update on {{topic}}: {{contact}}. {{standing}} {{promise}}',
      '',
      'I’ll be in touch again by {{nextUpdate}}, or sooner if there’s news. {{deadlineNote}} {{callback}} Thank you, goodbye.',
    ].join('\n'),
  },
  'answer-call': {
    subject: 'Answer given by phone: {{topic}}',
    body: [
      '{{hello}}',
      '',
      '{{introduction}}',
      '',
      'I’m calling with an answer on {{topic}}: {{contact}}. Thank you for your patience.',
      '',
      '{{decision}}',
      '',
      'Is there anything you’d like me to go over again?',
    ].join('\n'),
  },
  'answer-voicemail': {
    subject: 'Answer left by voicemail: {{topic}}',
    body: [
      '{{hello}}',
      '',
      '{{introduction}}',
      '',
      'I’m calling with an answer on {{topic}}: {{contact}}. Thank you for your patience.',
      '',
      '{{decision}}',
      '',
      'If you’d like to talk it through, I’m glad to. {{callback}} Thank you, goodbye.',
    ].join('\n'),
  },
  research: {
    subject: 'A question, just in case',
    body: [
      '{{colleague}}',
      '',
      'I am looking into something just in case, and I think you may know the answer. {{question}}',
      '',
      'Nothing has been decided, and it may not go ahead. {{forWhom}}',
      '',
      'If and when it does go ahead, I will keep you posted. Thank you for your help.',
      '',
      '{{signoff}}',
    ].join('\n'),
  },
};

export const DEFAULT_SETTINGS: Settings = {
  assistantName: '',
  assistantEmail: '',
  signature: '',
  callbackNumber: '',
  greetingStyle: 'first-name',
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
  deadlineOffers: [
    'Would a little more time be possible? I will come back to you the moment I have the answer.',
    'If it would help, I can send you an interim answer with where things stand, for you to plan around.',
  ],
  templates: DEFAULT_TEMPLATES,
};

/** The boss's name as shown on buttons and rows; "the boss" until a name is known. */
export function bossName(settings: Settings, bossId: string): string {
  return settings.bosses.find((b) => b.id === bossId)?.name.trim() || 'the boss';
}
