import { buildSearchText, normaliseQuery } from './search-text';

/** How the list's text filter matches: every query word is a substring of the stored text (LIKE '%word%'). */
const finds = (stored: string, query: string) => normaliseQuery(query).split(' ').every((word) => stored.includes(word));

describe('buildSearchText', () => {
  const stored = buildSearchText({ ru: 'Молочные козы в Кочкоре', ky: 'Сүт эчкилери, Көчкөр' }, { en: 'Dairy goats for low-income households' });

  it('is written in Latin script only, folded', () => {
    expect(stored).toBe('sut echkileri kochkor molochnye kozy v kochkore dairy goats for low income households');
  });

  it('matches queries in either script, any case, with or without diacritics', () => {
    for (const query of ['козы', 'KOZY', 'Кочкор', 'kochkor', 'Көчкөр', 'сүт', 'dairy GOATS', 'low-income']) expect(finds(stored, query)).toBe(true);
    expect(finds(stored, 'овцы')).toBe(false);
    expect(finds(stored, 'sheep')).toBe(false);
  });

  it('matches what the earlier form (folded text followed by its transliteration) matched', () => {
    const earlier = 'молочные козы в кочкоре сүт эчкилери көчкөр dairy goats for low income households ' + stored;
    for (const query of ['козы', 'Кочкор', 'dairy', 'эчки', 'oloch', 'чкөр']) expect(finds(stored, query)).toBe(finds(earlier, query));
  });
});
