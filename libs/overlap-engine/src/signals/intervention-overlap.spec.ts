import { aProfile } from '../../test-support/a-profile';
import { interventionOverlap } from './intervention-overlap';

const overlap = (a: string[], b: string[]) => {
  const x = aProfile('a').withInterventions(...a).prepare();
  const y = aProfile('b').withInterventions(...b).prepare();
  return interventionOverlap(x.interventions, y.interventions, x.interventionFamilies, y.interventionFamilies);
};

describe('interventionOverlap', () => {
  it('grades the same set, a set inside the other, a shared code, a related one and none', () => {
    expect(overlap(['DAIRY_GOATS'], ['DAIRY_GOATS'])).toMatchObject({ value: 1, level: 'SAME', shared: ['DAIRY_GOATS'] });
    expect(overlap(['DAIRY_GOATS', 'POULTRY'], ['DAIRY_GOATS', 'POULTRY', 'KITCHEN_GARDEN']).level).toBe('SAME');
    expect(overlap(['DAIRY_GOATS'], ['DAIRY_GOATS', 'POULTRY', 'KITCHEN_GARDEN'])).toMatchObject({ value: 1 / 3, level: 'CONTAINED' });
    expect(overlap(['DAIRY_GOATS', 'BEEKEEPING'], ['DAIRY_GOATS', 'KITCHEN_GARDEN']).level).toBe('SHARED');
    expect(overlap(['GREENHOUSE'], ['WINTER_TUNNEL_FARMING'])).toMatchObject({ value: 0, level: 'RELATED', shared: [] });
    expect(overlap(['BEEKEEPING'], ['SCHOOL_MEALS']).level).toBe('DIFFERENT');
  });

  it('says MISSING when a side has no intervention coded', () => {
    expect(overlap([], ['DAIRY_GOATS']).level).toBe('MISSING');
  });
});
