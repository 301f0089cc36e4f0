import { CsvFieldReader } from './csv-field-reader';
import { parseCsv } from './parse-csv';
import { ADMIN_LEVELS, ADMIN_UNIT_KINDS, CROSSWALK_RELATIONS, DECISION_LEVELS, LANGUAGES, LocalizedNames } from './reference-codes';
import {
  BodyKindRecord,
  CrosswalkRecord,
  FactRecord,
  InterventionTypeRecord,
  NationalBodyRecord,
  RELEASE_FILES,
  ReleaseData,
  ReleasePart,
  SourceRecord,
  ThemeRecord,
  UnitRecord,
} from './release-records';

const UNIT_CODE = /^\d{14}$/;
const UPPER_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function names(r: CsvFieldReader, pattern = 'name_%s'): LocalizedNames {
  return { ky: r.required(pattern.replace('%s', 'ky')), ru: r.required(pattern.replace('%s', 'ru')), en: r.required(pattern.replace('%s', 'en')) };
}

function unit(r: CsvFieldReader): UnitRecord {
  return {
    line: r.line,
    code: r.matching('code', UNIT_CODE, 'a 14-digit SOATE code'),
    soate: r.optionalMatching('soate', UNIT_CODE, 'a 14-digit SOATE code'),
    iso31662: r.optionalMatching('iso_3166_2', /^KG-[A-Z]{1,3}$/, 'an ISO 3166-2:KG code'),
    ochaPcode: r.optionalMatching('ocha_pcode', /^KG\d{0,12}$/, 'an OCHA P-code'),
    level: r.oneOf('level', ADMIN_LEVELS),
    kind: r.oneOf('kind', ADMIN_UNIT_KINDS),
    names: names(r),
    namesDerived: r.listOf('names_derived', LANGUAGES),
    altNames: r.list('alt_names'),
    parentCode: r.optionalMatching('parent_code', UNIT_CODE, 'a 14-digit SOATE code'),
    validFrom: r.date('valid_from'),
    validTo: r.optionalDate('valid_to'),
  };
}

function crosswalk(r: CsvFieldReader): CrosswalkRecord {
  return {
    line: r.line,
    release: r.required('release'),
    oldCode: r.matching('old_code', UNIT_CODE, 'a 14-digit SOATE code'),
    newCode: r.optionalMatching('new_code', UNIT_CODE, 'a 14-digit SOATE code'),
    relation: r.oneOf('relation', CROSSWALK_RELATIONS),
    effectiveDate: r.date('effective_date'),
    note: r.optional('note'),
  };
}

function fact(r: CsvFieldReader): FactRecord {
  return {
    line: r.line,
    unitCode: r.matching('unit_code', UNIT_CODE, 'a 14-digit SOATE code'),
    indicator: r.matching('indicator', UPPER_CODE, 'an indicator code'),
    value: r.matching('value', NUMBER, 'a number'),
    unit: r.required('unit'),
    period: r.optionalMatching('period', PERIOD, 'a year, month or day (YYYY, YYYY-MM, YYYY-MM-DD)'),
    source: r.matching('source', UPPER_CODE, 'a source id'),
  };
}

function source(r: CsvFieldReader): SourceRecord {
  return {
    line: r.line,
    id: r.matching('id', UPPER_CODE, 'a source id'),
    title: r.required('title'),
    publisher: r.required('publisher'),
    urlOrReference: r.optional('url_or_reference'),
    licence: r.optional('licence'),
    retrieved: r.optionalDate('retrieved'),
    notes: r.optional('notes'),
  };
}

function theme(r: CsvFieldReader): ThemeRecord {
  const dacCodes = r.list('dac_codes');
  if (dacCodes.some((c) => !/^\d{5}$/.test(c))) r.fail('dac_codes', 'every OECD DAC purpose code has 5 digits');
  return { line: r.line, code: r.matching('code', UPPER_CODE, 'a theme code'), names: names(r), parentCode: r.optionalMatching('parent_code', UPPER_CODE, 'a theme code'), dacCodes };
}

function interventionType(r: CsvFieldReader): InterventionTypeRecord {
  return {
    line: r.line,
    code: r.matching('code', UPPER_CODE, 'an intervention code'),
    names: names(r),
    themeCodes: r.list('theme_codes'),
    decisionLevel: r.oneOf('decision_level', DECISION_LEVELS),
    decisionBodyKind: r.matching('decision_body_kind', UPPER_CODE, 'a government body kind or national body code'),
    notes: r.optional('notes'),
  };
}

function bodyKind(r: CsvFieldReader): BodyKindRecord {
  const patterns = names(r, 'name_%s_pattern');
  for (const [language, pattern] of Object.entries(patterns)) {
    if (!pattern.includes('{name}')) r.fail(`name_${language}_pattern`, 'must contain {name}');
  }
  return {
    line: r.line,
    code: r.matching('code', UPPER_CODE, 'a body kind code'),
    adminLevels: r.listOf('level', ADMIN_LEVELS),
    appliesToUnitKinds: r.listOf('applies_to_unit_kinds', ADMIN_UNIT_KINDS),
    patterns,
    competences: r.list('competences'),
  };
}

function nationalBody(r: CsvFieldReader): NationalBodyRecord {
  return { line: r.line, code: r.matching('code', UPPER_CODE, 'a body code'), names: names(r), kind: r.matching('kind', UPPER_CODE, 'a body kind'), competences: r.list('competences') };
}

const READERS: { [P in ReleasePart]: (r: CsvFieldReader) => NonNullable<ReleaseData[P]>[number] } = {
  sources: source,
  units: unit,
  crosswalk,
  facts: fact,
  themes: theme,
  interventionTypes: interventionType,
  bodyKinds: bodyKind,
  nationalBodies: nationalBody,
};

/** Parses the files of a release (file name -> text); parts whose file is absent stay undefined. */
export function parseRelease(texts: Partial<Record<ReleasePart, string>>): ReleaseData {
  const data: ReleaseData = {};
  for (const part of Object.keys(RELEASE_FILES) as ReleasePart[]) {
    const text = texts[part];
    if (text === undefined) continue;
    const file = RELEASE_FILES[part];
    const read = READERS[part] as (r: CsvFieldReader) => unknown;
    (data as Record<string, unknown[]>)[part] = parseCsv(file, text).map((row) => read(new CsvFieldReader(file, row)));
  }
  return data;
}
