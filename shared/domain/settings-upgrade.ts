import { DEFAULT_SETTINGS, DEFAULT_TEMPLATES, type Settings, type Template } from './settings';
import type { TemplateId } from './draft-templates';

/**
 * Wording the app once shipped as its defaults, which a user who saved Settings has stored
 * as their own. Where a stored template is exactly one of these, the app's current wording
 * replaces it; a template the user changed is never touched.
 */
const RETIRED_TEMPLATE_LINES: Partial<Record<TemplateId, [string, string][]>> = {
  acknowledgement: [
    [
      'Thank you for contacting me about {{topic}} ({{contact}}). I have it in hand, and you will hear from me by {{nextUpdate}} at the latest.',
      'Thank you for getting in touch about {{topic}} ({{contact}}). I have it in hand, and you will hear from me by {{nextUpdate}} at the latest.',
    ],
    // {{deadlineNote}} came with the client's deadline (format 5).
    [
      'Thank you for getting in touch about {{topic}} ({{contact}}). I have it in hand, and you will hear from me by {{nextUpdate}} at the latest.',
      'Thank you for getting in touch about {{topic}} ({{contact}}). I have it in hand, and you will hear from me by {{nextUpdate}} at the latest. {{deadlineNote}}',
    ],
  ],
  update: [
    [
      // As it reads once the sentence after it became {{standing}} (swapped first, below).
      'I wanted to give you an update on {{topic}}, which {{contact}}. {{standing}}',
      'I wanted to give you an update on {{topic}}, which you raised when {{contact}}. {{standing}}',
    ],
    [
      'I will be in touch again by {{nextUpdate}}, or sooner if there is news. {{invitation}}',
      'I will be in touch again by {{nextUpdate}}, or sooner if there is news. {{invitation}}\n\n{{deadlineNote}}',
    ],
  ],
  'follow-up': [
    [
      'I am following up on {{topic}}: when we last spoke, you were going to {{clientOwes}}. Is there anything I can do to help with that?',
      'I am following up on {{topic}}, which you raised when {{contact}}. When we last spoke, you were going to {{clientOwes}}. Is there anything I can do to help with that?',
    ],
  ],
  'call-proposal': [
    [
      'About {{topic}}: it would help to speak briefly. Would {{callTime}} suit you? I have attached a calendar invitation; if another time is better, just say and I will move it.',
      'About {{topic}}, which you raised when {{contact}}: it would help to speak briefly. Would {{callTime}} suit you? I have attached a calendar invitation; if another time is better, just say and I will move it.',
    ],
    // A copied or mailto draft cannot carry the invitation; a saved .eml says "attached" (calendar-invite.ts).
    ['I have attached a calendar invitation;', 'I’ll send you a calendar invitation;'],
  ],
  'answer-voicemail': [
    [
      // A capital after a comma: the callback sentence starts "You can reach me…".
      'If you’d like to talk it through, {{callback}} Thank you, goodbye.',
      'If you’d like to talk it through, I’m glad to. {{callback}} Thank you, goodbye.',
    ],
  ],
  answer: [
    [
      'Thank you for your patience on {{topic}}, which {{contact}}.',
      'Thank you for your patience on {{topic}}, which you raised when {{contact}}.',
    ],
  ],
  // {{deadlineNote}} came with the client's deadline (format 5); the reply voicemail once said "returning".
  reply: [
    [
      'I will be in touch again by {{nextUpdate}}, or sooner if there is news. {{invitation}}',
      'I will be in touch again by {{nextUpdate}}, or sooner if there is news. {{invitation}}\n\n{{deadlineNote}}',
    ],
  ],
  'acknowledgement-call': [
    [
      'You’ll hear from me by {{nextUpdate}} at the latest. {{invitation}}',
      'You’ll hear from me by {{nextUpdate}} at the latest. {{deadlineNote}} {{invitation}}',
    ],
  ],
  'acknowledgement-voicemail': [
    [
      'I have it in hand, and you’ll hear from me by {{nextUpdate}} at the latest.',
      'I have it in hand, and you’ll hear from me by {{nextUpdate}} at the latest. {{deadlineNote}}',
    ],
  ],
  'reply-call': [
    [
      'I’ll be in touch again by {{nextUpdate}}, or sooner if there’s news. {{invitation}}',
      'I’ll be in touch again by {{nextUpdate}}, or sooner if there’s news. {{invitation}}\n\n{{deadlineNote}}',
    ],
  ],
  'update-call': [
    [
      'I’ll be in touch again by {{nextUpdate}}, or sooner if there’s news. {{invitation}}',
      'I’ll be in touch again by {{nextUpdate}}, or sooner if there’s news. {{invitation}}\n\n{{deadlineNote}}',
    ],
  ],
  'reply-voicemail': [
    ['I’m returning {{theirMessage}} about {{topic}}.', 'Thank you for {{theirMessage}} about {{topic}}.'],
    [
      'I’ll be in touch again by {{nextUpdate}}, or sooner if there’s news. {{callback}} Thank you, goodbye.',
      'I’ll be in touch again by {{nextUpdate}}, or sooner if there’s news. {{deadlineNote}} {{callback}} Thank you, goodbye.',
    ],
  ],
  'update-voicemail': [
    [
      'I’ll be in touch again by {{nextUpdate}}, or sooner if there’s news. {{callback}} Thank you, goodbye.',
      'I’ll be in touch again by {{nextUpdate}}, or sooner if there’s news. {{deadlineNote}} {{callback}} Thank you, goodbye.',
    ],
  ],
};

/**
 * Sentences the app once wrote into templates that are now placeholders, because they now
 * depend on the client or the request. Swapped once, by the step to format 4, in any template
 * saved before it, customised or not: the greeting then follows the client and an update on a
 * parked request says where it stands. A template typed after that is never rewritten.
 */
export const NOW_PLACEHOLDERS: [RegExp, string][] = [
  [/^Dear \{\{clientName\}\},$/m, '{{greeting}}'],
  [/It has not been forgotten: it is in hand and I am keeping it moving\./, '{{standing}}'],
];

/** The placeholder boss the app once started with; now a boss without a name is "the boss". */
const RETIRED_BOSS_NAME = 'My boss';

/** Settings as stored (possibly by an older version), completed with today's defaults. */
export function upgradeSettings(stored: Partial<Settings> | undefined): Settings {
  const base = stored ?? {};
  const templates: Record<TemplateId, Template> = { ...DEFAULT_TEMPLATES, ...base.templates };
  for (const [kind, swaps] of Object.entries(RETIRED_TEMPLATE_LINES) as [TemplateId, [string, string][]][]) {
    const body = templates[kind].body;
    const swapped = swaps.reduce((text, [old, now]) => text.replace(old, now), body);
    // Only a template whose every other line is still the app's own is upgraded.
    if (swapped === DEFAULT_TEMPLATES[kind].body) templates[kind] = { ...templates[kind], body: swapped };
  }
  return {
    ...DEFAULT_SETTINGS,
    ...base,
    // Before the first-run setup existed: the service offers it only while there are no requests.
    setupDone: base.setupDone ?? false,
    bosses: (base.bosses ?? DEFAULT_SETTINGS.bosses).map((boss) => ({
      ...boss,
      name: boss.name === RETIRED_BOSS_NAME ? '' : boss.name,
      email: boss.email ?? '',
    })),
    templates,
  };
}
