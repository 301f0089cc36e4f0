#!/usr/bin/env node
// Builds the reference data release of libs/geography/data/ from the source files in shared/data.
//
//   node libs/geography/data-src/build-reference-data.mjs [path/to/shared/data]
//
// The source path defaults to ../shared/data relative to the repository root. Plain Node 20, no
// dependencies. Output is deterministic: same input, same bytes. After writing, the files are read
// back and verified; the script exits non-zero if a check fails. See docs/reference-data.md.

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..', '..');
const SRC = path.resolve(process.argv[2] ?? path.join(REPO, '..', 'shared', 'data'));
const OUT = path.join(REPO, 'libs', 'geography', 'data');
const EXAMPLE_DIR = path.join(OUT, 'examples', 'reform-example');

const RELEASE_ID = 'kg-soate-2021.1';
const RELEASE_DATE = '2021-01-01';
const COUNTRY_CODE = '41700000000000';
const EXAMPLE_PREFIX = '41799'; // region segment 99 does not exist in SOATE: reserved for fictitious test codes

const LEVELS = ['COUNTRY', 'OBLAST', 'RAYON', 'AYIL_AIMAK', 'SETTLEMENT'];
const KINDS_BY_LEVEL = {
  COUNTRY: ['COUNTRY'],
  OBLAST: ['OBLAST', 'CITY_REPUBLICAN'],
  RAYON: ['RAYON', 'CITY_OBLAST', 'CITY_DISTRICT'],
  AYIL_AIMAK: ['AYIL_AIMAK', 'TOWN', 'URBAN_SETTLEMENT'],
  SETTLEMENT: ['VILLAGE'],
};
const ALL_KINDS = Object.values(KINDS_BY_LEVEL).flat();

const log = (...a) => console.log(...a);

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180) and small helpers
// ---------------------------------------------------------------------------------------------

function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r') { i++; continue; }
    if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  return { header, records: body.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? '']))) };
}

function csvField(v) {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(columns, records) {
  const lines = [columns.join(',')];
  for (const r of records) lines.push(columns.map((c) => csvField(r[c])).join(','));
  return lines.join('\n') + '\n';
}

const readJson = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));
const readCsv = (p) => parseCsv(fs.readFileSync(p, 'utf8'));
const sha256 = (s) => crypto.createHash('sha256').update(s).digest('hex');
const byKey = (k) => (a, b) => (a[k] < b[k] ? -1 : a[k] > b[k] ? 1 : 0);
const noUnderscore = (o) => Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith('_')));
const countBy = (arr, f) => arr.reduce((m, x) => ((m[f(x)] = (m[f(x)] ?? 0) + 1), m), {});

const written = {}; // relative path -> { rows, sha256 }
function writeFile(rel, content, rows) {
  const abs = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
  written[rel] = { rows, sha256: sha256(content) };
  log(`  wrote ${path.relative(REPO, abs)}${rows === undefined ? '' : ` (${rows} rows)`}`);
}

// ---------------------------------------------------------------------------------------------
// Transliteration and Kyrgyz name derivation
// ---------------------------------------------------------------------------------------------

// Kyrgyz/Russian Cyrillic -> Latin. BGN/PCGN 1979 romanisation of Kyrgyz, reduced to ASCII the way
// OCHA COD-AB spells names (ө -> o, ү -> u), with ң -> ng, ж -> j, й -> y, ы -> y, х -> kh.
const LATIN = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', ң: 'ng', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ү: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const VOWELS = new Set('аеёиоөуүыэюя');

// Russian-origin words keep the Russian 'zh' for ж (Пржевальск -> Przhevalsk, Нижняя -> Nizhnyaya);
// Kyrgyz words take 'j' (Жаңы-Жол -> Jangy-Jol).
const RUSSIAN_WORD = /ск|цк|ый$|ий$|ая$|яя$|ое$|ее$|ка$|ово$|ево$|[щёъ]|ж[бвгдзклмнпрстфхцчшщ]/i;

function translit(text) {
  return text.split(/([\s-]+)/).map((w) => translitWord(w, RUSSIAN_WORD.test(w))).join('');
}

function translitWord(text, russian) {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const lo = ch.toLowerCase();
    if (!(lo in LATIN)) { out += ch; continue; }
    let t = LATIN[lo];
    if (lo === 'ж' && russian) t = 'zh';
    if (lo === 'е') {
      const prev = (chars[i - 1] ?? '').toLowerCase();
      if (i === 0 || !/[а-яёөүң]/.test(prev) || VOWELS.has(prev) || prev === 'ъ' || prev === 'ь') t = 'ye';
    }
    if (ch !== lo && t) {
      const next = (chars[i + 1] ?? '').toLowerCase();
      const allCaps = next && next !== chars[i + 1] && /[а-яёөүң]/.test(next);
      t = allCaps ? t.toUpperCase() : t[0].toUpperCase() + t.slice(1);
    }
    out += t;
  }
  return out;
}

function matchCase(replacement, original) {
  return original[0] === original[0].toUpperCase() && original[0] !== original[0].toLowerCase()
    ? replacement[0].toUpperCase() + replacement.slice(1)
    : replacement;
}

const PAREN_WORDS = { часть: ['бөлүгү', 'part'], курорт: ['курорт', 'resort'] };

// Russian spelling of a Kyrgyz place name -> Kyrgyz spelling, conservatively: 'дж' -> 'ж' and a
// short table of whole name parts (Кек -> Көк, Джаны -> Жаңы, Чон -> Чоң, Тебе -> Төбө ...).
// Russian-origin names stay as they are. Names beginning with 'Им.' ('named after') are kept whole.
function kyFromRu(name, words) {
  if (/^им\./i.test(name)) return name;
  const s = name.replace(/Дж/g, 'Ж').replace(/дж/g, 'ж');
  return s
    .split(/([\s-]+)/)
    .map((tok) => {
      const lo = tok.toLowerCase();
      return words[lo] ? matchCase(words[lo], tok) : tok;
    })
    .join('');
}

function splitParen(name) {
  const m = name.match(/^(.*?)\s*\(([^)]*)\)$/);
  return m ? { base: m[1], paren: m[2] } : { base: name, paren: null };
}

function villageNames(ru, words) {
  const { base, paren } = splitParen(ru);
  let ky;
  let en;
  if (/^им\.\s*/i.test(base)) {
    ky = base;
    en = translit(base.replace(/^им\.\s*/i, 'Имени '));
  } else {
    ky = kyFromRu(base, words);
    en = translit(ky);
  }
  if (paren !== null) {
    const p = PAREN_WORDS[paren.toLowerCase()];
    ky += ` (${p ? p[0] : paren})`;
    en += ` (${p ? p[1] : translit(paren)})`;
  }
  return { ky, en };
}

