import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decisionLevelOf, generateGovernmentBodies } from './generate-government-bodies';
import { parseRelease } from './parse-release';

const DATA = path.resolve(__dirname, '../../data');
const read = (file: string) => readFileSync(path.join(DATA, file), 'utf8');

describe('generateGovernmentBodies', () => {
  const data = parseRelease({ units: read('admin-units.csv'), bodyKinds: read('government-body-kinds.csv'), nationalBodies: read('national-bodies.csv') });
  const bodies = generateGovernmentBodies(data.units!, data.bodyKinds!, data.nationalBodies!);
  const byCode = new Map(bodies.map((b) => [b.code, b]));

  it('makes the 1,963 bodies of the units and the 15 national ones, each code once', () => {
    expect(bodies.filter((b) => b.unitCode).length).toBe(1963);
    expect(bodies.filter((b) => !b.unitCode).length).toBe(15);
    expect(byCode.size).toBe(bodies.length);
  });

  it('gives every ayil aimak its ayil okmotu, ayil kenesh and pasture committee, named after it', () => {
    const aimaks = data.units!.filter((u) => u.kind === 'AYIL_AIMAK');
    for (const kind of ['AYIL_OKMOTU', 'AYIL_KENESH', 'PASTURE_COMMITTEE']) {
      expect(bodies.filter((b) => b.kind === kind).map((b) => b.unitCode)).toEqual(aimaks.map((u) => u.code).sort());
    }
    expect(byCode.get('AYIL_OKMOTU:41704235816000')).toMatchObject({
      decisionLevel: 'LOCAL',
      names: { ky: 'Кочкор айыл аймагынын айыл өкмөтү', ru: 'Айыл окмоту (Кочкорский айылный аймак)', en: 'Ayil Okmotu of Kochkor ayil aimak' },
    });
  });

  it('puts rayon departments at DISTRICT, the plenipotentiary at REGIONAL, city halls at LOCAL even for Bishkek', () => {
    expect(byCode.get('RAYON_EDUCATION_DEPARTMENT:41704235000000')).toMatchObject({ decisionLevel: 'DISTRICT', unitCode: '41704235000000' });
    expect(byCode.get('PLENIPOTENTIARY_REPRESENTATIVE:41704000000000')).toMatchObject({ decisionLevel: 'REGIONAL' });
    expect(byCode.get('CITY_HALL:41711000000000')).toMatchObject({ decisionLevel: 'LOCAL', names: { ru: 'Мэрия г. Бишкек' } });
    expect(byCode.get('JOGORKU_KENESH')).toMatchObject({ decisionLevel: 'NATIONAL', unitCode: null, kind: 'PARLIAMENT' });
    // No body is generated for a village or an urban-type settlement (see docs/reference-data.md).
    expect(bodies.some((b) => b.unitCode && data.units!.find((u) => u.code === b.unitCode)!.kind === 'VILLAGE')).toBe(false);
  });

  it('derives the decision level from the lowest admin level a kind sits at', () => {
    expect(decisionLevelOf(['AYIL_AIMAK', 'RAYON', 'OBLAST'])).toBe('LOCAL');
    expect(decisionLevelOf(['RAYON'])).toBe('DISTRICT');
    expect(decisionLevelOf(['OBLAST'])).toBe('REGIONAL');
    expect(decisionLevelOf([])).toBe('NATIONAL');
  });
});
