import type { Template } from '../domain/settings';
import { fitSubject } from './subject';
import { sentenceCase } from './wording';

/** What a template may say; each renders to a phrase, or to nothing when it does not apply. */
export const PLACEHOLDERS = [
  'greeting',
  'hello',
  'introduction',
  'clientName',
  'topic',
  'contact',
  'theirMessage',
  'theirWords',
  'nextUpdate',
  'deadline',
  'deadlineNote',
  'standing',
  'reason',
  'promise',
  'invitation',
  'clientStep',
  'clientOwes',
  'decision',
  'callTime',
  'callback',
  'colleague',
  'question',
  'forWhom',
  'signoff',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

export function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !known.has(name)))];
}

/**
 * Fills a template in one pass (a value that itself contains {{...}} is left as typed) and
 * tidies what empty placeholders leave behind: trailing spaces, doubled spaces and tabs, runs
 * of blank lines. The subject is one line, cut to fit SUBJECT_MAX. A placeholder missing from
 * `values` renders to nothing, like one that does not apply.
 */
export function renderTemplate(
  template: Template,
  values: Partial<Record<Placeholder, string>>,
  /** What differs in the subject line: the topic without the quotation marks its sentences give it. */
  inSubject: Partial<Record<Placeholder, string>> = {},
): Template {
  const fill = (text: string, own: Partial<Record<Placeholder, string>>) =>
    text.replace(PLACEHOLDER, (_, name: string) => own[name as Placeholder] ?? values[name as Placeholder] ?? '');
  const subject = fitSubject(sentenceCase(fill(template.subject, inSubject).replace(/\s+/g, ' ').trim()));
  const body = fill(template.body, {})
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { subject, body };
}
