import { readPersonName } from './person-name';

export const GREETING_STYLES = ['first-name', 'full-name', 'title-surname'] as const;
export type GreetingStyle = (typeof GREETING_STYLES)[number];

export const GREETING_STYLE_LABELS: Record<GreetingStyle, string> = {
  'first-name': 'First name (Dear Siobhán)',
  'full-name': 'Full name (Dear Siobhán O’Neill)',
  'title-surname': 'Title and surname (Dear Ms O’Neill)',
};

/**
 * The name to greet a client by, or '' when there is none worth using. A style that cannot be
 * met falls back to what the name allows: title and surname without a known title greets by
 * full name; first name with only a single name (or only a title and surname) uses that.
 * `title` is the client's own (kept with the client); a title typed in the name also counts.
 */
export function nameToGreet(typedName: string, style: GreetingStyle, title = ''): string {
  const name = readPersonName(typedName);
  const honorific = title.trim().replace(/\.$/u, '') || name.title;
  if (!name.full) return '';
  switch (style) {
    case 'first-name':
      if (name.first) return name.first;
      return honorific ? `${honorific} ${name.surname}` : name.surname;
    case 'full-name':
      // "Mr O'Neill" stays whole: "Dear O'Neill," would drop the only courtesy the name had.
      return !name.first && honorific ? `${honorific} ${name.surname}` : name.full;
    case 'title-surname':
      return honorific ? `${honorific} ${name.surname}` : name.full;
  }
}

/** "Dear Siobhán," in a letter; "Hello," when there is no usable name. */
export function letterGreeting(name: string): string {
  return name ? `Dear ${name},` : 'Hello,';
}

/** "Hello Siobhán," on the phone or in a note to a colleague; "Hello," with no name. */
export function spokenGreeting(name: string): string {
  return name ? `Hello ${name},` : 'Hello,';
}
