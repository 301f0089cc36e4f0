import { compareConcepts, extractConcepts } from './extract-concepts';
import { tokenise } from './normalise-text';

const concepts = (text: string) => extractConcepts(tokenise(text)).labels;

describe('extractConcepts', () => {
  it.each([
    ['goat', 'dairy goats', 'молочные козы', 'сүттүү эчкилер', ['GOAT', 'DAIRY']],
    ['greenhouse', 'greenhouses', 'теплица', 'жылуулук', ['GREENHOUSE']],
    ['dried fruit', 'dried fruit', 'сухофрукты', 'кургатылган жемиш', ['DRYING', 'FRUIT']],
    ['nutrition', 'nutrition', 'питание', 'тамактануу', ['NUTRITION']],
  ])('finds %s in English, Russian and Kyrgyz', (_name, en, ru, ky, expected) => {
    for (const text of [en, ru, ky]) expect(concepts(text)).toEqual(expect.arrayContaining(expected));
  });

  it('matches inflected Kyrgyz and Russian forms by their stem', () => {
    expect(concepts('эчкилерди таратуу')).toContain('GOAT');
    expect(concepts('теплицах')).toContain('GREENHOUSE');
  });

  it('needs every word of a phrase, in order', () => {
    expect(concepts('food security')).toContain('FOOD_SECURITY');
    expect(concepts('security of food')).not.toContain('FOOD_SECURITY');
  });

  it('counts numbers as concepts, so that counts and years match across languages', () => {
    expect(concepts('120 семей, 2025')).toEqual(expect.arrayContaining(['#120', '#2025']));
  });

  it('does not read a place name as a term', () => {
    expect(concepts('Kara-Suu ayil aimak')).not.toContain('WATER');
    expect(concepts('Toktogul')).not.toContain('POULTRY');
  });
});

describe('compareConcepts', () => {
  const en = extractConcepts(tokenise('Dairy goats for 120 low-income households, training and veterinary care'));
  const ru = extractConcepts(tokenise('Молочные козы для 120 малообеспеченных семей, обучение и ветеринарное обслуживание'));
  const other = extractConcepts(tokenise('School meals for primary schoolchildren'));

  it('finds a translation close and an unrelated text far', () => {
    expect(compareConcepts(en, ru)).toBeGreaterThan(0.8);
    expect(compareConcepts(en, other)).toBeLessThan(0.1);
  });

  it('is symmetric and 1 for a text against itself', () => {
    expect(compareConcepts(en, ru)).toBeCloseTo(compareConcepts(ru, en), 12);
    expect(compareConcepts(en, en)).toBeCloseTo(1, 12);
  });

  it('is 0 when a side has no concept', () => {
    expect(compareConcepts(en, extractConcepts([]))).toBe(0);
  });
});
