// Reads the committed reference data (libs/geography/data) into what the pair generator needs:
// the real Kyrgyz hierarchy with paths, settlement counts and rayon populations, the theme
// taxonomy and the intervention catalogue. Node standard library only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadReferenceData(dataDir) {
  const units = readCsv(join(dataDir, 'admin-units.csv'));
  const facts = readCsv(join(dataDir, 'facts.csv'));
  const themes = readCsv(join(dataDir, 'themes.csv'));
  const interventions = readCsv(join(dataDir, 'intervention-types.csv'));
  return {
    geography: buildGeography(units, facts),
    themeParents: Object.fromEntries(themes.map((t) => [t.code, t.parent_code || null])),
    themeNames: Object.fromEntries(themes.map((t) => [t.code, t.name_en])),
    interventions: Object.fromEntries(
      interventions.map((i) => [i.code, { code: i.code, nameEn: i.name_en, themes: i.theme_codes.split('|') }]),
    ),
  };
}

function buildGeography(rows, facts) {
  const byCode = new Map();
  for (const row of rows) {
    byCode.set(row.code, {
      code: row.code,
      level: row.level,
      kind: row.kind,
      names: { ky: row.name_ky, ru: row.name_ru, en: row.name_en },
      parent: row.parent_code || null,
      children: [],
      settlements: 0,
      population: null,
    });
  }
  for (const unit of byCode.values()) if (unit.parent) byCode.get(unit.parent).children.push(unit);
  for (const unit of byCode.values()) unit.path = pathOf(unit, byCode);
  for (const unit of byCode.values()) {
    if (unit.level !== 'SETTLEMENT') continue;
    for (const code of unit.path) byCode.get(code).settlements += 1;
  }
  for (const fact of facts) {
    if (fact.indicator === 'POPULATION') byCode.get(fact.unit_code).population = Number(fact.value);
  }
  // Oblast population: the sum of its rayons when every rayon of it has a figure (cities have none).
  for (const oblast of byCode.values()) {
    if (oblast.level !== 'OBLAST') continue;
    const rayons = oblast.children.filter((c) => c.level === 'RAYON');
    if (rayons.length > 0 && rayons.every((r) => r.population)) oblast.population = rayons.reduce((s, r) => s + r.population, 0);
  }
  for (const unit of byCode.values()) unit.children.sort((x, y) => (x.code < y.code ? -1 : 1));
  return { byCode, country: [...byCode.values()].find((u) => u.level === 'COUNTRY') };
}

function pathOf(unit, byCode) {
  const path = [];
  for (let u = unit; u; u = u.parent ? byCode.get(u.parent) : null) path.unshift(u.code);
  return path;
}

/** RFC 4180 CSV with a header row -> array of objects. */
export function readCsv(file) {
  const text = readFileSync(file, 'utf8');
  const records = [];
  let field = '';
  let record = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\n') record.push(field), records.push(record), (record = []), (field = '');
    else field += c;
  }
  if (field !== '' || record.length > 0) record.push(field), records.push(record);
  const [header, ...body] = records;
  return body.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
}
