import { KnownReferenceCache } from './known-reference-cache';
import { KnownReferences } from './resolve-references';

const UNIT = '6ebd0f79-093e-4d11-b8a9-f0362146ebd1';
const ORG = 'a1b2c3d4-0000-4000-8000-000000000001';

function answer(): KnownReferences {
  return {
    units: new Map([
      [UNIT, UNIT],
      ['41704235000000', UNIT],
    ]),
    themes: new Set(['NUTRITION']),
    interventions: new Set(['DAIRY_GOATS']),
    organisations: new Set([ORG]),
  };
}

describe('KnownReferenceCache', () => {
  let clock = 0;
  const cache = () => new KnownReferenceCache(1000, () => clock);
  beforeEach(() => (clock = 10_000));

  it('answers only when every reference was seen to exist', () => {
    const c = cache();
    expect(c.lookup([{ coverage: [UNIT], themes: ['NUTRITION'] }])).toBeUndefined();
    c.remember(answer());
    const known = c.lookup([{ coverage: [UNIT.toUpperCase(), '41704235000000'], themes: ['NUTRITION'], interventions: ['DAIRY_GOATS'], organisations: [ORG.toUpperCase()] }]);
    expect(known?.units.get(UNIT)).toBe(UNIT);
    expect(known?.units.get('41704235000000')).toBe(UNIT);
    expect([...known!.themes]).toEqual(['NUTRITION']);
    expect([...known!.organisations]).toEqual([ORG]);
    expect(c.lookup([{ coverage: [UNIT], themes: ['NUTRITION', 'UNKNOWN_THEME'] }])).toBeUndefined();
    expect(c.lookup([{ coverage: ['99999999999999'] }])).toBeUndefined();
    expect(c.lookup([{ organisations: ['a1b2c3d4-0000-4000-8000-000000000002'] }])).toBeUndefined();
  });

  it('keeps the kinds apart: a theme code is not an intervention code', () => {
    const c = cache();
    c.remember(answer());
    expect(c.lookup([{ interventions: ['NUTRITION'] }])).toBeUndefined();
  });

  it('forgets after its time to live, and when it grows past its bound', () => {
    const c = cache();
    c.remember(answer());
    clock += 1000;
    expect(c.lookup([{ themes: ['NUTRITION'] }])).toBeDefined();
    clock += 1;
    expect(c.lookup([{ themes: ['NUTRITION'] }])).toBeUndefined();
    const small = new KnownReferenceCache(1000, () => clock, 3);
    small.remember(answer());
    small.remember({ units: new Map(), themes: new Set(['FOOD_SECURITY']), interventions: new Set(), organisations: new Set() });
    expect(small.lookup([{ themes: ['FOOD_SECURITY'] }])).toBeDefined();
    expect(small.lookup([{ themes: ['NUTRITION'] }])).toBeUndefined();
  });
});