const normCmp = (s) => s.replace(/\s*\([^)]*\)\s*$/, '').toLowerCase().replace(/ё/g, 'е').replace(/дж/g, 'ж').replace(/[^а-яөүң]/g, '');

function stemCandidates(base) {
  const c = [base];
  const cut = (n, add = '') => c.push(base.slice(0, base.length - n) + add);
  if (base.endsWith('ь')) cut(1);
  if (base.endsWith('й')) { cut(1, 'у'); cut(1, 'и'); cut(1); }
  if (base.endsWith('ин')) for (const v of ['а', 'ы', 'и', 'у', 'о', 'е', 'я']) cut(2, v);
  if (/[ыуеаоюяи]н$/.test(base)) cut(1);
  if (base.endsWith('ян')) cut(2, 'я');
  if (base.endsWith('ен')) cut(2, 'е');
  if (base.endsWith('у')) cut(1);
  if (base.endsWith('ин')) { cut(2, 'ю'); cut(2, 'аа'); }
  if (base.endsWith('ун')) cut(1, 'у');
  if (/[ое]в$/.test(base) || base.endsWith('ев')) cut(2);
  if (base.endsWith('ен')) { cut(2); cut(2, 'ое'); cut(2, 'ка'); }
  if (base.endsWith('нин')) cut(3, 'ное');
  // Russian-style place names: Михайлов-ский <- Михайловка, Ананьев-ский <- Ананьево, Садов-ский <- Садовое
  for (const add of ['ка', 'о', 'ое', 'ское']) {
    // not 'Баетов' -> 'Баетово': ayil aimaks named after a person keep the surname
    if (add === 'о' && /[ое]в$/.test(base)) continue;
    c.push(base + add);
  }
  return [...new Set(c)];
}

// ---------------------------------------------------------------------------------------------
// Load sources
// ---------------------------------------------------------------------------------------------

function loadSources() {
  const kg = (f) => path.join(SRC, 'kyrgyzstan', f);
  for (const f of ['soate_2021.csv', 'adm1_codes.csv', 'cod_ab_adm2_2018.csv', 'rayon_indicators_nsc.json', 'rayon_poverty_nsc.json']) {
    if (!fs.existsSync(kg(f))) throw new Error(`missing source file ${kg(f)} (pass the shared/data path as the first argument)`);
  }
  const sectorXml = fs.readFileSync(path.join(SRC, 'iati-codelists', 'Sector.xml'), 'utf8');
  const sectors = new Map();
  for (const m of sectorXml.matchAll(/<codelist-item([^>]*)>\s*<code>(\d+)<\/code>\s*<name>\s*<narrative>([^<]*)<\/narrative>/g)) {
    const status = (m[1].match(/status="([^"]+)"/) ?? [])[1] ?? 'active';
    sectors.set(m[2], { status, name: m[3] });
  }
  return {
    soate: readCsv(kg('soate_2021.csv')).records,
    adm1: readCsv(kg('adm1_codes.csv')).records,
    codab: readCsv(kg('cod_ab_adm2_2018.csv')).records,
    indicators: readJson(kg('rayon_indicators_nsc.json')).DataList,
    poverty: readJson(kg('rayon_poverty_nsc.json')).DataList,
    sectors,
  };
}

function loadCuration() {
  const j = (f) => readJson(path.join(HERE, f));
  const geo = j('geography-curation.json');
  return {
    geo,
    words: noUnderscore(geo.kyrgyz_toponym_words),
    stemOverrides: noUnderscore(geo.aa_stem_overrides),
    themes: j('themes.json').themes,
    interventions: j('intervention-types.json').interventions,
    bodyKinds: j('government-body-kinds.json').kinds,
    nationalBodies: j('national-bodies.json').bodies,
    sources: j('sources.json').sources,
  };
}

// ---------------------------------------------------------------------------------------------
// Admin units
// ---------------------------------------------------------------------------------------------

const fixKy = (s) => s.replace(/\u04ca/g, '\u04a3').replace(/\u04c9/g, '\u04a2').trim(); // ӊ -> ң (standard Kyrgyz letter)

function cleanRu(s) {
  return s
    .replace(/\s*[\u2013\u2014]\s*/g, '-')
    .replace(/\s+-\s+/g, '-')
    .replace(/районрайон$/, 'район')
    .replace(/^г\.\s*/, 'г. ')
    .replace(/\s+/g, ' ')
    .trim();
}

