import { ENGINE_VERSION } from './engine-version';
import type { ConceptBag } from './text/extract-concepts';
import { restoreConceptBag } from './text/extract-concepts';
import type { PreparedProfile, PreparedTheme, PreparedUnit } from './types/prepared-profile.type';

/**
 * A prepared profile as plain JSON, to be stored with the project (for example in a jsonb column
 * next to the engine version) so that a detection run restores its candidates' features instead of
 * preparing thousands of profiles again. Trigram sets travel as base64 of their 16-bit ids.
 */
export interface StoredProfile {
  engineVersion: string;
  id: string;
  ownerOrganisationId: string;
  fundingChain: string[];
  coFinancedProjectIds: string[];
  units: PreparedUnit[];
  themes: PreparedTheme[];
  interventions: string[];
  interventionFamilies: string[];
  targetGroups: [string, number | null][];
  /** Days since 1970-01-01; end exclusive, null while open-ended. */
  period: { start: number; end: number | null };
  text: {
    documents: string[];
    titles: string[];
    languages: ('ky' | 'ru' | 'en')[];
    concepts: { ids: number[]; weights: number[] };
    titleConcepts: { ids: number[]; weights: number[] };
  };
  names: { themes: [string, string][]; interventions: [string, string][]; targetGroups: [string, string][] };
}

export function serialiseProfile(profile: PreparedProfile): StoredProfile {
  const bag = (b: ConceptBag) => ({ ids: [...b.ids], weights: [...b.weights] });
  return {
    engineVersion: profile.engineVersion,
    id: profile.id,
    ownerOrganisationId: profile.ownerOrganisationId,
    fundingChain: [...profile.fundingChain],
    coFinancedProjectIds: [...profile.coFinancedProjectIds],
    units: profile.units.map((unit) => ({ ...unit, path: [...unit.path] })),
    themes: profile.themes.map((theme) => ({ code: theme.code, lineage: [...theme.lineage] })),
    interventions: [...profile.interventions],
    interventionFamilies: [...profile.interventionFamilies],
    targetGroups: [...profile.targetGroups],
    period: { start: profile.period.start, end: profile.period.end === Infinity ? null : profile.period.end },
    text: {
      documents: profile.text.documents.map(toBase64),
      titles: profile.text.titles.map(toBase64),
      languages: [...profile.text.languages],
      concepts: bag(profile.text.concepts),
      titleConcepts: bag(profile.text.titleConcepts),
    },
    names: {
      themes: [...profile.names.themes],
      interventions: [...profile.names.interventions],
      targetGroups: [...profile.names.targetGroups],
    },
  };
}

/** The inverse of serialiseProfile; refuses features stored by another engine version (prepare again). */
export function restoreProfile(stored: StoredProfile): PreparedProfile {
  if (stored.engineVersion !== ENGINE_VERSION) {
    throw new Error(`overlap-engine: stored features of ${stored.id} are from ${stored.engineVersion}, not ${ENGINE_VERSION}`);
  }
  const units = stored.units;
  return {
    engineVersion: stored.engineVersion,
    id: stored.id,
    ownerOrganisationId: stored.ownerOrganisationId,
    fundingChain: new Set(stored.fundingChain),
    coFinancedProjectIds: new Set(stored.coFinancedProjectIds),
    units,
    unitIds: new Map(units.map((unit) => [unit.id, unit])),
    totalSize: units.reduce((sum, unit) => sum + unit.size, 0),
    oblastIds: new Set(units.filter((unit) => unit.path.length > 1).map((unit) => unit.path[1])),
    rayonIds: new Set(units.filter((unit) => unit.path.length > 2).map((unit) => unit.path[2])),
    themes: stored.themes,
    interventions: stored.interventions,
    interventionFamilies: new Set(stored.interventionFamilies),
    targetGroups: new Map(stored.targetGroups),
    period: { start: stored.period.start, end: stored.period.end ?? Infinity },
    text: {
      documents: stored.text.documents.map(fromBase64),
      titles: stored.text.titles.map(fromBase64),
      languages: stored.text.languages,
      concepts: restoreConceptBag(stored.text.concepts.ids, stored.text.concepts.weights),
      titleConcepts: restoreConceptBag(stored.text.titleConcepts.ids, stored.text.titleConcepts.weights),
    },
    names: {
      themes: new Map(stored.names.themes),
      interventions: new Map(stored.names.interventions),
      targetGroups: new Map(stored.names.targetGroups),
    },
  };
}

function toBase64(ids: Uint16Array): string {
  return Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength).toString('base64');
}

function fromBase64(text: string): Uint16Array {
  const bytes = Buffer.from(text, 'base64');
  // Copy into an aligned buffer: a Buffer may start at an odd offset of its pool.
  const ids = new Uint16Array(bytes.length / 2);
  new Uint8Array(ids.buffer).set(bytes);
  return ids;
}
