import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRelease } from './parse-release';
import { RELEASE_FILES, ReleasePart } from './release-records';
import { KnownCodes, validateRelease } from './validate-release';

const DATA = path.resolve(__dirname, '../../data');
const NOTHING_KNOWN: KnownCodes = { units: new Set(), sources: new Set(), themes: new Set(), interventionTypes: new Set(), bodyKinds: new Set(), nationalBodies: new Set() };

function readTexts(dir: string): Partial<Record<ReleasePart, string>> {
  const texts: Partial<Record<ReleasePart, string>> = {};
  for (const [part, file] of Object.entries(RELEASE_FILES) as Array<[ReleasePart, string]>) {
    try {
      texts[part] = readFileSync(path.join(dir, file), 'utf8');
    } catch {
      // a partial release lacks some files
    }
  }
  return texts;
}

const UNITS_HEADER = 'code,soate,iso_3166_2,ocha_pcode,level,kind,name_ky,name_ru,name_en,names_derived,alt_names,parent_code,valid_from,valid_to';

describe('parseRelease and validateRelease on the shipped data', () => {
  const data = parseRelease(readTexts(DATA));
  const manifest = JSON.parse(readFileSync(path.join(DATA, 'release.json'), 'utf8'));

  it('reads every file with the row counts release.json states', () => {
    for (const [part, file] of Object.entries(RELEASE_FILES) as Array<[ReleasePart, string]>) {
      expect({ file, rows: data[part]?.length }).toEqual({ file, rows: manifest.counts[file] });
    }
  });

  it('types the rows: levels, lists, dates, codes', () => {
    const kochkor = data.units!.find((u) => u.code === '41704235000000')!;
    expect(kochkor).toMatchObject({ level: 'RAYON', kind: 'RAYON', parentCode: '41704000000000', validFrom: '2021-01-01', validTo: null, altNames: ['Kochkor', 'Kochkorka', 'Кочкорка'] });
    expect(kochkor.names).toEqual({ ky: 'Кочкор району', ru: 'Кочкорский район', en: 'Kochkor District' });
    const goats = data.interventionTypes!.find((t) => t.code === 'DAIRY_GOATS')!;
    expect(goats).toMatchObject({ decisionLevel: 'LOCAL', decisionBodyKind: 'AYIL_OKMOTU', themeCodes: ['LIVESTOCK', 'NUTRITION', 'SOCIAL_PROTECTION'] });
    expect(data.facts!.find((f) => f.unitCode === '41702205000000' && f.indicator === 'POPULATION')).toMatchObject({ value: '69400', unit: 'persons', period: '2021' });
  });

  it('is consistent on its own', () => {
    expect(validateRelease(manifest.id, data, NOTHING_KNOWN)).toEqual([]);
  });

  it('the reform example is consistent on top of it, and not without it', () => {
    const example = parseRelease(readTexts(path.join(DATA, 'examples/reform-example')));
    const known: KnownCodes = { ...NOTHING_KNOWN, units: new Set(data.units!.map((u) => u.code)) };
    expect(validateRelease('example-reform-2025.1', example, known)).toEqual([]);
    expect(validateRelease('example-reform-2025.1', example, NOTHING_KNOWN)).toContain(
      'admin-units.csv line 2: parent_code 41704235000000 is neither in this release nor loaded',
    );
  });
});

describe('parseRelease and validateRelease on broken files', () => {
  it('names the file, line and column of a bad value', () => {
    const units = `${UNITS_HEADER}\n41700000000000,,,,COUNTRY,COUNTRY,a,b,c,,,,2021-01-01,\n41702000000000,,,,PROVINCE,OBLAST,a,b,c,,,41700000000000,2021-01-01,\n`;
    expect(() => parseRelease({ units })).toThrow('admin-units.csv line 3: level: "PROVINCE" is not one of COUNTRY, OBLAST, RAYON, AYIL_AIMAK, SETTLEMENT');
    const badDate = units.replace('PROVINCE', 'OBLAST').replace('41700000000000,2021-01-01', '41700000000000,2021-02-30');
    expect(() => parseRelease({ units: badDate })).toThrow('admin-units.csv line 3: valid_from: "2021-02-30" is not a calendar date');
  });

  it('lists every reference to something that does not exist', () => {
    const units = `${UNITS_HEADER}\n41700000000000,,,,COUNTRY,COUNTRY,a,b,c,,,,2021-01-01,\n41702000000000,,,,OBLAST,OBLAST,a,b,c,,,41799999999999,2021-01-01,\n41702000000000,,,,OBLAST,OBLAST,a,b,c,,,41700000000000,2021-01-01,2020-01-01\n`;
    const crosswalk = 'release,old_code,new_code,relation,effective_date,note\nr1,41702000000000,,MERGED_INTO,2025-01-01,\nother,41711111111111,41702000000000,RENAMED,2025-01-01,\n';
    const facts = 'unit_code,indicator,value,unit,period,source\n41702000000000,POPULATION,1,persons,2021,NOWHERE\n41702000000000,POPULATION,2,persons,2021,NOWHERE\n';
    const problems = validateRelease('r1', parseRelease({ units, crosswalk, facts }), NOTHING_KNOWN);
    expect(problems).toEqual([
      'admin-units.csv line 4: 41702000000000 repeats line 3',
      'admin-units.csv line 3: parent_code 41799999999999 is neither in this release nor loaded',
      'admin-units.csv line 4: valid_to 2020-01-01 is before valid_from 2021-01-01',
      'crosswalk.csv line 2: MERGED_INTO needs a new_code',
      'crosswalk.csv line 3: release is "other", but this is release r1',
      'crosswalk.csv line 3: old_code 41711111111111 is neither in this release nor loaded',
      'facts.csv line 3: 41702000000000 POPULATION 2021 NOWHERE repeats line 2',
      'facts.csv line 2: source NOWHERE is not in sources.csv',
      'facts.csv line 3: source NOWHERE is not in sources.csv',
    ]);
  });
});
