import type { ConceptBag } from '../text/extract-concepts';
import type { AdminLevel } from './project-profile.type';

/** A coverage unit with what scoring needs: its depth, its size and its display name. */
export interface PreparedUnit {
  readonly id: string;
  readonly path: readonly string[];
  readonly level: AdminLevel;
  /** Estimated people: population, else settlements x persons per settlement, else a default for the level. */
  readonly size: number;
  readonly name: string;
  /** Display name of the unit's oblast (or the country for national units), when known. */
  readonly oblastName: string | null;
}

export interface PreparedTheme {
  readonly code: string;
  /** The theme and its ancestors, nearest first: [code, parent, grandparent, ...]. */
  readonly lineage: readonly string[];
}

export interface PreparedText {
  /** Trigrams of title + description, one set per language field that has text. */
  readonly documents: readonly Uint16Array[];
  /** Trigrams of each title. */
  readonly titles: readonly Uint16Array[];
  readonly languages: readonly ('ky' | 'ru' | 'en')[];
  readonly concepts: ConceptBag;
  readonly titleConcepts: ConceptBag;
}

/**
 * A profile with every per-project feature computed once (prepareProfile), so that scoring a pair
 * only compares sets. Tied to the engine version that made it.
 */
export interface PreparedProfile {
  readonly engineVersion: string;
  readonly id: string;
  readonly ownerOrganisationId: string;
  /** Owner, funders and every organisation of the funding chain. */
  readonly fundingChain: ReadonlySet<string>;
  readonly coFinancedProjectIds: ReadonlySet<string>;
  /** Coverage without units already inside another unit of the same coverage. */
  readonly units: readonly PreparedUnit[];
  readonly unitIds: ReadonlyMap<string, PreparedUnit>;
  readonly totalSize: number;
  readonly oblastIds: ReadonlySet<string>;
  readonly rayonIds: ReadonlySet<string>;
  readonly themes: readonly PreparedTheme[];
  /** Sorted, unique. */
  readonly interventions: readonly string[];
  readonly interventionFamilies: ReadonlySet<string>;
  /** Code -> count (null when not given). */
  readonly targetGroups: ReadonlyMap<string, number | null>;
  /** Days since 1970-01-01; end is exclusive and Infinity while open-ended. */
  readonly period: { readonly start: number; readonly end: number };
  readonly text: PreparedText;
  /** Display names for the explanation. */
  readonly names: {
    readonly themes: ReadonlyMap<string, string>;
    readonly interventions: ReadonlyMap<string, string>;
    readonly targetGroups: ReadonlyMap<string, string>;
  };
}
