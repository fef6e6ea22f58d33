import { fitSubject } from '../drafts/subject';

/**
 * A reply's subject as Outlook and Thunderbird write it: "Re: " and the client's own subject,
 * byte for byte; no second "Re:" when theirs already has one (in any of the forms mail
 * programs write it), nothing added, nothing re-cased. An empty subject gets "Re:" alone.
 */
export function replySubject(theirs: string): string {
  const line = theirs.replace(/[\r\n]+/g, ' ').trim();
  if (/^(re|aw|sv|vs|antw|rif)\s*(\[\d+\])?\s*:/i.test(line)) return fitSubject(line);
  return fitSubject(line ? `Re: ${line}` : 'Re:');
}
