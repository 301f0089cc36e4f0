import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { createDataSource } from '@yntymak/database';
import { ENGINE_VERSION } from '@yntymak/overlap-engine';
import { OverlapDetector, RecomputeRunner } from '@yntymak/overlap';
import { bootstrapCoordinator } from '@yntymak/tenancy';
import { locateReferenceData } from '../libs/geography/src/seed/locate-reference-data';
import { seedReferenceData } from '../libs/geography/src/seed/seed-reference-data';
import { CANDIDATE_LIMIT, CANDIDATE_SQL, findCandidates } from '../libs/overlap/src/detection/find-candidates';
import { BulkLoadFigures, bulkLoadProjects } from './support/bulk-load-projects';
import { computePercentiles, percentileOfSorted, round } from './support/compute-percentiles';
import { createFreshDatabase, dropDatabase, FreshDatabase } from './support/create-fresh-database';
import { databaseCpuMs } from './support/database-cpu';
import { instrumentDetection, partsBetween, readDetectionParts } from './support/instrument-detection';
import { NAIVE_SCAN_SQL, PLAIN_JOIN_SQL } from './support/naive-candidates';
import { printProgress, printResult } from './support/print-progress';
import { BENCH_TODAY, Organisations, ProjectGenerator, ReferenceData, SyntheticProject, loadReferenceData } from './support/synthetic-projects';
import { intFromEnv, projectsFromArgs } from './support/bench-settings';

/**
 * Overlap detection at scale (issue 5, "Benchmark"). N synthetic projects (default 1,000,000) are
 * bulk-loaded into a fresh database with the projects benchmark's generator and bulk path; then:
 *
 * (a) detection for 1,000 NEW projects: they are bulk-inserted (with their project_unit_index
 *     rows, as a create writes them) but not yet detected, then OverlapDetector.detectFor(id) runs
 *     for each, one after the other, as the worker's handler does; each call is timed, and split
 *     into the candidate SQL (findCandidates), reading profiles (loadProfiles), scoring (the pure
 *     engine) and the rest (transaction, locks, writes), by timed wrappers around those exports;
 *     the candidate query's plan (EXPLAIN ANALYZE) is taken for a village, ayil aimak, rayon,
 *     oblast and national project;
 * (c) full-recompute throughput: the real RecomputeRunner over a bounded slice of the stored
 *     projects (the last S active projects by id: the runner walks ids upwards from
 *     last_project_id, so the slice is set by starting it there), projects per second, and the
 *     projected time for 1,000,000;
 * (b) the same new projects against a naive candidate query (bench/support/naive-candidates.ts)
 *     with N = 100,000 stored, interleaved with the indexed candidate query (findCandidates) on the
 *     same database: naive_ratio_100k = naive p50 / indexed p50. With --projects 100000 it runs
 *     on the same database; otherwise on a separate one seeded with the same generator and seed
 *     (the first 100,000 projects of the same sequence, and the same 1,000 new ones).
 *
 * Usage: npm run bench:overlap -- --projects N
 * Environment: BENCH_NEW_PROJECTS (1000), BENCH_DETECT_WARMUP (20, not counted),
 * BENCH_NAIVE_STORED (100000), BENCH_NAIVE_SAMPLE (1000; how many of the new projects run against
 * the naive query), BENCH_RECOMPUTE_SLICE (20000), BENCH_RECOMPUTE_BUDGET_S (240; the slice is cut
 * so that it should take about this long, from the mean detection time measured in (a)),
 * BENCH_LOAD_CONNECTIONS (2), OVERLAP_RECOMPUTE_CONCURRENCY (4, as the worker), BENCH_SEED (20261125), BENCH_KEEP_DATABASE (keep the databases).
 */

const DATABASE = 'ynt_bench_overlap';
const NAIVE_DATABASE = 'ynt_bench_overlap_naive';
const DONORS = 12;
const IMPLEMENTERS = 4;
const LEVELS = ['SETTLEMENT', 'AYIL_AIMAK', 'RAYON', 'OBLAST', 'COUNTRY'] as const;
const LEVEL_LABEL: Record<string, string> = { SETTLEMENT: 'village', AYIL_AIMAK: 'ayil aimak', RAYON: 'rayon', OBLAST: 'oblast', COUNTRY: 'national' };



const quiet = pino({ level: 'silent' });
const fmt = (n: number) => n.toLocaleString('en');

