/** Reference data the engine needs besides the two profiles: built once with createEngineContext(). */

export interface EngineContextInput {
  /** Theme code -> parent theme code (null or absent for a root), e.g. from themes.csv. */
  themeParents: Readonly<Record<string, string | null | undefined>>;
  /** Intervention code -> families of closely related interventions; defaults to DEFAULT_INTERVENTION_FAMILIES. */
  interventionFamilies?: Readonly<Record<string, readonly string[]>>;
  /** Display names (English) for the one-line explanation; codes are humanised where absent. */
  names?: {
    units?: Readonly<Record<string, string>>;
    themes?: Readonly<Record<string, string>>;
    interventions?: Readonly<Record<string, string>>;
    targetGroups?: Readonly<Record<string, string>>;
  };
}

export interface EngineContext {
  readonly themeAncestors: ReadonlyMap<string, readonly string[]>;
  readonly interventionFamilies: ReadonlyMap<string, readonly string[]>;
  readonly unitNames: ReadonlyMap<string, string>;
  readonly themeNames: ReadonlyMap<string, string>;
  readonly interventionNames: ReadonlyMap<string, string>;
  readonly targetGroupNames: ReadonlyMap<string, string>;
}
