/**
 * A client's name as typed, read into the parts a greeting needs. Names are kept exactly as
 * typed (case, accents, apostrophes, hyphens): "O'Neill", "Siobhán" and "Jean-Luc" are never
 * "corrected". What is read: an honorific at the front ("Dr", "Ms."), letters after the name
 * ("Jr", "PhD"), "Surname, Given" order, and a surname that starts with a particle ("van der
 * Berg", "de la Cruz", "bin Rashid").
 */
export interface PersonName {
  /** "Dr", as typed but without a full stop; '' when the name carries none. */
  title: string;
  /** The first given name: "Jean-Luc" of "Jean-Luc Picard". '' for a single name. */
  first: string;
  /** "van der Berg" of "Anna van der Berg"; a single name is taken as this. */
  surname: string;
  /** The name without title or letters after it: "Anna van der Berg". */
  full: string;
}

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'revd',
  'fr',
  'hon',
  'judge',
]);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'mba', 'obe', 'mbe', 'cbe', 'kc', 'qc', 'esq', 'dphil', 'frcs']);
/** Words that begin a surname rather than end the given names. */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'des',
  'la',
  'le',
  'ter',
  'ten',
  'dos',
  'das',
  'do',
  'bin',
  'binti',
  'ibn',
  'al',
  'el',
  'st',
  'st.',
]);

const bare = (word: string) => word.replace(/[.,]+$/u, '').toLowerCase();
/** A name needs at least one letter; "—", "?" or an email address is not a name to greet. */
const hasLetter = (word: string) => /\p{L}/u.test(word);

export function readPersonName(typed: string): PersonName {
  let text = typed.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (!text || text.includes('@') || !hasLetter(text)) return { title: '', first: '', surname: '', full: '' };
  // "Berg, Anna van der" (as address books and some mail programs write it) reads as "Anna van der Berg".
  const comma = text.split(',').map((part) => part.trim());
  if (comma.length === 2 && comma[0] && comma[1] && !SUFFIXES.has(bare(comma[1]))) {
    const [family, given] = comma as [string, string];
    // Particles written after the given names ("Anna van der") belong in front of the surname.
    const givenWords = given.split(' ');
    let cut = givenWords.length;
    while (cut > 1 && PARTICLES.has(bare(givenWords[cut - 1]!))) cut--;
    text = [...givenWords.slice(0, cut), ...givenWords.slice(cut), family].join(' ');
  }
  let words = text.split(' ').filter(hasLetter);
  let title = '';
  while (words.length > 1 && TITLES.has(bare(words[0]!))) {
    title = title ? `${title} ${words[0]!.replace(/\.$/u, '')}` : words[0]!.replace(/\.$/u, '');
    words = words.slice(1);
  }
  while (words.length > 1 && SUFFIXES.has(bare(words[words.length - 1]!))) words = words.slice(0, -1);
  words = words.map((w, i) => (i === words.length - 1 ? w.replace(/,+$/u, '') : w));
  // A title alone ("Dr") is not a name to greet anyone by.
  if (words.length === 0 || (words.length === 1 && TITLES.has(bare(words[0]!)))) return { title, first: '', surname: '', full: '' };
  if (words.length === 1) return { title, first: '', surname: words[0]!, full: words[0]! };
  // The surname starts at the first particle after the first given name, else it is the last word.
  const particleAt = words.findIndex((w, i) => i > 0 && i < words.length - 1 && PARTICLES.has(bare(w)));
  const surnameFrom = particleAt > 0 ? particleAt : words.length - 1;
  return { title, first: words[0]!, surname: words.slice(surnameFrom).join(' '), full: words.join(' ') };
}
