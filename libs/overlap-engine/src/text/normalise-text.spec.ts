import { normaliseText, tokenise } from './normalise-text';
import { transliterate } from './transliterate';

describe('transliterate', () => {
  it('writes Kyrgyz letters ө ү ң as o u n and ж as j', () => {
    expect(transliterate('көк-таш үч-коргон жаңы-жол')).toBe('kok-tash uch-korgon jany-jol');
  });

  it('leaves Latin text alone', () => {
    expect(transliterate('dairy goats 2025')).toBe('dairy goats 2025');
  });
});

describe('normaliseText', () => {
  it('gives one form for a name in Cyrillic, Russian-style Latin and English', () => {
    const forms = ['Жалал-Абад', 'Джалал-Абад', 'Dzhalal-Abad', 'Jalal-Abad'].map(normaliseText);
    expect(new Set(forms)).toEqual(new Set(['jalal abad']));
  });

  it('folds Kyrgyz vowels with and without diacritics and doubled letters', () => {
    expect(normaliseText('Сүттүү')).toBe(normaliseText('Suttuu'));
    expect(normaliseText('Sütüü')).toBe(normaliseText('Suttuu'));
    expect(normaliseText('Ысык-Көл')).toBe(normaliseText('Ysyk-Köl'));
  });

  it('lower-cases, drops punctuation and joins words split by an apostrophe', () => {
    expect(normaliseText("  Kul'dzha: GREENHOUSES, 2025!  ")).toBe('kulja grenhouses 2025');
  });

  it('turns characters of other scripts into word breaks', () => {
    expect(tokenise('goats 😀 山 milk')).toEqual(['goats', 'milk']);
  });

  it('returns nothing for a text without letters or digits', () => {
    expect(tokenise(' — ... ')).toEqual([]);
  });
});
