export const CONTACT_CHANNELS = ['email', 'phone', 'voicemail', 'in-person', 'other'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_CHANNEL_LABELS: Record<ContactChannel, string> = {
  email: 'Email',
  phone: 'Phone',
  voicemail: 'Voicemail',
  'in-person': 'In person',
  other: 'Other',
};
