import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { generateGovernmentBodies } from '../domain/generate-government-bodies';
import { CsvError } from '../domain/parse-csv';
import { parseRelease } from '../domain/parse-release';
import { planUnits } from '../domain/plan-units';
import { RELEASE_FILES, ReleaseData, ReleasePart } from '../domain/release-records';
import { ReleaseError, validateRelease } from '../domain/validate-release';
import { AdminUnitWriter } from './admin-unit.writer';
import { ReleaseFiles, readReleaseDirectory } from './read-release-directory';
import { SeedTx, UpsertCount } from './seed-tx';
import { TaxonomyWriter } from './taxonomy.writer';

/** Any constant; every process that seeds this database takes the same lock. */
const SEED_LOCK_KEY = 7_340_221_003;

export interface SeedLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface SeedOptions {
  /** Apply even when this release, with these exact files, is already loaded (repairs hand edits). */
  force?: boolean;
}

export type SeedSummary = Record<string, UpsertCount | number>;

export interface SeedResult {
  releaseId: string;
  /** false when the release was already loaded and nothing was done. */
  applied: boolean;
  summary: SeedSummary;
}

/**
 * Loads a reference data release (a directory of CSV files, see docs/reference-data.md) into the
 * database, as the owner, in one transaction under an advisory lock: N processes starting together
 * load it once, the others wait and then find it loaded. Rows are matched on their codes, so ids
 * survive every release; a release already loaded with the same checksum is skipped.
 */
