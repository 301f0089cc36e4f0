import { KnownReferences, References, isUuid } from './resolve-references';

/**
 * What earlier checks found to exist — admin units (by id and by code), themes, interventions,
 * organisations — remembered for a while, so that a create whose references are all known asks
 * the database nothing (one round trip of the six a create makes). Only what exists is
 * remembered: an unknown reference is asked every time, so a unit, theme or organisation added
 * since is found at once. Nothing here is ever deleted in normal operation; if it were, the
 * foreign keys of the project tables still refuse the write, and the entry expires after `ttlMs`.
 */
export class KnownReferenceCache {
  private readonly units = new Map<string, { id: string; at: number }>();
  private readonly codes = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 100_000,
  ) {}

  /** Everything these references point to, when all of it is remembered and fresh; else undefined. */
  lookup(many: readonly References[]): KnownReferences | undefined {
    const known: KnownReferences = { units: new Map(), themes: new Set(), interventions: new Set(), organisations: new Set() };
    const oldest = this.now() - this.ttlMs;
    for (const refs of many) {
      for (const ref of refs.coverage ?? []) {
        const key = isUuid(ref) ? ref.toLowerCase() : ref;
        const unit = this.units.get(key);
        if (!unit || unit.at < oldest) return undefined;
        known.units.set(key, unit.id);
      }
      if (!this.fill(known.themes, 'theme', refs.themes, oldest)) return undefined;
      if (!this.fill(known.interventions, 'intervention', refs.interventions, oldest)) return undefined;
      if (!this.fill(known.organisations, 'organisation', refs.organisations?.map((id) => id.toLowerCase()), oldest)) return undefined;
    }
    return known;
  }

  /** Remembers what the database answered. */
  remember(known: KnownReferences): void {
    if (this.units.size + this.codes.size > this.maxEntries) this.clear();
    const at = this.now();
    for (const [key, id] of known.units) this.units.set(key, { id, at });
    for (const code of known.themes) this.codes.set(`theme:${code}`, at);
    for (const code of known.interventions) this.codes.set(`intervention:${code}`, at);
    for (const id of known.organisations) this.codes.set(`organisation:${id}`, at);
  }

  clear(): void {
    this.units.clear();
    this.codes.clear();
  }

  private fill(into: Set<string>, kind: string, values: readonly string[] | undefined, oldest: number): boolean {
    for (const value of values ?? []) {
      const at = this.codes.get(`${kind}:${value}`);
      if (at === undefined || at < oldest) return false;
      into.add(value);
    }
    return true;
  }
}
