import { compareTexts } from './compare-texts';
import { prepareText } from './prepare-text';

const similarity = (a: string, b: string) => compareTexts(prepareText(a), prepareText(b));

describe('prepareText', () => {
  it('maps the field terms of three languages to the same concepts', () => {
    const concepts = (text: string) => [...prepareText(text).terms].filter((term) => term.startsWith('@')).sort();
    const expected = ['@BREED', '@DAIRY', '@GOAT', '@NATIONAL', '@PURE'];
    expect(concepts('Pure dairy goat breeds, national')).toEqual(expected);
    expect(concepts('Чистые породы молочных коз, национальный')).toEqual(expected);
    expect(concepts('Сүттүү эчкилердин таза тукуму, улуттук')).toEqual(expected);
  });

  it('drops stop words, numbers and short words, and stems the rest', () => {
    expect([...prepareText('The village needs 2100 new bridges over the river').terms]).toEqual(['new', 'bridge', 'river']);
  });

  it('reads "дорогой" as a price, not a road', () => {
    expect(prepareText('уголь слишком дорогой').terms.has('@PRICE')).toBe(true);
    expect(prepareText('уголь слишком дорогой').terms.has('@ROAD')).toBe(false);
  });
});

describe('compareTexts', () => {
  const en = 'Keep dairy-goat breeds pure at national level; link farmers to pure-bred goat farms';
  it('finds a translation similar through the shared concepts', () => {
    const result = similarity(en, 'Сохранить чистоту пород молочных коз на национальном уровне, связать фермеров с племенными козьими хозяйствами');
    expect(result.similarity).toBeGreaterThan(0.6);
    expect(result.sharedConcepts).toEqual(['BREED', 'DAIRY', 'FARM', 'GOAT', 'KEEP', 'LINK', 'NATIONAL', 'PURE']);
  });

  it('keeps a different problem about the same animal apart', () => {
    expect(similarity(en, 'The goats should go to the poorest families chosen with the social passport').similarity).toBeLessThan(0.2);
  });

  it('is symmetric and 1 for the same text', () => {
    const other = 'Greenhouses need cheaper coal for heating in winter';
    expect(similarity(en, other)).toEqual(similarity(other, en));
    expect(similarity(en, en).similarity).toBe(1);
    expect(similarity('', en).similarity).toBe(0);
  });
});