export async function seedReferenceData(owner: DataSource, dataDir: string, logger: SeedLogger, options: SeedOptions = {}): Promise<SeedResult> {
  const files = readReleaseDirectory(dataDir);
  const data = parse(files);
  const runner = owner.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const tx = new SeedTx(runner);
    await tx.rows('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    if (!(await needsApplying(tx, files, options.force ?? false))) {
      await runner.commitTransaction();
      logger.info({ release: files.id, checksum: files.checksum }, `reference data ${files.id} is already loaded`);
      return { releaseId: files.id, applied: false, summary: {} };
    }
    const started = Date.now();
    logger.info({ release: files.id, files: Object.keys(files.files) }, `loading reference data ${files.id}`);
    const summary = await applyRelease(tx, files, data, logger);
    await runner.commitTransaction();
    logger.info({ release: files.id, summary, ms: Date.now() - started }, `loaded reference data ${files.id}`);
    return { releaseId: files.id, applied: true, summary };
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

function parse(files: ReleaseFiles): ReleaseData {
  let data: ReleaseData;
  try {
    data = parseRelease(files.texts);
  } catch (error) {
    if (error instanceof CsvError) throw new ReleaseError(files.id, [error.message]);
    throw error;
  }
  const problems = (Object.entries(files.expectedCounts) as Array<[ReleasePart, number]>)
    .filter(([part, count]) => (data[part]?.length ?? 0) !== count)
    .map(([part, count]) => `${RELEASE_FILES[part]} has ${data[part]?.length ?? 0} rows, release.json says ${count}`);
  if (problems.length) throw new ReleaseError(files.id, problems);
  return data;
}

async function needsApplying(tx: SeedTx, files: ReleaseFiles, force: boolean): Promise<boolean> {
  const [loaded] = await tx.rows<{ checksum: string; later: string[] }>(
    `SELECT r.checksum, array(SELECT l.id FROM reference_data_releases l WHERE l.applied_at > r.applied_at ORDER BY l.applied_at) AS later
       FROM reference_data_releases r WHERE r.id = $1`,
    [files.id],
  );
  if (loaded?.checksum === files.checksum && !force) return false;
  if (loaded && loaded.checksum !== files.checksum && loaded.later.length) {
    throw new ReleaseError(files.id, [
      `its files changed after ${loaded.later.join(', ')} was loaded on top of it; publish the correction as a new release instead of editing a loaded one`,
    ]);
  }
  if (files.previousRelease) {
    const [previous] = await tx.rows(`SELECT 1 FROM reference_data_releases WHERE id = $1`, [files.previousRelease]);
    if (!previous) throw new ReleaseError(files.id, [`it builds on release ${files.previousRelease}, which is not loaded; load that first`]);
  }
  return true;
}

async function applyRelease(tx: SeedTx, files: ReleaseFiles, data: ReleaseData, logger: SeedLogger): Promise<SeedSummary> {
  const units = new AdminUnitWriter(tx);
  const taxonomy = new TaxonomyWriter(tx);
  const problems = validateRelease(files.id, data, await taxonomy.knownCodes());
  if (problems.length) throw new ReleaseError(files.id, problems);

  // A forced re-run of a loaded release leaves even this row alone.
  const recorded = await tx.exec(
    `INSERT INTO reference_data_releases AS r (id, release_date, description, previous_release, checksum, files) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET (release_date, description, previous_release, checksum, files, applied_at)
       = (EXCLUDED.release_date, EXCLUDED.description, EXCLUDED.previous_release, EXCLUDED.checksum, EXCLUDED.files, now())
     WHERE (r.release_date, r.description, r.previous_release, r.checksum, r.files)
       IS DISTINCT FROM (EXCLUDED.release_date, EXCLUDED.description, EXCLUDED.previous_release, EXCLUDED.checksum, EXCLUDED.files)`,
    [files.id, files.releaseDate, files.description, files.previousRelease, files.checksum, JSON.stringify(files.files)],
  );

  const release = files.id;
  const summary: SeedSummary = {};
  const step = async <T extends UpsertCount | number>(name: string, run: () => Promise<T>): Promise<void> => {
    const started = Date.now();
    summary[name] = await run();
    logger.info({ release, step: name, result: summary[name], ms: Date.now() - started }, `reference data ${release}: ${name} ${describe(summary[name])}`);
  };

  if (data.sources) await step('fact_sources', () => units.upsertSources(release, data.sources!));
  if (data.units) {
    const plan = plannedUnits(release, await units.storedUnits(), data);
    await step('admin_units', () => units.upsertUnits(release, plan.upserts));
    await step('admin_unit_paths_moved', () => units.updatePaths(plan.pathChanges));
  }
  if (data.crosswalk) {
    await step('admin_unit_crosswalk', () => units.upsertCrosswalk(release, data.crosswalk!));
    await step('admin_units_closed', () => units.closeReplacedUnits(release));
  }
  if (data.facts) await step('admin_unit_facts', () => units.upsertFacts(release, data.facts!));
  if (data.themes) await step('themes', () => taxonomy.upsertThemes(release, data.themes!));
  if (data.interventionTypes) await step('intervention_types', () => taxonomy.upsertInterventionTypes(release, data.interventionTypes!));
  if (data.bodyKinds) await step('government_body_kinds', () => taxonomy.upsertBodyKinds(release, data.bodyKinds!));
  // Bodies follow the units and kinds now stored, whichever of them this release changed.
  const bodies = generateGovernmentBodies(await taxonomy.bodyUnits(), await taxonomy.storedBodyKinds(), data.nationalBodies ?? []);
  await step('government_bodies', () => taxonomy.upsertBodies(release, bodies));
  if (recorded) await tx.exec(`UPDATE reference_data_releases SET summary = $2 WHERE id = $1`, [release, JSON.stringify(summary)]);
  return summary;
}

function plannedUnits(release: string, stored: Awaited<ReturnType<AdminUnitWriter['storedUnits']>>, data: ReleaseData) {
  try {
    return planUnits(stored, data.units!, randomUUID);
  } catch (error) {
    throw new ReleaseError(release, [(error as Error).message]);
  }
}

function describe(result: UpsertCount | number): string {
  return typeof result === 'number' ? `${result} row(s)` : `${result.inserted} inserted, ${result.updated} updated`;
}
