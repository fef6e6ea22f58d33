import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../shared/views/search-fold';
import { matchesSearch } from '../../shared/views/request-view';

describe('search: what is typed finds what was stored, however either was typed', () => {
  it.each([
    ['O’Neill', "Liam O'Neill"],
    ["O'Neill", 'Liam O’Neill'],
    ['o‘neill', "LIAM O'NEILL"],
    ['zoe', 'Zoë Brontë'],
    ['siobhán', 'Siobhan Kelly'],
    ['smith-jones', 'the Smith–Jones wedding'],
    ['“final”', 'the "final" menu'],
  ])('%s finds %s', (query, stored) => {
    expect(matchesSearch(foldForSearch(stored), query)).toBe(true);
  });

  it('still needs every word', () => {
    expect(matchesSearch(foldForSearch("Liam O'Neill"), 'O’Neill Kelly')).toBe(false);
  });

  it('folds to plain lower case', () => {
    expect(foldForSearch('Zoë O’Neill — “Smith”')).toBe('zoe o\'neill - "smith"');
  });
});
