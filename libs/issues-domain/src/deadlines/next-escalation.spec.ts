import { loadReferenceFixture } from '../../test-support/load-reference-fixture';
import { buildEscalationChain } from '../chain/build-escalation-chain';
import { EscalationChain } from '../chain/escalation-chain';
import { ISSUE_STATES } from '../lifecycle/issue-state';
import { nextEscalation } from './next-escalation';

const fixture = loadReferenceFixture();

function chainFor(code: string): EscalationChain {
  const units = fixture.chainOf(code);
  return buildEscalationChain({ units, bodies: fixture.bodiesFor(units), subject: { interventionCode: 'DAIRY_GOATS', themeCodes: ['LIVESTOCK'] }, themes: fixture.themes });
}

const village = chainFor('41704220830010');
const bishkek = chainFor('41711201800010');

describe('nextEscalation', () => {
  it('goes village -> rayon -> oblast -> national, then stops', () => {
    const district = nextEscalation('ADDRESSED', 'LOCAL', village);
    expect(district).toMatchObject({ level: 'DISTRICT', unit: { name: 'At-Bashy District' }, skipped: [] });
    expect(district?.bodies.map((body) => body.kind)).toEqual(['RAYON_STATE_ADMINISTRATION', 'RAYON_AGRICULTURE_DEPARTMENT', 'RAYON_VETERINARY_SERVICE']);
    expect(nextEscalation('UNDER_CONSIDERATION', 'DISTRICT', village)).toMatchObject({ level: 'REGIONAL', bodies: [{ kind: 'PLENIPOTENTIARY_REPRESENTATIVE' }] });
    expect(nextEscalation('ADDRESSED', 'REGIONAL', village)?.level).toBe('NATIONAL');
    expect(nextEscalation('ADDRESSED', 'NATIONAL', village)).toBeNull();
  });

  it('in Bishkek goes from the city straight to national, saying why', () => {
    const next = nextEscalation('ADDRESSED', 'LOCAL', bishkek);
    expect(next?.level).toBe('NATIONAL');
    expect(next?.skipped.map((step) => step.level)).toEqual(['DISTRICT', 'REGIONAL']);
    expect(next?.skipped[1].notes.join(' ')).toContain('Bishkek city is a city of republican significance');
  });

  it('allows escalation after a rejection (the appeal) but not from other states', () => {
    expect(nextEscalation('REJECTED', 'LOCAL', village)?.level).toBe('DISTRICT');
    for (const state of ISSUE_STATES.filter((candidate) => !['ADDRESSED', 'UNDER_CONSIDERATION', 'REJECTED'].includes(candidate))) {
      expect(nextEscalation(state, 'LOCAL', village)).toBeNull();
    }
  });
});
