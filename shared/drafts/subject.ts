/** The longest subject "Open in mail", "Save as .eml" and "Mark as sent" take (RFC 5322 advises 78; mail programs show about 100). */
export const SUBJECT_MAX = 300;

/**
 * A subject cut to fit SUBJECT_MAX: at the last word break that leaves room for an ellipsis,
 * so a long decision or topic filled into a template never makes the app's own draft one
 * that its mail buttons refuse.
 */
export function fitSubject(subject: string): string {
  if (subject.length <= SUBJECT_MAX) return subject;
  const room = subject.slice(0, SUBJECT_MAX - 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > SUBJECT_MAX / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
