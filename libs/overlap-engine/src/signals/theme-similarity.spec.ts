import { aProfile } from '../../test-support/a-profile';
import { themeSimilarity } from './theme-similarity';

const similarity = (a: string[], b: string[]) =>
  themeSimilarity(aProfile('a').withThemes(...a).prepare().themes, aProfile('b').withThemes(...b).prepare().themes);

describe('themeSimilarity', () => {
  it('ranks the same theme over parent, sibling and unrelated themes', () => {
    expect(similarity(['LIVESTOCK'], ['LIVESTOCK'])).toEqual({ value: 1, level: 'SAME' });
    expect(similarity(['LIVESTOCK'], ['AGRICULTURE'])).toEqual({ value: 0.6, level: 'CLOSE' });
    expect(similarity(['LIVESTOCK'], ['PASTURE'])).toEqual({ value: 0.4, level: 'RELATED' });
    expect(similarity(['ORGANIC_CERTIFICATION'], ['AGRICULTURE'])).toEqual({ value: 0.4, level: 'RELATED' });
    expect(similarity(['LIVESTOCK'], ['EDUCATION'])).toEqual({ value: 0, level: 'UNRELATED' });
  });

  it('averages the best match of every theme on both sides', () => {
    // LIVESTOCK 1 + NUTRITION 1 + SOCIAL_PROTECTION 0, and both of b's themes 1: 4 / 5.
    expect(similarity(['LIVESTOCK', 'NUTRITION', 'SOCIAL_PROTECTION'], ['LIVESTOCK', 'NUTRITION'])).toEqual({ value: 0.8, level: 'SAME' });
  });

  it('is symmetric', () => {
    expect(similarity(['LIVESTOCK', 'HEALTH'], ['AGRICULTURE'])).toEqual(similarity(['AGRICULTURE'], ['LIVESTOCK', 'HEALTH']));
  });

  it('says MISSING when a side has no theme', () => {
    expect(similarity([], ['LIVESTOCK']).level).toBe('MISSING');
  });
});
