import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GREETING_STYLES, letterGreeting, nameToGreet } from '../../shared/clients/greeting';

const given = fc.constantFrom('Siobhán', 'Jean-Luc', 'Zoë', 'Anna', 'Björn', 'Mary-Kate', 'José', 'Łucja', 'Nguyễn');
const family = fc.constantFrom('O’Neill', "O'Neill", 'Smith', 'Núñez', 'Saint-Exupéry', 'McDonald', 'Øster', 'Al-Amin');
const particle = fc.constantFrom('van der', 'van', 'de la', 'von', 'di', 'bin', 'dos');
const title = fc.constantFrom('Ms', 'Mr', 'Dr', 'Prof');

describe('greetings from generated names', () => {
  it('first name, full name, and title with surname, whatever the particles, apostrophes, accents and hyphens', () => {
    fc.assert(
      fc.property(given, fc.option(particle, { nil: null }), family, title, (first, part, last, t) => {
        const surname = part ? `${part} ${last}` : last;
        const full = `${first} ${surname}`;
        expect(nameToGreet(full, 'first-name')).toBe(first);
        expect(nameToGreet(full, 'full-name')).toBe(full);
        expect(nameToGreet(full, 'title-surname', t)).toBe(`${t} ${surname}`);
        // Without a known title, "Dear van der Berg" would be rude: the full name is used.
        expect(nameToGreet(full, 'title-surname')).toBe(full);
        // The same name written "Surname, Given" (as address books do) reads the same way.
        expect(nameToGreet(`${last}, ${first}${part ? ` ${part}` : ''}`, 'title-surname', t)).toBe(`${t} ${surname}`);
        // A title typed in the name counts, with or without its full stop.
        expect(nameToGreet(`${t}. ${full}`, 'title-surname')).toBe(`${t} ${surname}`);
        expect(nameToGreet(`${t}. ${full}`, 'first-name')).toBe(first);
      }),
    );
  });

  it('a single name is used as it is, whatever the style', () => {
    fc.assert(
      fc.property(fc.oneof(given, family), fc.constantFrom(...GREETING_STYLES), (single, style) => {
        expect(nameToGreet(single, style)).toBe(single);
        expect(letterGreeting(nameToGreet(`  ${single}  `, style))).toBe(`Dear ${single},`);
      }),
    );
  });

  it('no usable name (empty, spaces, punctuation, an email address, a title alone) says "Hello,"', () => {
    const unusable = fc.oneof(
      fc.constantFrom('', '   ', '—', '?', '...', 'jane@acme.example', 'Dr', 'Ms.'),
      fc.stringMatching(/^[\s\d.,;:!?'’"()-]{0,12}$/),
    );
    fc.assert(
      fc.property(unusable, fc.constantFrom(...GREETING_STYLES), (name, style) => {
        expect(letterGreeting(nameToGreet(name, style))).toBe('Hello,');
      }),
    );
  });

  it('greets as a person would', () => {
    expect(nameToGreet('Dr. Jean-Luc Picard', 'title-surname')).toBe('Dr Picard');
    expect(nameToGreet('John Smith Jr.', 'title-surname', 'Mr')).toBe('Mr Smith');
    expect(nameToGreet('Mr O’Neill', 'first-name')).toBe('Mr O’Neill');
    expect(nameToGreet('Mr O’Neill', 'full-name')).toBe('Mr O’Neill');
    expect(nameToGreet('Berg, Anna van der', 'full-name')).toBe('Anna van der Berg');
  });
});