function buildUnits(src, cur, notes) {
  const { geo, words } = cur;
  const excluded = noUnderscore(geo.excluded_soate_rows);
  const overrides = geo.name_overrides;
  const enFixes = geo.codab_en_fixes;
  const adm1 = new Map(src.adm1.map((r) => [r.soate, r]));
  const codab = new Map(src.codab.map((r) => [`417${r.ADM2_PCODE.slice(2)}`, r]));
  const units = new Map();

  const add = (u) => {
    if (units.has(u.code)) throw new Error(`duplicate code ${u.code}`);
    units.set(u.code, { iso: '', pcode: '', alt: [], derived: [], ...u });
  };

  add({
    code: COUNTRY_CODE, level: 'COUNTRY', kind: 'COUNTRY', parent: '', pcode: 'KG',
    ru: src.codab[0].ADM0_RU, ky: src.codab[0].ADM0_KY, en: 'Kyrgyz Republic', // COD-AB ADM0_EN is 'Kyrgyzstan' (kept as alt name)
  });

  // Official rayon adjectives (Russian) -> official Kyrgyz / English base names, for ayil aimaks
  // named like a rayon ("Кочкорский айылный аймак" -> "Кочкор").
  const rayonBase = new Map();
  for (const [code, r] of codab) {
    if (r.ADM2TYP_EN !== 'district') continue;
    const en = enFixes[code]?.to ?? r.ADM2_EN;
    rayonBase.set(normCmp(r.ADM2_RU), { ky: fixKy(r.ADM2_KY), en });
  }

  const rows = src.soate.filter((r) => {
    if (excluded[r.soate]) { notes.excluded.push({ code: r.soate, name: r.name_ru, reason: excluded[r.soate] }); return false; }
    return true;
  });
  const byLevel = (l) => rows.filter((r) => r.level === l);

  for (const r of byLevel('1')) {
    const a = adm1.get(r.soate);
    if (!a) throw new Error(`oblast ${r.soate} missing from adm1_codes.csv`);
    const city = a.kind === 'city_republican';
    add({
      code: r.soate, level: 'OBLAST', kind: city ? 'CITY_REPUBLICAN' : 'OBLAST', parent: COUNTRY_CODE,
      iso: a.iso_3166_2, pcode: a.cod_pcode, ru: cleanRu(r.name_ru), ky: fixKy(a.name_ky),
      en: city ? `${a.name_en.replace(/\s*\(.*\)$/, '')} city` : `${a.name_en} Region`,
    });
  }

  for (const r of byLevel('2')) {
    const parent = units.get(r.parent_soate);
    const ru = cleanRu(r.name_ru);
    if (parent.kind === 'CITY_REPUBLICAN') {
      const o = overrides[r.soate];
      if (!o) throw new Error(`city district ${r.soate} has no name override`);
      add({ code: r.soate, level: 'RAYON', kind: 'CITY_DISTRICT', parent: parent.code, ru, ky: o.ky, en: o.en, derived: ['ky', 'en'] });
      continue;
    }
    const c = codab.get(r.soate);
    if (!c) throw new Error(`rayon-level unit ${r.soate} ${ru} not in COD-AB`);
    const isCity = r.soate.slice(11) !== '000';
    if (isCity !== (c.ADM2TYP_EN === 'independent city')) throw new Error(`city/rayon mismatch for ${r.soate}`);
    const enBase = enFixes[r.soate]?.to ?? c.ADM2_EN;
    if (enFixes[r.soate]) notes.fixes.push(`${r.soate}: COD-AB English '${enFixes[r.soate].from}' -> '${enFixes[r.soate].to}'`);
    add({
      code: r.soate, level: 'RAYON', kind: isCity ? 'CITY_OBLAST' : 'RAYON', parent: parent.code,
      pcode: c.ADM2_PCODE,
      ru: isCity && !ru.startsWith('г. ') ? `г. ${ru}` : ru,
      ky: isCity ? fixKy(c.ADM2_KY).replace(/\s*ш\.$/, ' шаары') : `${fixKy(c.ADM2_KY)} району`,
      en: isCity ? enBase.replace(/\s*\(city\)$/, ' city') : `${enBase} District`,
    });
    if (ru !== r.name_ru) notes.fixes.push(`${r.soate}: Russian '${r.name_ru}' -> '${isCity && !ru.startsWith('г. ') ? `г. ${ru}` : ru}'`);
  }

  // Village names, for checking ayil aimak stems.
  const villagesByParent = new Map();
  const allPlaceNames = new Set();
  for (const r of byLevel('4')) {
    const k = r.parent_soate;
    if (!villagesByParent.has(k)) villagesByParent.set(k, new Set());
    villagesByParent.get(k).add(normCmp(r.name_ru));
    allPlaceNames.add(normCmp(r.name_ru));
  }
  for (const r of byLevel('3')) if (!/айылный аймак/i.test(r.name_ru)) allPlaceNames.add(normCmp(r.name_ru));
  const villagesInRayon = (rayonCode) => {
    const s = new Set();
    for (const [p, names] of villagesByParent) if (p.slice(0, 8) === rayonCode.slice(0, 8)) for (const n of names) s.add(n);
    return s;
  };

  const level3 = byLevel('3');
  // Towns first, so that villages administered by a town can be attached to it.
  const l3kind = (r) => {
    if (/айылный аймак/i.test(r.name_ru)) return 'AYIL_AIMAK';
    const s3 = r.soate.slice(8, 11);
    const s4 = r.soate.slice(11);
    if (s3[0] === '6' && s4[0] === '0') return 'TOWN';
    if (s3[0] === '5') return 'URBAN_SETTLEMENT';
    if ('678'.includes(s3[0]) && s4 !== '000') return 'VILLAGE';
    throw new Error(`cannot classify level-3 unit ${r.soate} ${r.name_ru}`);
  };
  const order = { AYIL_AIMAK: 0, TOWN: 0, URBAN_SETTLEMENT: 0, VILLAGE: 1 };
  for (const r of [...level3].sort((a, b) => order[l3kind(a)] - order[l3kind(b)] || (a.soate < b.soate ? -1 : 1))) {
    const kind = l3kind(r);
    const ru0 = cleanRu(r.name_ru);
    if (ru0 !== r.name_ru) notes.fixes.push(`${r.soate}: Russian '${r.name_ru}' -> '${ru0}'`);
    if (kind === 'TOWN' || kind === 'URBAN_SETTLEMENT') {
      const ky = kyFromRu(ru0, words);
      add({
        code: r.soate, level: 'AYIL_AIMAK', kind, parent: r.parent_soate,
        ru: `${kind === 'TOWN' ? 'г.' : 'пгт'} ${ru0}`,
        ky: `${ky} ${kind === 'TOWN' ? 'шаары' : 'шаарчасы'}`,
        en: `${translit(ky)} ${kind === 'TOWN' ? 'town' : 'urban-type settlement'}`,
        derived: ['ky', 'en'],
      });
      continue;
    }
    if (kind === 'VILLAGE') {
      let parent = r.parent_soate;
      if (r.soate[8] === '6') {
        // Village administered by a town of rayon significance (code 6xx8xx): attach it to the town.
        const town = [...units.values()].find((u) => u.kind === 'TOWN' && u.code.slice(0, 11) === r.soate.slice(0, 11));
        if (!town) throw new Error(`no town for village ${r.soate}`);
        notes.reparented.push({ code: r.soate, name: ru0, from: r.parent_soate, to: town.code, toName: town.ru });
        parent = town.code;
      }
      const n = villageNames(ru0, words);
      add({ code: r.soate, level: 'SETTLEMENT', kind: 'VILLAGE', parent, ru: ru0, ky: n.ky, en: n.en, derived: ['ky', 'en'] });
      notes.level3Villages.push(r.soate);
      continue;
    }
    // Ayil aimak
    const o = overrides[r.soate];
    const ru = o?.ru ?? ru0;
    let ky;
    let en;
    if (o?.ky) {
      ky = o.ky; en = o.en;
      notes.aaStems.override++;
    } else {
      const adj = ru.replace(/\s*айылный аймак$/i, '');
      const ws = adj.split(' ');
      const last = ws.pop();
      const prefix = ws.length ? `${ws.join(' ')} ` : '';
      const official = rayonBase.get(normCmp(adj));
      if (official) {
        ky = `${official.ky} айыл аймагы`;
        en = `${official.en} ayil aimak`;
        notes.aaStems.rayonName++;
      } else {
        let stem;
        let how;
        if (cur.stemOverrides[adj]) { stem = cur.stemOverrides[adj]; how = 'override'; }
        else {
          const cands = (last.endsWith('ский') ? stemCandidates(last.slice(0, -4)) : [last]).map((c) => prefix + c);
          const own = villagesByParent.get(r.soate) ?? new Set();
          const inRayon = villagesInRayon(r.soate);
          stem = cands.find((c) => own.has(normCmp(c)));
          how = 'village';
          if (!stem) { stem = cands.find((c) => inRayon.has(normCmp(c))); how = 'rayonVillage'; }
          if (!stem) { stem = cands.find((c) => allPlaceNames.has(normCmp(c))); how = 'countryPlace'; if (stem) notes.countryPlaceStems.push(`${adj} -> ${stem}`); }
          if (!stem) { stem = cands[0]; how = 'rule'; notes.unconfirmedStems.push({ code: r.soate, ru, stem, villages: src.soate.filter((v) => v.parent_soate === r.soate).map((v) => v.name_ru) }); }
        }
        notes.aaStems[how] = (notes.aaStems[how] ?? 0) + 1;
        const kyStem = kyFromRu(stem, words);
        ky = `${kyStem} айыл аймагы`;
        en = `${translit(kyStem)} ayil aimak`;
      }
    }
    add({ code: r.soate, level: 'AYIL_AIMAK', kind: 'AYIL_AIMAK', parent: r.parent_soate, ru, ky, en, derived: ['ky', 'en'] });
  }

  for (const r of byLevel('4')) {
    const ru = cleanRu(r.name_ru);
    if (ru !== r.name_ru) notes.fixes.push(`${r.soate}: Russian '${r.name_ru}' -> '${ru}'`);
    const n = villageNames(ru, words);
    add({ code: r.soate, level: 'SETTLEMENT', kind: 'VILLAGE', parent: r.parent_soate, ru, ky: n.ky, en: n.en, derived: ['ky', 'en'] });
  }

  // Alternative names: curated variants, plus the spellings used in the NSC/PRISM statistics.
  for (const [code, list] of Object.entries(noUnderscore(geo.alt_names))) {
    const u = units.get(code);
    if (!u) throw new Error(`alt_names: unknown code ${code}`);
    u.alt.push(...list);
  }
  return units;
}