interface Figures {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

function figures(values: readonly number[]): Figures {
  const sorted = [...values].sort((a, b) => a - b);
  const d = computePercentiles(sorted);
  return { count: d.count, p50: round(d.p50), p95: round(percentileOfSorted(sorted, 95)), p99: round(d.p99), max: round(d.max), mean: round(d.mean) };
}

const show = (f: Figures) => `p50 ${f.p50} ms, p95 ${f.p95} ms, p99 ${f.p99} ms, max ${f.max} ms, mean ${f.mean} ms (n=${f.count})`;

/** Fixed ids, so that a second database holds the same organisations and the same projects. */
function makeOrganisations(): Organisations & { names: Array<{ id: string; name: string; kind: string }> } {
  const donors = Array.from({ length: DONORS }, (_, i) => ({ id: randomUUID(), iatiPrefix: `XM-DAC-${41101 + i}`, weight: 1 / (i + 1) }));
  const implementers = Array.from({ length: IMPLEMENTERS }, () => randomUUID());
  return {
    donors,
    implementers,
    names: [
      ...donors.map((d, i) => ({ id: d.id, name: `Donor ${String(i + 1).padStart(2, '0')} (bench)`, kind: 'DONOR' })),
      ...implementers.map((id, i) => ({ id, name: `Implementing Partner ${i + 1} (bench)`, kind: 'IMPLEMENTER' })),
    ],
  };
}

interface Prepared {
  db: FreshDatabase;
  client: Client;
  ref: ReferenceData;
  coordinatorId: string;
  stored: number;
  loaded: BulkLoadFigures;
  fresh: SyntheticProject[];
}

/**
 * A new project as a donor registers it today: the generator's mix of places, themes and periods,
 * not archived and not a draft (a draft is not detected at all), created now.
 */
function newProjects(ref: ReferenceData, orgs: Organisations, seed: number, afterSerial: number, count: number): SyntheticProject[] {
  const generator = new ProjectGenerator(ref, orgs, seed);
  const now = new Date().toISOString();
  return Array.from({ length: count }, (_, i) => {
    const p = generator.project(afterSerial + i + 1);
    return {
      ...p,
      status: p.status === 'ARCHIVED' ? 'COMPLETED' : p.status,
      visibility: p.visibility === 'DRAFT' ? 'PUBLISHED' : p.visibility,
      archivedAt: null,
      createdAt: now,
    };
  });
}

/** A fresh database with reference data, organisations, `total` stored projects and `fresh` new ones (not yet detected). */
async function prepareDatabase(name: string, total: number, orgs: ReturnType<typeof makeOrganisations>, seed: number, freshCount: number, loadConnections: number): Promise<Prepared> {
  printProgress(`creating and migrating database ${name}`);
  const db = await createFreshDatabase(name);
  const ownerDs = await createDataSource({ url: db.ownerUrl, poolSize: 1, applicationName: 'bench-overlap-seed' }).initialize();
  let coordinatorId: string;
  try {
    const seeded = await seedReferenceData(ownerDs, locateReferenceData(__dirname), { info: () => undefined, warn: (_obj, msg) => printProgress(`  seed warning: ${msg}`) });
    printProgress(`reference data ${seeded.releaseId} loaded`);
    coordinatorId = (await bootstrapCoordinator(ownerDs, 'Coordination Agency (bench)')).organisationId;
  } finally {
    await ownerDs.destroy();
  }
  const client = new Client({ connectionString: db.ownerUrl, application_name: 'bench-overlap-owner' });
  await client.connect();
  await client.query(`INSERT INTO organisations (id, name, kind, created_by_organisation_id) SELECT x.id, x.name, x.kind, $2 FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, kind text)`, [
    JSON.stringify(orgs.names),
    coordinatorId,
  ]);
  const ref = await loadReferenceData(client);
  printProgress(
    `reference: ${ref.oblasts.length} oblasts, ${ref.rayons.length} rayons, ${ref.aimaks.length} ayil aimaks, ` +
      `${[...ref.villagesByAimak.values()].reduce((a, v) => a + v.length, 0)} villages, ${ref.themes.length} themes; ${DONORS} donors, ${IMPLEMENTERS} implementers`,
  );

  const generator = new ProjectGenerator(ref, orgs, seed);
  printProgress(`loading ${fmt(total)} projects through the bulk path (${loadConnections} connections, chunks of 10,000)`);
  const loaded = await bulkLoadProjects(db.ownerUrl, total, (serial) => generator.project(serial), { connections: loadConnections });
  printProgress(
    `loaded ${fmt(loaded.projects)} projects, ${fmt(loaded.childRows)} child rows, ${fmt(loaded.indexRows)} project_unit_index rows in ${round(loaded.seconds, 1)} s ` +
      `(${fmt(round(loaded.projects / loaded.seconds, 0))} projects/s); by phase (summed over connections): ${Object.entries(loaded.phases).map(([k, v]) => `${k} ${round(v, 1)} s`).join(', ')}`,
  );
  printProgress('VACUUM (ANALYZE) of the project tables (as autovacuum would after a bulk insert)');
  const vacuumStarted = performance.now();
  for (const table of ['projects', 'project_units', 'project_themes', 'project_interventions', 'project_target_groups', 'project_parties', 'project_unit_index']) {
    await client.query(`VACUUM (ANALYZE) ${table}`);
  }
  printProgress(`  done in ${round((performance.now() - vacuumStarted) / 1000, 1)} s`);

  const fresh = newProjects(ref, orgs, seed + 7, total, freshCount);
  printProgress(`inserting ${fmt(freshCount)} new projects (not detected yet) through the same path, with their project_unit_index rows`);
  await bulkLoadProjects(db.ownerUrl, fresh.length, (serial) => fresh[serial - 1], { connections: 1, chunkSize: fresh.length });
  const stored = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM projects`)).rows[0].n) - fresh.length;
  return { db, client, ref, coordinatorId, stored, loaded, fresh };
}

function levelOf(ref: ReferenceData, p: SyntheticProject): string {
  return ref.unitsById.get(p.coverage[0])?.level ?? 'UNKNOWN';
}

/** The candidate query as find-candidates.ts sends it first (theme-sharing projects only; with JIT off, in a transaction). */
function candidateSql(projectId: string): { sql: string; params: unknown[]; jitOff: true } {
  return { sql: CANDIDATE_SQL, params: [projectId, CANDIDATE_LIMIT, true], jitOff: true };
}

/** EXPLAIN (ANALYZE, BUFFERS) of a query, run twice (the second, warm, is kept); with jitOff, as find-candidates.ts runs it. */
async function explain(client: Client, sql: string, params: unknown[], jitOff = false): Promise<string[]> {
  await client.query('BEGIN');
  try {
    if (jitOff) await client.query('SET LOCAL jit = off');
    await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    return rows.map((r) => r['QUERY PLAN']);
  } finally {
    await client.query('COMMIT');
  }
}

/** The plan's outline for the progress log: node lines with their actual times and rows, and the totals. */
function outline(plan: string[]): string[] {
  return plan.filter((l) => /->|^\S|Execution Time|Planning Time|Timing: Generation/.test(l) && !/^\s+(Output|Sort Key|Group Key|Buffers|Filter|Index Cond|Hash Cond|Join Filter|Rows Removed|Heap Fetches|Worker|Sort Method|Batches|Memory Usage|Recheck)/.test(l)).slice(0, 40);
}

interface Detection {
  level: string;
  ms: number;
  candidatesMs: number;
  profilesMs: number;
  scoringMs: number;
  restMs: number;
  candidates: number;
  raised: number;
}

async function main(): Promise<void> {
  const total = projectsFromArgs(process.argv.slice(2));
  const newCount = intFromEnv('BENCH_NEW_PROJECTS', 1000);
  const warmup = intFromEnv('BENCH_DETECT_WARMUP', 20, 0);
  const naiveStored = intFromEnv('BENCH_NAIVE_STORED', 100_000);
  const naiveSample = Math.min(newCount, intFromEnv('BENCH_NAIVE_SAMPLE', 1000));
  const sliceCap = intFromEnv('BENCH_RECOMPUTE_SLICE', 20_000);
  const recomputeBudgetS = intFromEnv('BENCH_RECOMPUTE_BUDGET_S', 240);
  const loadConnections = intFromEnv('BENCH_LOAD_CONNECTIONS', 2);
  const recomputeConcurrency = intFromEnv('OVERLAP_RECOMPUTE_CONCURRENCY', 4);
  const seed = intFromEnv('BENCH_SEED', 20261125);
  const keep = !!process.env.BENCH_KEEP_DATABASE;
  const orgs = makeOrganisations();
  const plansFile = path.join(tmpdir(), `ynt-bench-overlap-plans-${total}.txt`);
  const planText: string[] = [];

  let big: Prepared | undefined;
  let naive: Prepared | undefined;
  const sources: DataSource[] = [];
  try {
    big = await prepareDatabase(DATABASE, total, orgs, seed, warmup + newCount, loadConnections);
    const { client, ref } = big;
    const warm = big.fresh.slice(0, warmup);
    const measured = big.fresh.slice(warmup);
    const mix = LEVELS.map((l) => `${LEVEL_LABEL[l]} ${measured.filter((p) => levelOf(ref, p) === l).length}`).join(', ');
    printProgress(`${fmt(big.stored)} stored projects; ${measured.length} new ones to detect (${mix}), ${warm.length} more for warm-up`);

    // ---- (a) detection for new projects -------------------------------------------------------
    const ds = await createDataSource({ url: big.db.ownerUrl, poolSize: recomputeConcurrency + 2, applicationName: 'bench-overlap-detect' }).initialize();
    sources.push(ds);
    instrumentDetection();
    const detector = new OverlapDetector(ds, quiet);
    printProgress(`(a) warm-up: ${warm.length} detections (reference snapshot, connections, caches; not counted)`);
    for (const p of warm) await detector.detectFor(p.id);

    printProgress(`(a) detection for ${measured.length} new projects, one after the other, with detector.detectFor(id)`);
    const detections: Detection[] = [];
    const cpuBefore = process.cpuUsage();
    const dbCpuBefore = await databaseCpuMs(client, big.db.name);
    const phaseStarted = performance.now();
    let lastSaid = performance.now();
    const failures: Array<{ id: string; level: string; ms: number; message: string }> = [];
    for (const p of measured) {
      const before = readDetectionParts();
      const started = performance.now();
      let outcome: Awaited<ReturnType<OverlapDetector['detectFor']>>;
      try {
        outcome = await detector.detectFor(p.id);
      } catch (error) {
        // A failing detection is counted and reported, not timed (the worker's job would fail and retry).
        failures.push({ id: p.id, level: levelOf(ref, p), ms: performance.now() - started, message: (error as Error).message });
        continue;
      }
      const ms = performance.now() - started;
      const parts = partsBetween(before, readDetectionParts());
      if (outcome === 'skipped') throw new Error(`detection skipped project ${p.id}`);
      detections.push({
        level: levelOf(ref, p),
        ms,
        candidatesMs: parts.candidatesMs,
        profilesMs: parts.profilesMs,
        scoringMs: parts.scoringMs,
        restMs: ms - parts.candidatesMs - parts.profilesMs - parts.scoringMs,
        candidates: outcome.candidates,
        raised: outcome.raised,
      });
      if (performance.now() - lastSaid > 5000) {
        lastSaid = performance.now();
        const so = figures(detections.map((d) => d.ms));
        printProgress(`  ${detections.length}/${measured.length} detected; so far p50 ${so.p50} ms, p99 ${so.p99} ms`);
      }
    }
    const phaseSeconds = (performance.now() - phaseStarted) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const dbCpuMs = (await databaseCpuMs(client, big.db.name)) - dbCpuBefore;
    const all = figures(detections.map((d) => d.ms));
    if (failures.length) {
      printProgress(`(a) ${failures.length} of ${measured.length} detections FAILED (not in the figures below): ${[...new Set(failures.map((f) => f.message))].join('; ')}`);
      for (const f of failures.slice(0, 5)) printProgress(`  ${f.id} (${LEVEL_LABEL[f.level] ?? f.level}) after ${round(f.ms, 1)} ms`);
    }
    const split = {
      candidates: figures(detections.map((d) => d.candidatesMs)),
      profiles: figures(detections.map((d) => d.profilesMs)),
      scoring: figures(detections.map((d) => d.scoringMs)),
      rest: figures(detections.map((d) => d.restMs)),
    };
    const sum = (f: (d: Detection) => number) => detections.reduce((a, d) => a + f(d), 0);
    const totalMs = sum((d) => d.ms);
    const share = (f: (d: Detection) => number) => `${round((100 * sum(f)) / totalMs, 0)}%`;
    printProgress(`(a) detectFor per new project at ${fmt(big.stored)} stored: ${show(all)} (targets at 1M: p50 ≤ 25 ms ${all.p50 <= 25 ? 'met' : 'MISSED'}, p99 ≤ 250 ms ${all.p99 <= 250 ? 'met' : 'MISSED'})`);
    printProgress(`  candidate SQL (findCandidates): ${show(split.candidates)}; ${share((d) => d.candidatesMs)} of all detection time`);
    printProgress(`  loading profiles (loadProfiles): ${show(split.profiles)}; ${share((d) => d.profilesMs)}`);
    printProgress(`  scoring (prepareProfile + scorePair, CPU): ${show(split.scoring)}; ${share((d) => d.scoringMs)}`);
    printProgress(`  the rest (transaction, existing pairs, locks, writes of overlaps and alerts): ${show(split.rest)}; ${share((d) => d.restMs)}`);
    printProgress(
      `  ${round(measured.length / phaseSeconds, 1)} detections/s; CPU per detection: this process ${round((cpu.user + cpu.system) / 1000 / measured.length, 2)} ms, ` +
        `Postgres ${round(dbCpuMs / measured.length, 2)} ms; candidates per project mean ${round(sum((d) => d.candidates) / detections.length, 0)}, ` +
        `pairs raised per project mean ${round(sum((d) => d.raised) / detections.length, 1)}`,
    );
    const byLevel: Record<string, Figures & { candidatesP50: number; candidatesMean: number }> = {};
    for (const level of LEVELS) {
      const mine = detections.filter((d) => d.level === level);
      if (!mine.length) continue;
      const f = figures(mine.map((d) => d.ms));
      const c = figures(mine.map((d) => d.candidatesMs));
      byLevel[level] = { ...f, candidatesP50: c.p50, candidatesMean: c.mean };
      printProgress(
        `  ${LEVEL_LABEL[level].padEnd(10)} n=${String(mine.length).padStart(4)}: detectFor p50 ${f.p50} ms, p99 ${f.p99} ms, max ${f.max} ms; candidate SQL p50 ${c.p50} ms, p99 ${c.p99} ms; ` +
          `scoring mean ${round(mine.reduce((a, d) => a + d.scoringMs, 0) / mine.length, 1)} ms; raised mean ${round(mine.reduce((a, d) => a + d.raised, 0) / mine.length, 1)}`,
      );
    }

    // ---- the candidate query's plans --------------------------------------------------------
    printProgress(`candidate query plans (EXPLAIN (ANALYZE, BUFFERS), warm) for one new project per level; full plans in ${plansFile}`);
    for (const level of LEVELS) {
      const failed = new Set(failures.map((f) => f.id));
      const p = measured.find((x) => levelOf(ref, x) === level && !failed.has(x.id));
      if (!p) continue;
      const q = candidateSql(p.id);
      const plan = await explain(client, q.sql, q.params, q.jitOff);
      planText.push(`==== ${LEVEL_LABEL[level]} project ${p.id} at ${big.stored} stored: find-candidates.ts`, ...plan, '');
      printProgress(`  ${LEVEL_LABEL[level]} (${p.id}):`);
      for (const line of outline(plan)) printProgress(`    ${line}`);
    }
    writeFileSync(plansFile, planText.join('\n'));

    // ---- (c) full-recompute throughput --------------------------------------------------------
    const active = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM projects WHERE archived_at IS NULL AND visibility <> 'DRAFT'`)).rows[0].n);
    const byBudget = Math.max(200, Math.floor((recomputeBudgetS * 1000) / Math.max(1, all.mean)));
    const slice = Math.min(sliceCap, active, byBudget);
    const [startAfter] = slice < active
      ? (await client.query<{ id: string }>(`SELECT id FROM projects WHERE archived_at IS NULL AND visibility <> 'DRAFT' ORDER BY id DESC OFFSET $1 LIMIT 1`, [slice])).rows
      : [];
    const recomputeId = randomUUID();
    await client.query(`INSERT INTO overlap_recomputes (id, organisation_id, engine_version, status, last_project_id) VALUES ($1, $2, $3, 'QUEUED', $4)`, [
      recomputeId,
      big.coordinatorId,
      ENGINE_VERSION,
      startAfter?.id ?? null,
    ]);
    printProgress(
      `(c) full recompute: RecomputeRunner (${recomputeConcurrency} detections at once, as the worker's OVERLAP_RECOMPUTE_CONCURRENCY) over the last ${fmt(slice)} of ${fmt(active)} active projects by id ` +
        `(cap ${fmt(sliceCap)}; a ${recomputeBudgetS} s budget at the (a) mean of ${all.mean} ms allows ${fmt(byBudget)})`,
    );
    // RecomputeRunner stops at the first detection that throws; so that a failure does not end the
    // measurement, the runner gets the detector through a stand-in that counts the failure and
    // reports the project as skipped (the failures are reported below).
    const recomputeFailures: string[] = [];
    const tolerant = {
      detectFor: async (id: string) => {
        try {
          return await detector.detectFor(id);
        } catch (error) {
          recomputeFailures.push((error as Error).message);
          return 'skipped' as const;
        }
      },
    } as unknown as OverlapDetector;
    const runner = new RecomputeRunner(ds, tolerant, quiet, recomputeConcurrency);
    const recomputePartsBefore = readDetectionParts();
    const recomputeStarted = performance.now();
    const ticker = setInterval(() => {
      client
        .query<{ processed: number }>(`SELECT processed FROM overlap_recomputes WHERE id = $1`, [recomputeId])
        .then(({ rows }) => {
          const s = (performance.now() - recomputeStarted) / 1000;
          printProgress(`  ${fmt(rows[0].processed)}/${fmt(slice)} processed (progress is committed per batch of 200), ${round(rows[0].processed / s, 0)}/s`);
        })
        .catch(() => undefined);
    }, 10_000);
    try {
      await runner.run(recomputeId);
    } finally {
      clearInterval(ticker);
    }
    const recomputeSeconds = (performance.now() - recomputeStarted) / 1000;
    const recomputeParts = partsBetween(recomputePartsBefore, readDetectionParts());
    const [job] = (await client.query<{ status: string; processed: number; raised: number }>(`SELECT status, processed, raised FROM overlap_recomputes WHERE id = $1`, [recomputeId])).rows;
    const recomputePerS = job.processed / recomputeSeconds;
    const projectedMinutes = 1_000_000 / recomputePerS / 60;
    if (recomputeFailures.length) printProgress(`(c) ${recomputeFailures.length} detections FAILED during the recompute (counted as processed by the runner): ${[...new Set(recomputeFailures)].join('; ')}`);
    const lanesMs = recomputeSeconds * 1000 * recomputeConcurrency;
    const pct = (ms: number) => `${round((100 * ms) / lanesMs, 0)}%`;
    printProgress(
      `(c) recompute ${job.status}: ${fmt(job.processed)} projects in ${round(recomputeSeconds, 1)} s = ${round(recomputePerS, 1)} projects/s; ${fmt(job.raised)} pairs raised; ` +
        `1,000,000 would take ${round(projectedMinutes, 1)} min at this rate (target ≤ 30 min, ≥ 556/s: ${recomputePerS >= 556 ? 'met' : 'MISSED'})`,
    );
    printProgress(
      `  time, summed over the ${recomputeConcurrency} lanes: candidate SQL ${pct(recomputeParts.candidatesMs)}, loading profiles ${pct(recomputeParts.profilesMs)}, scoring ${pct(recomputeParts.scoringMs)}, ` +
        `the rest (writes, waiting, runner) ${pct(lanesMs - recomputeParts.candidatesMs - recomputeParts.profilesMs - recomputeParts.scoringMs)}; ${fmt(recomputeParts.scoredPairs)} pairs scored`,
    );

    // ---- (b) naive against indexed at 100,000 --------------------------------------------------
    let naiveDb: Prepared;
    if (big.stored === naiveStored) {
      naiveDb = big;
      printProgress(`(b) naive scan on the same database (${fmt(naiveStored)} stored)`);
    } else {
      await ds.destroy();
      sources.splice(sources.indexOf(ds), 1);
      await big.client.end();
      if (!keep) await dropDatabase(DATABASE);
      printProgress(`(b) naive scan at ${fmt(naiveStored)} stored: a second database, same generator and seed (the first ${fmt(naiveStored)} of the same sequence), the same new projects`);
      naive = await prepareDatabase(NAIVE_DATABASE, naiveStored, orgs, seed, warmup + newCount, loadConnections);
      naiveDb = naive;
    }
    const nds = naiveDb === big ? ds : await createDataSource({ url: naiveDb.db.ownerUrl, poolSize: 2, applicationName: 'bench-overlap-naive' }).initialize();
    if (nds !== ds) sources.push(nds);
    const sample = naiveDb.fresh.slice(warmup, warmup + naiveSample);
    for (const p of naiveDb.fresh.slice(0, Math.min(warmup, 5))) {
      await findCandidates(nds, p.id);
      await naiveDb.client.query(NAIVE_SCAN_SQL, [p.id]);
      await naiveDb.client.query(PLAIN_JOIN_SQL, [p.id]);
    }
    printProgress(`(b) ${sample.length} new projects: the indexed candidate query (findCandidates), the naive scan and the plain join, interleaved`);
    const timings = { indexed: [] as number[], naive: [] as number[], join: [] as number[] };
    const naiveRows: number[] = [];
    const naiveByLevel = new Map<string, { indexed: number[]; naive: number[]; join: number[] }>();
    const timed = async (run: () => Promise<unknown>) => {
      const started = performance.now();
      const result = await run();
      return { ms: performance.now() - started, result };
    };
    lastSaid = performance.now();
    for (const p of sample) {
      const i = await timed(() => findCandidates(nds, p.id));
      const n = await timed(() => naiveDb.client.query(NAIVE_SCAN_SQL, [p.id]));
      const j = await timed(() => naiveDb.client.query(PLAIN_JOIN_SQL, [p.id]));
      timings.indexed.push(i.ms);
      timings.naive.push(n.ms);
      timings.join.push(j.ms);
      naiveRows.push((n.result as { rowCount: number }).rowCount);
      const level = levelOf(naiveDb.ref, p);
      const entry = naiveByLevel.get(level) ?? { indexed: [], naive: [], join: [] };
      entry.indexed.push(i.ms);
      entry.naive.push(n.ms);
      entry.join.push(j.ms);
      naiveByLevel.set(level, entry);
      if (performance.now() - lastSaid > 5000) {
        lastSaid = performance.now();
        printProgress(`  ${timings.naive.length}/${sample.length}; p50 so far: naive scan ${figures(timings.naive).p50} ms, plain join ${figures(timings.join).p50} ms, indexed ${figures(timings.indexed).p50} ms`);
      }
    }
    const indexed100k = figures(timings.indexed);
    const naive100k = figures(timings.naive);
    const join100k = figures(timings.join);
    const ratio = naive100k.p50 / indexed100k.p50;
    printProgress(`(b) at ${fmt(naiveDb.stored)} stored: naive scan ${show(naive100k)}; candidates per project mean ${round(naiveRows.reduce((a, b) => a + b, 0) / naiveRows.length, 0)}, max ${Math.max(...naiveRows)}`);
    printProgress(`    indexed (findCandidates, at most 500 rows): ${show(indexed100k)}; naive_ratio_100k = naive p50 / indexed p50 = ${round(ratio, 2)}`);
    printProgress(`    plain join (for information): ${show(join100k)}`);
    for (const level of LEVELS) {
      const e = naiveByLevel.get(level);
      if (!e) continue;
      printProgress(
        `    ${LEVEL_LABEL[level].padEnd(10)} n=${String(e.naive.length).padStart(4)}: naive scan p50 ${figures(e.naive).p50} ms, p99 ${figures(e.naive).p99} ms; ` +
          `plain join p50 ${figures(e.join).p50} ms, p99 ${figures(e.join).p99} ms; indexed p50 ${figures(e.indexed).p50} ms, p99 ${figures(e.indexed).p99} ms`,
      );
    }
    // The candidate SQL once more on two plain connections, JIT on (the server's default) and off, for
    // a sub-sample: what find-candidates.ts saves by turning JIT off for it.
    const jitSample = sample.slice(0, Math.min(sample.length, intFromEnv('BENCH_JIT_OFF_SAMPLE', 200, 0)));
    const jitOff: number[] = [];
    const jitOn: number[] = [];
    if (jitSample.length) {
      const noJit = new Client({ connectionString: naiveDb.db.ownerUrl, application_name: 'bench-overlap-nojit' });
      await noJit.connect();
      try {
        await noJit.query('SET jit = off');
        for (const p of jitSample) {
          const q = candidateSql(p.id);
          const off = await timed(() => noJit.query(q.sql, q.params));
          const on = await timed(() => naiveDb.client.query(q.sql, q.params));
          jitOff.push(off.ms);
          jitOn.push(on.ms);
        }
      } finally {
        await noJit.end();
      }
      printProgress(`    the candidate SQL on a plain connection, ${jitOff.length} projects: jit on (the server's default) p50 ${figures(jitOn).p50} ms, p99 ${figures(jitOn).p99} ms; jit off p50 ${figures(jitOff).p50} ms, p99 ${figures(jitOff).p99} ms`);
    }
    const aimakProject = sample.find((p) => levelOf(naiveDb.ref, p) === 'AYIL_AIMAK');
    if (aimakProject) {
      for (const [label, sql] of [['naive scan', NAIVE_SCAN_SQL], ['plain join', PLAIN_JOIN_SQL]] as const) {
        const plan = await explain(naiveDb.client, sql, [aimakProject.id]);
        planText.push(`==== ayil aimak project ${aimakProject.id} at ${naiveDb.stored} stored: ${label} (naive-candidates.ts)`, ...plan, '');
        printProgress(`  ${label} plan for an ayil aimak project:`);
        for (const line of outline(plan)) printProgress(`    ${line}`);
      }
      const q = candidateSql(aimakProject.id);
      const plan = await explain(naiveDb.client, q.sql, q.params, q.jitOff);
      planText.push(`==== ayil aimak project ${aimakProject.id} at ${naiveDb.stored} stored: find-candidates.ts`, ...plan, '');
      writeFileSync(plansFile, planText.join('\n'));
    }

    printResult({
      bench: 'overlap',
      stored: big.stored,
      p50_ms: all.p50,
      p95_ms: all.p95,
      p99_ms: all.p99,
      naive_ratio_100k: round(ratio, 2),
      recompute_per_s: round(recomputePerS, 1),
      detections: all.count,
      detection_failures: failures.length,
      recompute_failures: recomputeFailures.length,
      max_ms: all.max,
      mean_ms: all.mean,
      candidates_sql_p50_ms: split.candidates.p50,
      candidates_sql_p99_ms: split.candidates.p99,
      profiles_p50_ms: split.profiles.p50,
      scoring_p50_ms: split.scoring.p50,
      scoring_p99_ms: split.scoring.p99,
      rest_p50_ms: split.rest.p50,
      share_candidates_sql: round(sum((d) => d.candidatesMs) / totalMs, 3),
      share_profiles: round(sum((d) => d.profilesMs) / totalMs, 3),
      share_scoring: round(sum((d) => d.scoringMs) / totalMs, 3),
      share_rest: round(sum((d) => d.restMs) / totalMs, 3),
      ...Object.fromEntries(Object.entries(byLevel).flatMap(([level, f]) => [[`${LEVEL_LABEL[level].replace(' ', '_')}_p50_ms`, f.p50], [`${LEVEL_LABEL[level].replace(' ', '_')}_p99_ms`, f.p99], [`${LEVEL_LABEL[level].replace(' ', '_')}_n`, f.count]])),
      naive_stored: naiveDb.stored,
      naive_p50_ms: naive100k.p50,
      naive_p99_ms: naive100k.p99,
      plain_join_p50_ms_100k: join100k.p50,
      indexed_sql_jit_off_p50_ms_100k: jitOff.length ? figures(jitOff).p50 : null,
      indexed_sql_jit_on_p50_ms_100k: jitOn.length ? figures(jitOn).p50 : null,
      plain_join_p99_ms_100k: join100k.p99,
      indexed_candidates_p50_ms_100k: indexed100k.p50,
      naive_sample: naive100k.count,
      recompute_slice: job.processed,
      recompute_seconds: round(recomputeSeconds, 1),
      recompute_projected_1m_min: round(projectedMinutes, 1),
      load_seconds: round(big.loaded.seconds, 1),
      load_projects_per_s: round(big.loaded.projects / big.loaded.seconds, 0),
      engine_version: ENGINE_VERSION,
      today: BENCH_TODAY,
    });
  } finally {
    for (const s of sources) await s.destroy().catch(() => undefined);
    for (const p of [big, naive]) await p?.client.end().catch(() => undefined);
    if (!keep) {
      await dropDatabase(DATABASE).catch((e) => printProgress(`could not drop ${DATABASE}: ${(e as Error).message}`));
      await dropDatabase(NAIVE_DATABASE).catch((e) => printProgress(`could not drop ${NAIVE_DATABASE}: ${(e as Error).message}`));
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`overlap benchmark failed: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exit(1);
  },
);
