import { aProfile, PLACES, testContext } from '../test-support/a-profile';
import { ENGINE_VERSION } from './engine-version';
import { PRIOR_LOG2_ODDS } from './model/match-weights';
import { OVERLAP_THRESHOLD, RELATED_SCORE_CAP } from './model/thresholds';
import { prepareProfile } from './prepare-profile';
import { scorePair } from './score-pair';

const russianTwin = () =>
  aProfile('p-2').titled(
    { ru: 'Молочные козы для малообеспеченных семей, Кара-Сууский айылный аймак' },
    { ru: 'Каждая из 120 малообеспеченных семей получает двух молочных коз, ветеринарное обслуживание и обучение, 2025-2026.' },
  );

describe('scorePair', () => {
  it('calls an English project and its Russian twin a duplicate and says why in one line', () => {
    const result = scorePair(aProfile('p-1').prepare(), russianTwin().prepare());
    expect(result.kind).toBe('DUPLICATE');
    expect(result.score).toBeGreaterThan(0.99);
    expect(result.explanation).toMatch(
      /^Both fund dairy goats for low-income households in Kara-Suu ayil aimak, Naryn Region, 2025–2026; titles \d+% similar across languages$/,
    );
    expect(result.engineVersion).toBe(ENGINE_VERSION);
  });

  it('is deterministic and does not depend on the order of its arguments', () => {
    const a = aProfile('p-1').prepare();
    const b = russianTwin().prepare();
    const first = scorePair(a, b);
    expect(scorePair(b, a)).toEqual(first);
    expect(JSON.stringify(scorePair(prepareProfile(aProfile('p-1').build(), testContext), b))).toBe(JSON.stringify(first));
    expect(first.projectIds).toEqual(['p-1', 'p-2']);
  });

  it('adds the prior and the components into the total weight, and the score follows it', () => {
    const result = scorePair(aProfile('p-1').prepare(), russianTwin().prepare());
    const sum = Object.values(result.components).reduce((total, part) => total + part.weight, PRIOR_LOG2_ODDS);
    expect(result.totalWeight).toBeCloseTo(sum, 3);
    expect(result.score).toBeCloseTo(1 / (1 + 2 ** -result.totalWeight), 4);
  });

  it('calls a village project inside an oblast programme of the same work an overlap', () => {
    const programme = aProfile('p-3').in(PLACES.naryn).for('LOW_INCOME_HOUSEHOLDS', 3000)
      .titled({ en: 'Naryn goat programme' }, { en: 'Dairy goats and veterinary care for 3,000 low-income families across Naryn Region.' });
    const result = scorePair(programme.prepare(), aProfile('p-1').in(PLACES.mantysh).prepare());
    expect(result.components.geography.level).toBe('WIDE');
    expect(result.kind).toBe('OVERLAP');
    expect(result.explanation).toContain('(oblast-wide programme)');
  });

  it('gives a national programme of other work nothing', () => {
    const national = aProfile('p-4').in(PLACES.kyrgyzstan).withInterventions('SCHOOL_MEALS').withThemes('EDUCATION', 'NUTRITION')
      .for('SCHOOLCHILDREN').titled({ en: 'National school meals' });
    const result = scorePair(national.prepare(), aProfile('p-1').in(PLACES.mantysh).prepare());
    expect(result.components.geography.level).toBe('BROAD');
    expect(result.kind).toBe('NONE');
    expect(result.explanation).toMatch(/^Not raised: different work \(dairy goats \/ school meals\)/);
  });

  it('does not raise the same work in the same village in another year', () => {
    const later = russianTwin().running('2027-03-01', '2028-02-29');
    const result = scorePair(aProfile('p-1').prepare(), later.prepare());
    expect(result.kind).toBe('NONE');
    expect(result.components.period).toMatchObject({ level: 'DISJOINT', weight: expect.any(Number) });
    expect(result.components.period.weight).toBeLessThan(-18);
    expect(result.score).toBeLessThan(OVERLAP_THRESHOLD);
    expect(result.explanation).toMatch(/^Not raised: periods do not meet \(2025–2026 \/ 2027–2028\)/);
  });

  it('does not raise the same text in a neighbouring rayon', () => {
    const neighbour = aProfile('p-5').in(PLACES.jumgal);
    const result = scorePair(aProfile('p-1').in(PLACES.kochkor).prepare(), neighbour.prepare());
    expect(result.components.geography.level).toBe('SAME_OBLAST');
    expect(result.kind).toBe('NONE');
    expect(result.explanation).toMatch(/^Not raised: no common area \(Kochkor District \/ Jumgal District\)/);
  });

  it('never raises co-financed, same-chain or same-owner pairs, and caps their score', () => {
    const declared = russianTwin().with({ coFinancedProjectIds: ['p-1'] });
    const sameFunder = russianTwin().ownedBy('org-x', 'donor-of-p-1');
    const sameOwner = russianTwin().ownedBy('org-of-p-1');
    for (const [other, relation] of [[declared, 'CO_FINANCED'], [sameFunder, 'CO_FINANCED'], [sameOwner, 'SAME_OWNER']] as const) {
      const result = scorePair(aProfile('p-1').prepare(), other.prepare());
      expect(result).toMatchObject({ kind: 'NONE', relation, score: RELATED_SCORE_CAP });
      expect(result.explanation).toMatch(/^Not raised: /);
    }
  });

  it('counts themes once when the interventions already agree', () => {
    const result = scorePair(aProfile('p-1').prepare(), russianTwin().prepare());
    expect(result.components.themes).toMatchObject({ level: 'SAME', weight: 0, duplicateWeight: 0 });
    const relatedWork = aProfile('p-6').withInterventions('POULTRY').withThemes('LIVESTOCK', 'NUTRITION');
    expect(scorePair(aProfile('p-1').prepare(), relatedWork.prepare()).components.themes.weight).toBeGreaterThan(0);
  });

  it('raises related work in the same place at the same time above the threshold', () => {
    const greenhouses = aProfile('p-7').withInterventions('GREENHOUSE').withThemes('AGRICULTURE', 'FOOD_SECURITY')
      .titled({ en: 'Greenhouses for low-income households in Kara-Suu ayil aimak' });
    const tunnels = aProfile('p-8').withInterventions('WINTER_TUNNEL_FARMING').withThemes('AGRICULTURE', 'FOOD_SECURITY')
      .titled({ ru: 'Туннельные теплицы для зимних овощей, малообеспеченные семьи, Кара-Сууский айылный аймак' });
    const result = scorePair(greenhouses.prepare(), tunnels.prepare());
    expect(result.components.interventions.level).toBe('RELATED');
    expect(result.score).toBeGreaterThanOrEqual(OVERLAP_THRESHOLD);
    expect(result.kind).toBe('OVERLAP');
    expect(result.explanation).toContain('Both work on related activities (greenhouses / winter tunnels)');
  });

  it('refuses a profile prepared by another engine version', () => {
    const stale = { ...aProfile('p-1').prepare(), engineVersion: 'fs-0.9.0' };
    expect(() => scorePair(stale, russianTwin().prepare())).toThrow(/prepared by fs-0.9.0/);
  });
});