function addStatisticsSpellings(units, spellings) {
  for (const [code, names] of spellings) {
    const u = units.get(code);
    const base = u.en.replace(/ (District|city)$/, '');
    const have = new Set([base, u.en, ...u.alt].map((s) => s.toLowerCase()));
    for (const n of names) if (!have.has(n.toLowerCase())) { u.alt.push(n); have.add(n.toLowerCase()); }
  }
}

// ---------------------------------------------------------------------------------------------
// Facts (rayon statistics)
// ---------------------------------------------------------------------------------------------

const normLatin = (s) => s.toLowerCase().replace(/dzh/g, 'j').replace(/zh/g, 'j').replace(/[^a-z]/g, '')
  .replace(/y/g, 'i').replace(/ii+/g, 'i').replace(/uu+/g, 'u').replace(/oo+/g, 'o').replace(/ss+/g, 's');

function buildFacts(src, cur, units, notes) {
  const S = 'NSC_VIA_WFP_PRISM';
  const facts = [];
  const spellings = new Map();
  const addSpelling = (code, n) => { if (!spellings.has(code)) spellings.set(code, []); spellings.get(code).push(n); };
  const unitOf = (adm2) => {
    const code = `${adm2}000000`;
    return units.has(code) && units.get(code).kind === 'RAYON' ? code : null;
  };

  // --- indicator file, with the documented Alai/Alamudun correction
  const ind = src.indicators.map((r) => ({ ...r }));
  const byCode = new Map(ind.map((r) => [r.Adm2_Code, r]));
  for (const c of cur.geo.indicator_corrections) {
    const [a, b] = c.swap_values_between;
    for (const [code, exp] of Object.entries(c.expect_before)) {
      const row = byCode.get(code);
      for (const [k, v] of Object.entries(exp)) {
        if (!row || row[k] !== v) throw new Error(`correction precondition failed for ${code}.${k}: the source changed; review geography-curation.json`);
      }
    }
    const ra = byCode.get(a);
    const rb = byCode.get(b);
    for (const k of Object.keys(ra)) if (!['Adm2_Code', 'Adm1_Code', 'Adm2_EN'].includes(k)) [ra[k], rb[k]] = [rb[k], ra[k]];
    notes.corrections.push(`rayon_indicators_nsc.json: values of ${a} (${ra.Adm2_EN}) and ${b} (${rb.Adm2_EN}) swapped back`);
  }

  const IND = [
    ['Population_2021', 'POPULATION', 'persons', '2021'],
    ['flood_mudflow', 'FLOOD_MUDFLOW_EVENTS', 'events', ''],
    ['Wheat_production_2021_ha', 'WHEAT_PRODUCTION', 'tonnes', '2021'],
    ['Potato_production_2021_ha', 'POTATO_PRODUCTION', 'tonnes', '2021'],
    ['Vegetables_production_2021_ha', 'VEGETABLE_PRODUCTION', 'tonnes', '2021'],
    ['Fruits_production_2021', 'FRUIT_PRODUCTION', 'tonnes', '2021'],
    ['Livestock_head_count_2021', 'LIVESTOCK_HEAD_COUNT', 'head', '2021'],
  ];
  const indPoverty = new Map();
  for (const r of ind) {
    const code = unitOf(r.Adm2_Code);
    if (!code) { notes.unmapped.push(`rayon_indicators_nsc.json ${r.Adm2_Code} ${r.Adm2_EN}`); continue; }
    addSpelling(code, r.Adm2_EN);
    if (r.Population_2021 !== r.Population_2021__1) throw new Error(`Population_2021 != Population_2021__1 for ${r.Adm2_Code}`);
    for (const [field, indicator, unit, period] of IND) {
      if (typeof r[field] !== 'number') { notes.unmapped.push(`${r.Adm2_Code} ${field}: no number`); continue; }
      facts.push({ unit_code: code, indicator, value: String(r[field]), unit, period, source: S });
    }
    indPoverty.set(code, r.poverty);
  }

  // --- poverty series; labels checked against codes
  const provinces = noUnderscore(cur.geo.poverty_province_labels);
  const rayonsByOblast = new Map();
  for (const u of units.values()) if (u.kind === 'RAYON') {
    const k = u.code.slice(0, 5);
    if (!rayonsByOblast.has(k)) rayonsByOblast.set(k, []);
    rayonsByOblast.get(k).push(u);
  }
  const namesFor = (u) => [u.en.replace(/ District$/, ''), ...u.alt, ...(spellings.get(u.code) ?? [])];
  const seen = new Set();
  for (const r of src.poverty) {
    let code = unitOf(r.Adm2_Code);
    const oblast = provinces[r.Province];
    if (!oblast) throw new Error(`unknown province label ${r.Province}`);
    if (!code || code.slice(0, 5) !== oblast) {
      const target = normLatin(r.District);
      const match = (rayonsByOblast.get(oblast) ?? []).filter((u) => namesFor(u).some((n) => normLatin(n) === target));
      if (match.length !== 1) { notes.unmapped.push(`rayon_poverty_nsc.json ${r.Adm2_Code} ${r.Province}/${r.District}`); continue; }
      notes.corrections.push(`rayon_poverty_nsc.json: row coded ${r.Adm2_Code} is labelled ${r.Province}/${r.District}; mapped by its labels to ${match[0].code} (${match[0].en})`);
      code = match[0].code;
    }
    if (seen.has(code)) throw new Error(`two poverty rows for ${code}`);
    seen.add(code);
    addSpelling(code, r.District);
    for (const [k, v] of Object.entries(r)) {
      const m = k.match(/^poverty_(\d{4})$/);
      if (!m || typeof v !== 'number') continue;
      facts.push({ unit_code: code, indicator: 'POVERTY_RATE', value: String(v), unit: 'percent', period: m[1], source: S });
    }
    // The indicator file's 'poverty' column repeats the 2020 value; checked, not duplicated.
    if (indPoverty.has(code) && indPoverty.get(code) !== r.poverty_2020) {
      notes.povertyMismatch.push(`${code}: indicators.poverty=${indPoverty.get(code)} poverty_2020=${r.poverty_2020}`);
    }
  }
  facts.sort((a, b) => (a.unit_code + a.indicator + a.period < b.unit_code + b.indicator + b.period ? -1 : 1));
  return { facts, spellings };
}

