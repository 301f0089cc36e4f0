import { prepareText } from '../prepare-text';
import type { LocalisedText } from '../types/project-profile.type';
import { textSimilarity } from './text-similarity';

const text = (titles: LocalisedText, descriptions: LocalisedText = {}) => prepareText(titles, descriptions);

const english = text(
  { en: 'Dairy goats for low-income households in Kara-Suu ayil aimak' },
  { en: 'Each of 120 low-income families receives two dairy goats, veterinary care and training in 2025-2026.' },
);
const russian = text(
  { ru: 'Молочные козы для малообеспеченных семей, Кара-Сууский айылный аймак' },
  { ru: 'Каждая из 120 малообеспеченных семей получает двух молочных коз, ветеринарное обслуживание и обучение в 2025-2026 годах.' },
);

describe('textSimilarity', () => {
  it('finds a Russian twin of an English text through shared meaning', () => {
    const result = textSimilarity(english, russian);
    expect(result.value).toBeGreaterThanOrEqual(0.8);
    expect(result.titlesAcrossLanguages).toBe(true);
  });

  it('finds Russian typed in Latin letters through shared letters', () => {
    const latin = text({ en: 'Molochnye kozy dlya maloobespechennykh semey, Kara-Suuskiy ayylnyy aymak' });
    const cyrillic = text({ ru: 'Молочные козы для малообеспеченных семей, Кара-Сууский айылный аймак' });
    expect(textSimilarity(latin, cyrillic).titles).toBeGreaterThan(0.9);
  });

  it('keeps an unrelated text low', () => {
    const other = text({ en: 'School meals in Alai District' }, { en: 'Schools receive kitchen equipment and a hot lunch menu.' });
    expect(textSimilarity(english, other).level).toMatch(/^(NONE|LOW)$/);
  });

  it('is symmetric and says MISSING without text', () => {
    expect(textSimilarity(english, russian)).toEqual(textSimilarity(russian, english));
    expect(textSimilarity(english, text({})).level).toBe('MISSING');
  });
});