// ---------------------------------------------------------------------------------------------
// Government bodies (generated from patterns; used by the verification and the summary)
// ---------------------------------------------------------------------------------------------

function generateBodies(bodyKinds, units) {
  const out = [];
  for (const k of bodyKinds) {
    for (const u of units) {
      if (!k.applies_to_unit_kinds.includes(u.kind)) continue;
      out.push({
        kind: k.code, unit: u.code,
        ky: k.name_ky_pattern.replaceAll('{name}', u.ky),
        ru: k.name_ru_pattern.replaceAll('{name}', u.ru),
        en: k.name_en_pattern.replaceAll('{name}', u.en),
        unitKy: u.ky, patternKy: k.name_ky_pattern,
      });
    }
  }
  return out;
}

// Kyrgyz vowel harmony of the suffix attached right after {name}.
const SUFFIX_VOWELS = { нын: 'аы', нун: 'оу', нүн: 'өү', нин: 'еи', ндагы: 'аыоу', ндөгү: 'өү', ндеги: 'еи' };
function kySuffixOk(unitKy, pattern) {
  const m = pattern.match(/\{name\}([^\s]*)/);
  if (!m || m[1] === '') return true;
  const suffix = m[1];
  const allowed = SUFFIX_VOWELS[suffix];
  if (!allowed) return false;
  const last = unitKy.at(-1).toLowerCase();
  return allowed.includes(last);
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function main() {
  log(`Yntymak reference data ${RELEASE_ID}`);
  log(`  sources: ${SRC}`);
  log(`  output:  ${OUT}`);
  const src = loadSources();
  const cur = loadCuration();
  log(`  read ${src.soate.length} SOATE rows, ${src.adm1.length} oblasts, ${src.codab.length} COD-AB rayons, ${src.indicators.length} + ${src.poverty.length} statistics rows, ${src.sectors.size} DAC codes`);

  const notes = {
    excluded: [], fixes: [], reparented: [], level3Villages: [], unconfirmedStems: [], corrections: [],
    unmapped: [], povertyMismatch: [], countryPlaceStems: [], aaStems: { override: 0, rayonName: 0 },
  };

  log('building admin units');
  const units = buildUnits(src, cur, notes);
  log('building facts');
  const { facts, spellings } = buildFacts(src, cur, units, notes);
  addStatisticsSpellings(units, spellings);

  const unitRows = [...units.values()].sort(byKey('code')).map((u) => ({
    code: u.code, soate: u.code, iso_3166_2: u.iso, ocha_pcode: u.pcode, level: u.level, kind: u.kind,
    name_ky: u.ky, name_ru: u.ru, name_en: u.en, names_derived: u.derived.join('|'),
    alt_names: [...new Set(u.alt)].join('|'), parent_code: u.parent, valid_from: RELEASE_DATE, valid_to: '',
  }));

  log('writing files');
  fs.mkdirSync(OUT, { recursive: true });
  const UNIT_COLS = ['code', 'soate', 'iso_3166_2', 'ocha_pcode', 'level', 'kind', 'name_ky', 'name_ru', 'name_en', 'names_derived', 'alt_names', 'parent_code', 'valid_from', 'valid_to'];
  writeFile('admin-units.csv', toCsv(UNIT_COLS, unitRows), unitRows.length);
  writeFile('facts.csv', toCsv(['unit_code', 'indicator', 'value', 'unit', 'period', 'source'], facts), facts.length);
  const sourceRows = [...cur.sources].sort(byKey('id'));
  writeFile('sources.csv', toCsv(['id', 'title', 'publisher', 'url_or_reference', 'licence', 'retrieved', 'notes'], sourceRows), sourceRows.length);
  const themeRows = [...cur.themes].sort(byKey('code')).map((t) => ({ ...t, dac_codes: t.dac_codes.join('|') }));
  writeFile('themes.csv', toCsv(['code', 'name_ky', 'name_ru', 'name_en', 'parent_code', 'dac_codes'], themeRows), themeRows.length);
  const ivRows = [...cur.interventions].sort(byKey('code')).map((t) => ({ ...t, theme_codes: t.theme_codes.join('|') }));
  writeFile('intervention-types.csv', toCsv(['code', 'name_ky', 'name_ru', 'name_en', 'theme_codes', 'decision_level', 'decision_body_kind', 'notes'], ivRows), ivRows.length);
  const bkRows = [...cur.bodyKinds].sort(byKey('code')).map((k) => ({
    ...k, level: k.level.join('|'), applies_to_unit_kinds: k.applies_to_unit_kinds.join('|'), competences: k.competences.join('|'),
  }));
  writeFile('government-body-kinds.csv', toCsv(['code', 'level', 'applies_to_unit_kinds', 'name_ky_pattern', 'name_ru_pattern', 'name_en_pattern', 'competences'], bkRows), bkRows.length);
  const nbRows = [...cur.nationalBodies].sort(byKey('code')).map((b) => ({ ...b, competences: b.competences.join('|') }));
  writeFile('national-bodies.csv', toCsv(['code', 'name_ky', 'name_ru', 'name_en', 'kind', 'competences'], nbRows), nbRows.length);
  const XW_COLS = ['release', 'old_code', 'new_code', 'relation', 'effective_date', 'note'];
  writeFile('crosswalk.csv', toCsv(XW_COLS, []), 0);

  // Fictitious reform example: 4 real ayil aimaks of Kochkor rayon merged into 2 test aimaks.
  const exampleRayon = '41704235000000';
  const olds = unitRows.filter((u) => u.parent_code === exampleRayon && u.kind === 'AYIL_AIMAK').slice(0, 4);
  const news = [
    { code: `${EXAMPLE_PREFIX}000000001`, ky: 'Сынак-А айыл аймагы (ойдон чыгарылган)', ru: 'Тестовый айылный аймак А (вымышленный)', en: 'Test ayil aimak A (fictitious)' },
    { code: `${EXAMPLE_PREFIX}000000002`, ky: 'Сынак-Б айыл аймагы (ойдон чыгарылган)', ru: 'Тестовый айылный аймак Б (вымышленный)', en: 'Test ayil aimak B (fictitious)' },
  ];
  const exUnits = [
    ...olds.map((u) => ({ ...u, valid_to: '2024-12-31' })),
    ...news.map((n) => ({
      code: n.code, soate: n.code, iso_3166_2: '', ocha_pcode: '', level: 'AYIL_AIMAK', kind: 'AYIL_AIMAK',
      name_ky: n.ky, name_ru: n.ru, name_en: n.en, names_derived: 'ky|ru|en', alt_names: '',
      parent_code: exampleRayon, valid_from: '2025-01-01', valid_to: '',
    })),
  ].sort(byKey('code'));
  const exXw = olds.map((u, i) => ({
    release: 'example-reform-2025.1', old_code: u.code, new_code: news[i < 2 ? 0 : 1].code, relation: 'MERGED_INTO',
    effective_date: '2025-01-01', note: `FICTITIOUS TEST DATA: ${u.name_en} merged into ${news[i < 2 ? 0 : 1].en}`,
  }));
  writeFile('examples/reform-example/admin-units.csv', toCsv(UNIT_COLS, exUnits), exUnits.length);
  writeFile('examples/reform-example/crosswalk.csv', toCsv(XW_COLS, exXw), exXw.length);
  writeFile('examples/reform-example/README.md', [
    '# Reform example: FICTITIOUS TEST DATA',
    '',
    'Nothing in this folder is real. It shows the shape of a later data release after an',
    'administrative-territorial reform: four real ayil aimaks of Kochkor rayon',
    `(${exampleRayon}) are closed on 2024-12-31 and two invented ayil aimaks take their place`,
    'on 2025-01-01, with one crosswalk row (relation MERGED_INTO) for each old code.',
    '',
    `The invented codes start with ${EXAMPLE_PREFIX}: the two digits after the country code 417 are the`,
    'SOATE region, and region 99 does not exist (regions are 02-08, 11 and 21), so no real SOATE',
    'code can ever equal them. The build script refuses any 41799 code in the real data.',
    '',
    'Generated by libs/geography/data-src/build-reference-data.mjs; see docs/reference-data.md.',
    '',
  ].join('\n'));

  const dataFiles = ['admin-units.csv', 'facts.csv', 'sources.csv', 'themes.csv', 'intervention-types.csv', 'government-body-kinds.csv', 'national-bodies.csv', 'crosswalk.csv'];
  const release = {
    id: RELEASE_ID,
    date: RELEASE_DATE,
    description: 'Administrative-territorial units of the Kyrgyz Republic from the SOATE classifier (about 2021, before the 2024-25 reform), with names in Kyrgyz, Russian and English, rayon statistics of the National Statistical Committee (via WFP PRISM), and the project\'s hand-curated themes, intervention types and government-body kinds. First release: the crosswalk is empty.',
    previous_release: null,
    files: dataFiles,
    counts: Object.fromEntries(dataFiles.map((f) => [f, written[f].rows])),
    sha256: Object.fromEntries(dataFiles.map((f) => [f, written[f].sha256])),
  };
  writeFile('release.json', JSON.stringify(release, null, 2) + '\n');

  // -------------------------------------------------------------------------------------------
  // Summary
  // -------------------------------------------------------------------------------------------
  log('\nSUMMARY');
  log(`  admin units: ${unitRows.length}`);
  const perLevel = countBy(unitRows, (u) => u.level);
  for (const l of LEVELS) {
    const kinds = countBy(unitRows.filter((u) => u.level === l), (u) => u.kind);
    log(`    ${l.padEnd(11)} ${String(perLevel[l] ?? 0).padStart(5)}   ${Object.entries(kinds).sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  log(`  facts: ${facts.length}   ${Object.entries(countBy(facts, (f) => f.indicator)).sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
  log(`    rayons with facts: ${new Set(facts.map((f) => f.unit_code)).size}`);
  log(`  themes ${themeRows.length}, intervention types ${ivRows.length}, body kinds ${bkRows.length}, national bodies ${nbRows.length}, sources ${sourceRows.length}`);
  log(`  ayil aimak stems: ${JSON.stringify(notes.aaStems)}`);
  log(`  excluded source rows: ${notes.excluded.map((e) => `${e.code} '${e.name}'`).join('; ') || 'none'}`);
  log(`  cleaned names / fixes: ${notes.fixes.length}`);
  for (const f of notes.fixes) log(`    ${f}`);
  log(`  SOATE level-3 rows that are villages: ${notes.level3Villages.length} (of which re-attached to their town: ${notes.reparented.length})`);
  for (const r of notes.reparented) log(`    ${r.code} ${r.name}: parent ${r.from} -> ${r.to} (${r.toName})`);
  log(`  statistics corrections: ${notes.corrections.length}`);
  for (const c of notes.corrections) log(`    ${c}`);
  log(`  statistics rows not mapped: ${notes.unmapped.length ? notes.unmapped.join('; ') : 'none'}`);
  log(`  indicator 'poverty' vs poverty_2020 mismatches: ${notes.povertyMismatch.length ? notes.povertyMismatch.join('; ') : 'none'}`);
  log(`  ayil aimak stems taken from a place name elsewhere in the country: ${notes.countryPlaceStems.join('; ')}`);
  const reviewed = new Set(cur.geo.aa_stems_reviewed.codes);
  const unreviewed = notes.unconfirmedStems.filter((s) => !reviewed.has(s.code));
  log(`  ayil aimak stems not confirmed by a place name: ${notes.unconfirmedStems.length} (reviewed by hand: ${notes.unconfirmedStems.length - unreviewed.length}; NEED REVIEW: ${unreviewed.length})`);
  for (const s of process.env.DEBUG_STEMS ? notes.unconfirmedStems : unreviewed) log(`    ${s.code} ${s.ru} -> ${s.stem}   [villages: ${s.villages.join(', ')}]`);

  const ok = verify(src, cur, notes);
  process.exitCode = ok ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------
// Verification: read the written files back and check them
// ---------------------------------------------------------------------------------------------

function verify(src, cur, notes) {
  log('\nVERIFICATION');
  let passed = 0;
  const failures = [];
  const warnings = [];
  const check = (name, problems) => {
    const list = problems.filter(Boolean);
    if (list.length) { failures.push(name); log(`  FAIL ${name}: ${list.length} problem(s)`); for (const p of list.slice(0, 10)) log(`       ${p}`); }
    else { passed++; log(`  ok   ${name}`); }
  };
  const rd = (rel) => readCsv(path.join(OUT, rel));

  const au = rd('admin-units.csv');
  const units = au.records;
  const byCode = new Map(units.map((u) => [u.code, u]));
  check('admin-units.csv header', [au.header.join(',') !== 'code,soate,iso_3166_2,ocha_pcode,level,kind,name_ky,name_ru,name_en,names_derived,alt_names,parent_code,valid_from,valid_to' && 'unexpected header']);
  check('codes are unique 14-digit SOATE codes equal to soate', [
    byCode.size !== units.length && 'duplicate codes',
    ...units.map((u) => (!/^\d{14}$/.test(u.code) || u.code !== u.soate) && `bad code ${u.code}`),
  ]);
  check('sorted by code', units.map((u, i) => i > 0 && units[i - 1].code >= u.code && `order at ${u.code}`));
  check('exactly one COUNTRY row, code 41700000000000, no parent', [
    units.filter((u) => u.level === 'COUNTRY').length !== 1 && 'not exactly one COUNTRY',
    byCode.get(COUNTRY_CODE)?.level !== 'COUNTRY' && 'country code',
    byCode.get(COUNTRY_CODE)?.parent_code !== '' && 'country has a parent',
  ]);
  check('7 oblasts + Bishkek + Osh directly under the country', [
    units.filter((u) => u.kind === 'OBLAST' && u.parent_code === COUNTRY_CODE).length !== 7 && 'oblast count',
    units.filter((u) => u.kind === 'CITY_REPUBLICAN' && u.parent_code === COUNTRY_CODE).length !== 2 && 'city count',
    units.filter((u) => u.parent_code === COUNTRY_CODE).length !== 9 && 'children of country',
  ]);
  check('every parent exists', units.map((u) => u.level !== 'COUNTRY' && !byCode.has(u.parent_code) && `${u.code}: parent ${u.parent_code} missing`));
  check('level and kind are consistent', units.map((u) => !(KINDS_BY_LEVEL[u.level] ?? []).includes(u.kind) && `${u.code}: ${u.level}/${u.kind}`));
  check('parent is on a higher level', units.map((u) => {
    const p = byCode.get(u.parent_code);
    return p && LEVELS.indexOf(p.level) >= LEVELS.indexOf(u.level) && `${u.code} ${u.level} under ${p.code} ${p.level}`;
  }));
  check('code prefix matches the parent', units.map((u) => {
    const p = byCode.get(u.parent_code);
    if (!p) return false;
    const n = { COUNTRY: 3, OBLAST: 5, RAYON: 8, AYIL_AIMAK: 11 }[p.level];
    return u.code.slice(0, n) !== p.code.slice(0, n) && `${u.code} vs parent ${p.code}`;
  }));
  check('every SOATE source row present (except excluded)', src.soate.map((r) => !byCode.has(r.soate) && !notes.excluded.some((e) => e.code === r.soate) && `missing ${r.soate}`));
  check('no fictitious (41799) codes in the real release', units.map((u) => u.code.startsWith(EXAMPLE_PREFIX) && u.code));
  check('names present in three languages', units.map((u) => (!u.name_ky || !u.name_ru || !u.name_en) && `${u.code} lacks a name`));
  check('names_derived lists only ky/ru/en', units.map((u) => u.names_derived && !u.names_derived.split('|').every((x) => ['ky', 'ru', 'en'].includes(x)) && u.code));
  check('all names below rayon level flagged as derived', units.map((u) => ['AYIL_AIMAK', 'SETTLEMENT'].includes(u.level) && u.names_derived !== 'ky|en' && u.code));
  check('valid_from = release date, valid_to empty', units.map((u) => (u.valid_from !== RELEASE_DATE || u.valid_to !== '') && u.code));
  check('ISO 3166-2 and P-codes unique where present', [
    ...dupes(units.map((u) => u.iso_3166_2).filter(Boolean)).map((d) => `iso ${d}`),
    ...dupes(units.map((u) => u.ocha_pcode).filter(Boolean)).map((d) => `pcode ${d}`),
  ]);
  check('no stray characters in names', units.map((u) => [u.name_ky, u.name_ru, u.name_en].some((n) => /[\u2013\u2014\u04ca]|\s{2}|^\s|\s$/.test(n)) && u.code));
  check('English names are Latin only', units.map((u) => /[\u0400-\u04ff]/.test(u.name_en) && `${u.code} ${u.name_en}`));

  // duplicates under one parent (reported, not fatal)
  for (const lang of ['name_ru', 'name_ky', 'name_en']) {
    const seen = new Map();
    for (const u of units) {
      const k = `${u.parent_code}|${u[lang].toLowerCase()}`;
      if (seen.has(k)) warnings.push(`same ${lang} under one parent: ${seen.get(k)} and ${u.code} '${u[lang]}'`);
      else seen.set(k, u.code);
    }
  }

  // facts
  const sources = rd('sources.csv').records;
  const sourceIds = new Set(sources.map((s) => s.id));
  const facts = rd('facts.csv').records;
  const factKeys = facts.map((f) => `${f.unit_code}|${f.indicator}|${f.period}`);
  check('facts: units exist, values numeric, sources known, keys unique', [
    ...facts.map((f) => !byCode.has(f.unit_code) && `unknown unit ${f.unit_code}`),
    ...facts.map((f) => !/^-?\d+(\.\d+)?$/.test(f.value) && `value ${f.value}`),
    ...facts.map((f) => !sourceIds.has(f.source) && `source ${f.source}`),
    ...dupes(factKeys).map((d) => `duplicate ${d}`),
  ]);
  check('facts: poverty 2020 equals the indicator file\'s poverty column (after corrections)', notes.povertyMismatch);
  check('facts: every statistics row mapped', notes.unmapped);

  // themes / interventions / bodies
  const themes = rd('themes.csv').records;
  const themeCodes = new Set(themes.map((t) => t.code));
  check('themes: unique codes, parents exist', [
    ...dupes(themes.map((t) => t.code)),
    ...themes.map((t) => t.parent_code && !themeCodes.has(t.parent_code) && `${t.code} parent ${t.parent_code}`),
  ]);
  check('themes: every DAC code exists and is active in Sector.xml', themes.flatMap((t) => t.dac_codes.split('|').map((c) => {
    const s = src.sectors.get(c);
    return (!s ? `${t.code}: ${c} not in Sector.xml` : s.status !== 'active' ? `${t.code}: ${c} is ${s.status}` : false);
  })));
  const bodyKinds = rd('government-body-kinds.csv').records;
  const bodyCodes = new Set(bodyKinds.map((b) => b.code));
  const ivs = rd('intervention-types.csv').records;
  const ivCodes = new Set(ivs.map((i) => i.code));
  check('intervention types: themes, levels and decision bodies valid', [
    ...dupes(ivs.map((i) => i.code)),
    ...ivs.flatMap((i) => i.theme_codes.split('|').map((t) => !themeCodes.has(t) && `${i.code}: theme ${t}`)),
    ...ivs.map((i) => !['LOCAL', 'DISTRICT', 'REGIONAL', 'NATIONAL'].includes(i.decision_level) && `${i.code}: level`),
    ...ivs.map((i) => !bodyCodes.has(i.decision_body_kind) && `${i.code}: body ${i.decision_body_kind}`),
  ]);
  const competenceOk = (c) => themeCodes.has(c) || ivCodes.has(c);
  check('body kinds: unit kinds, levels and competences valid; patterns use {name}', [
    ...dupes(bodyKinds.map((b) => b.code)),
    ...bodyKinds.flatMap((b) => b.applies_to_unit_kinds.split('|').map((k) => !ALL_KINDS.includes(k) && `${b.code}: kind ${k}`)),
    ...bodyKinds.flatMap((b) => b.level.split('|').map((l) => !LEVELS.includes(l) && `${b.code}: level ${l}`)),
    ...bodyKinds.flatMap((b) => b.competences.split('|').filter(Boolean).map((c) => !competenceOk(c) && `${b.code}: competence ${c}`)),
    ...bodyKinds.map((b) => ![b.name_ky_pattern, b.name_ru_pattern, b.name_en_pattern].every((p) => p.includes('{name}')) && `${b.code}: pattern`),
    ...bodyKinds.map((b) => {
      const kindsLevels = b.applies_to_unit_kinds.split('|').map((k) => Object.keys(KINDS_BY_LEVEL).find((l) => KINDS_BY_LEVEL[l].includes(k)));
      return [...new Set(kindsLevels)].sort().join('|') !== b.level.split('|').sort().join('|') && `${b.code}: level does not match unit kinds`;
    }),
  ]);
  const nb = rd('national-bodies.csv').records;
  check('national bodies: unique codes, competences valid', [
    ...dupes(nb.map((b) => b.code)),
    ...nb.flatMap((b) => b.competences.split('|').filter(Boolean).map((c) => !competenceOk(c) && `${b.code}: ${c}`)),
  ]);
  const bodies = generateBodies(bodyKinds.map((b) => ({ ...b, applies_to_unit_kinds: b.applies_to_unit_kinds.split('|') })), units.map((u) => ({ code: u.code, kind: u.kind, ky: u.name_ky, ru: u.name_ru, en: u.name_en })));
  check('generated body names: placeholders filled, Kyrgyz suffix harmony, Russian city names start with "г."', [
    ...bodies.map((b) => /[{}]/.test(b.ky + b.ru + b.en) && `${b.kind} ${b.unit}`),
    ...bodies.map((b) => !kySuffixOk(b.unitKy, b.patternKy) && `${b.kind} ${b.unit}: ${b.ky}`),
    ...bodies.filter((b) => ['CITY_HALL', 'CITY_KENESH'].includes(b.kind)).map((b) => !/ г\. /.test(b.ru) && `${b.kind} ${b.unit}: ${b.ru}`),
  ]);
  log(`       (${bodies.length} bodies would be generated: ${Object.entries(countBy(bodies, (b) => b.kind)).sort().map(([k, n]) => `${k} ${n}`).join(', ')})`);
  const sample = (kind, code) => bodies.find((b) => b.kind === kind && b.unit === code);
  for (const [kind, code] of [['AYIL_OKMOTU', '41704235816000'], ['RAYON_STATE_ADMINISTRATION', '41704235000000'], ['CITY_HALL', '41708206600010'], ['PLENIPOTENTIARY_REPRESENTATIVE', '41704000000000'], ['RAYON_EDUCATION_DEPARTMENT', '41702410000010']]) {
    const b = sample(kind, code);
    if (b) log(`       e.g. ${kind}: ${b.ky} | ${b.ru} | ${b.en}`);
  }

  // crosswalk and example
  const xw = rd('crosswalk.csv');
  check('crosswalk.csv: header only for this release', [
    xw.header.join(',') !== 'release,old_code,new_code,relation,effective_date,note' && 'header',
    xw.records.length !== 0 && 'has rows',
  ]);
  const exU = readCsv(path.join(EXAMPLE_DIR, 'admin-units.csv')).records;
  const exX = readCsv(path.join(EXAMPLE_DIR, 'crosswalk.csv')).records;
  const exCodes = new Set(exU.map((u) => u.code));
  check('reform example: 4 old -> 2 new, MERGED_INTO, fictitious codes cannot clash', [
    exX.length !== 4 && 'crosswalk rows',
    new Set(exX.map((x) => x.new_code)).size !== 2 && 'new codes',
    ...exX.map((x) => (!byCode.has(x.old_code) || byCode.get(x.old_code).kind !== 'AYIL_AIMAK') && `old ${x.old_code}`),
    ...exX.map((x) => (!x.new_code.startsWith(EXAMPLE_PREFIX) || byCode.has(x.new_code) || !exCodes.has(x.new_code)) && `new ${x.new_code}`),
    ...exX.map((x) => x.relation !== 'MERGED_INTO' && x.relation),
    ...exU.map((u) => !byCode.has(u.parent_code) && `parent ${u.parent_code}`),
    ...exU.filter((u) => u.code.startsWith(EXAMPLE_PREFIX)).map((u) => u.valid_from !== '2025-01-01' && u.code),
  ]);
  const rel = readJson(path.join(OUT, 'release.json'));
  check('release.json lists existing files with matching checksums', rel.files.map((f) => {
    const p = path.join(OUT, f);
    return (!fs.existsSync(p) || sha256(fs.readFileSync(p)) !== rel.sha256[f]) && f;
  }));

  for (const w of warnings) log(`  note ${w}`);
  log(`\nVERIFICATION ${failures.length ? 'FAILED' : 'PASSED'}: ${passed} checks passed, ${failures.length} failed, ${warnings.length} notes`);
  return failures.length === 0;
}

function dupes(list) {
  const seen = new Set();
  const d = new Set();
  for (const x of list) (seen.has(x) ? d : seen).add(x);
  return [...d];
}

main();
