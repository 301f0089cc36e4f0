import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from '@yntymak/database';
import { QueueName, createQueue } from '@yntymak/outbox';
import { bootstrapCoordinator } from '@yntymak/tenancy';
import { locateReferenceData } from '../libs/geography/src/seed/locate-reference-data';
import { seedReferenceData } from '../libs/geography/src/seed/seed-reference-data';
import { bulkLoadProjects } from './support/bulk-load-projects';
import { databaseCpuMs, machineLoad } from './support/database-cpu';
import { computePercentiles, round } from './support/compute-percentiles';
import { BENCH_REDIS_URL, createFreshDatabase, dropDatabase } from './support/create-fresh-database';
import { printProgress, printResult } from './support/print-progress';
import { ServerProcess, startServerProcess } from './support/start-server-process';
import { BENCH_TODAY, Organisations, ProjectGenerator, RefUnit, loadReferenceData, seededRandom } from './support/synthetic-projects';
import { intFromEnv, projectsFromArgs } from './support/bench-settings';

/**
 * The project registry at scale: N synthetic projects (default 1,000,000, about every activity
 * ever published to IATI) loaded through the bulk path into a fresh database, then, through the
 * real gateway (its own process, NODE_ENV=production, logging off):
 *
 * - the list a donor runs most: `projects(filter: { adminUnit: <rayon>, themes: [<theme>],
 *   activeOn: <date> }, first: 20)` with typical fields, for varied rayons, themes and dates,
 *   sequentially; latency measured at the client, p50 and p99 (targets: p99 ≤ 50 ms at 1M);
 *   the same list by a village, an oblast and the whole country is measured too (fewer requests);
 * - createProject throughput at a fixed concurrency (target: ≥ 300 creates/s).
 *
 * Usage: npm run bench:projects -- --projects N
 * Environment: BENCH_LIST_REQUESTS (500), BENCH_LIST_CONCURRENCY (1), BENCH_LIST_WARMUP (50),
 * BENCH_OTHER_LEVEL_REQUESTS (100; 0 skips the village/oblast/country lists), BENCH_CREATES (2000),
 * BENCH_CREATE_CONCURRENCY (16), BENCH_CREATE_GATEWAYS (1: gateway processes taking the creates, round
 * robin; the gateway is stateless and one Node process uses one core), BENCH_LOAD_CONNECTIONS (2), BENCH_SEED (20261125),
 * BENCH_KEEP_DATABASE (keep ynt_bench_projects afterwards, e.g. for EXPLAIN).
 */

const DATABASE = 'ynt_bench_projects';
const DONORS = 12;
const IMPLEMENTERS = 4;

const LIST = `query($filter: ProjectFilter, $first: Int) {
  projects(filter: $filter, first: $first) {
    totalCount
    edges { node { id title { en ru } startDate endDate owner { name } themeCodes coverageIds } }
    pageInfo { hasNextPage endCursor }
  } }`;
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id version } }`;
const CREATE_ORGANISATION = `mutation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { organisation { id } adminKey { secret } } }`;



interface GqlResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function gql<T>(url: string, secret: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as GqlResponse<T>;
  if (res.status !== 200 || body.errors?.length || !body.data) throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** Runs `count` tasks with at most `concurrency` in flight. */
async function pool(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

interface ListCase {
  unit: RefUnit;
  theme: string;
  activeOn: string;
  secret: string;
}

interface ListFigures {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  count: number;
  meanTotal: number;
  maxTotal: number;
  emptyPages: number;
}

async function measureList(url: string, cases: ListCase[], concurrency: number): Promise<ListFigures> {
  const latencies: number[] = [];
  const totals: number[] = [];
  let emptyPages = 0;
  await pool(cases.length, concurrency, async (i) => {
    const c = cases[i];
    const started = performance.now();
    const data = await gql<{ projects: { totalCount: number; edges: unknown[] } }>(url, c.secret, LIST, {
      filter: { adminUnit: c.unit.id, themes: [c.theme], activeOn: c.activeOn },
      first: 20,
    });
    latencies.push(performance.now() - started);
    totals.push(data.projects.totalCount);
    if (data.projects.edges.length !== Math.min(20, data.projects.totalCount)) throw new Error(`page of ${data.projects.edges.length} for a total of ${data.projects.totalCount}`);
    if (!data.projects.edges.length) emptyPages += 1;
  });
  const d = computePercentiles(latencies);
  return {
    p50: round(d.p50),
    p90: round(d.p90),
    p99: round(d.p99),
    max: round(d.max),
    count: d.count,
    meanTotal: round(totals.reduce((a, b) => a + b, 0) / totals.length, 0),
    maxTotal: Math.max(...totals),
    emptyPages,
  };
}

async function main(): Promise<void> {
  const total = projectsFromArgs(process.argv.slice(2));
  const listRequests = intFromEnv('BENCH_LIST_REQUESTS', 500);
  const listConcurrency = intFromEnv('BENCH_LIST_CONCURRENCY', 1);
  const listWarmup = intFromEnv('BENCH_LIST_WARMUP', 50, 0);
  const otherLevelRequests = intFromEnv('BENCH_OTHER_LEVEL_REQUESTS', 100, 0);
  const creates = intFromEnv('BENCH_CREATES', 2000);
  const createConcurrency = intFromEnv('BENCH_CREATE_CONCURRENCY', 16);
  const createGateways = intFromEnv('BENCH_CREATE_GATEWAYS', 1);
  const loadConnections = intFromEnv('BENCH_LOAD_CONNECTIONS', 2);
  const seed = intFromEnv('BENCH_SEED', 20261125);
  const prefix = `{ynt-bench-${randomBytes(4).toString('hex')}}`;

  let gateway: ServerProcess | undefined;
  const moreGateways: ServerProcess[] = [];
  try {
    printProgress(`creating and migrating database ${DATABASE}`);
    const db = await createFreshDatabase(DATABASE);
    const ownerDs = await createDataSource({ url: db.ownerUrl, poolSize: 1, applicationName: 'bench-projects-seed' }).initialize();
    let coordinatorSecret: string;
    try {
      const seeded = await seedReferenceData(ownerDs, locateReferenceData(__dirname), { info: () => undefined, warn: (obj, msg) => printProgress(`  seed warning: ${msg}`) });
      printProgress(`reference data ${seeded.releaseId} loaded`);
      coordinatorSecret = (await bootstrapCoordinator(ownerDs, 'Coordination Agency (bench)')).secret;
    } finally {
      await ownerDs.destroy();
    }

    gateway = await startServerProcess('bench/support/serve-gateway', {
      BENCH_GATEWAY_DATABASE_URL: db.ownerUrl,
      BENCH_GATEWAY_REDIS_URL: BENCH_REDIS_URL,
      BENCH_GATEWAY_QUEUE_PREFIX: prefix,
    });
    const url = gateway.url;
    printProgress(`gateway (NODE_ENV=production, LOG_LEVEL=silent) listening at ${url}, pid ${gateway.pid}`);

    // Organisations through the API, as the coordinator registers them.
    const register = async (name: string, kind: string) =>
      (await gql<{ createOrganisation: { organisation: { id: string }; adminKey: { secret: string } } }>(url, coordinatorSecret, CREATE_ORGANISATION, { input: { name, kind } })).createOrganisation;
    const donors: Array<{ id: string; secret: string; iatiPrefix: string; weight: number }> = [];
    for (let i = 1; i <= DONORS; i++) {
      const created = await register(`Donor ${String(i).padStart(2, '0')} (bench)`, 'DONOR');
      // A few large donors and a long tail, as in any country's portfolio.
      donors.push({ id: created.organisation.id, secret: created.adminKey.secret, iatiPrefix: `XM-DAC-${41100 + i}`, weight: 1 / i });
    }
    const implementers: string[] = [];
    for (let i = 1; i <= IMPLEMENTERS; i++) implementers.push((await register(`Implementing Partner ${i} (bench)`, 'IMPLEMENTER')).organisation.id);
    const orgs: Organisations = { donors, implementers };
    printProgress(`registered ${DONORS} donors and ${IMPLEMENTERS} implementers through createOrganisation`);

    const ownerClient = new Client({ connectionString: db.ownerUrl, application_name: 'bench-projects-owner' });
    await ownerClient.connect();
    try {
      const ref = await loadReferenceData(ownerClient);
      printProgress(
        `reference: ${ref.oblasts.length} oblasts, ${ref.rayons.length} rayons, ${ref.aimaks.length} ayil aimaks, ` +
          `${[...ref.villagesByAimak.values()].reduce((a, v) => a + v.length, 0)} villages, ${ref.themes.length} themes, ${ref.interventions.length} interventions`,
      );

      // ---- Bulk load ------------------------------------------------------------------------
      const generator = new ProjectGenerator(ref, orgs, seed);
      printProgress(`loading ${total.toLocaleString('en')} projects through the bulk path (${loadConnections} connections, chunks of 10,000)`);
      const loaded = await bulkLoadProjects(db.ownerUrl, total, (serial) => generator.project(serial), { connections: loadConnections });
      printProgress(
        `loaded ${loaded.projects.toLocaleString('en')} projects, ${loaded.childRows.toLocaleString('en')} child rows, ` +
          `${loaded.indexRows.toLocaleString('en')} project_unit_index rows in ${round(loaded.seconds, 1)} s (${round(loaded.projects / loaded.seconds, 0).toLocaleString('en')} projects/s)`,
      );
      printProgress(`  time by phase (summed over connections): ${Object.entries(loaded.phases).map(([k, v]) => `${k} ${round(v, 1)} s`).join(', ')}`);
      printProgress('VACUUM (ANALYZE) of the project tables (sets the visibility map that index-only scans use, as autovacuum would after a bulk insert)');
      const vacuumStarted = performance.now();
      for (const table of ['projects', 'project_units', 'project_themes', 'project_interventions', 'project_target_groups', 'project_parties', 'project_unit_index']) {
        await ownerClient.query(`VACUUM (ANALYZE) ${table}`);
      }
      printProgress(`  done in ${round((performance.now() - vacuumStarted) / 1000, 1)} s`);
      const sizes = (
        await ownerClient.query<{ name: string; size: string }>(
          `SELECT c.relname AS name, pg_size_pretty(pg_relation_size(c.oid)) AS size FROM pg_class c
            WHERE c.relname IN ('projects', 'project_units', 'project_themes', 'project_unit_index', 'project_unit_index_search', 'project_unit_index_pkey', 'projects_search')
            ORDER BY c.relname`,
        )
      ).rows;
      printProgress(`  sizes: ${sizes.map((s) => `${s.name} ${s.size}`).join(', ')}`);
      const stored = Number((await ownerClient.query<{ n: string }>(`SELECT count(*) AS n FROM projects`)).rows[0].n);

      // ---- List latency -----------------------------------------------------------------------
      const random = seededRandom(seed + 1);
      const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
      const day = (fromIso: string, toIso: string) => {
        const from = Date.parse(`${fromIso}T00:00:00Z`);
        const to = Date.parse(`${toIso}T00:00:00Z`);
        return new Date(from + Math.floor(random() * ((to - from) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
      };
      const cases = (units: readonly RefUnit[], n: number): ListCase[] =>
        Array.from({ length: n }, () => ({ unit: pick(units), theme: pick(ref.themes), activeOn: day('2015-06-01', '2030-06-30'), secret: pick(donors).secret }));

      if (listWarmup) {
        printProgress(`list: warm-up, ${listWarmup} requests (not counted)`);
        await measureList(url, cases(ref.rayons, listWarmup), listConcurrency);
      }
      const listLoad = machineLoad();
      printProgress(`machine: load ${listLoad.load1}, CPU pressure (avg60) ${listLoad.cpuPressure60} %`);
      printProgress(`list: ${listRequests} requests by a rayon, a theme and an active date (first 20), concurrency ${listConcurrency}, as donors`);
      const listCpuBefore = await gateway.cpuMicros();
      const listDbCpuBefore = await databaseCpuMs(ownerClient, DATABASE);
      const list = await measureList(url, cases(ref.rayons, listRequests), listConcurrency);
      const listCpuMs = ((await gateway.cpuMicros()) - listCpuBefore) / 1000 / listRequests;
      const listDbCpuMs = ((await databaseCpuMs(ownerClient, DATABASE)) - listDbCpuBefore) / listRequests;
      printProgress(
        `  rayon: p50 ${list.p50} ms, p90 ${list.p90} ms, p99 ${list.p99} ms, max ${list.max} ms; totalCount mean ${list.meanTotal}, max ${list.maxTotal}; ` +
          `${list.emptyPages} empty pages; gateway CPU ${round(listCpuMs, 2)} ms and Postgres CPU ${round(listDbCpuMs, 2)} ms per request (target p99 ≤ 50 ms: ${list.p99 <= 50 ? 'met' : 'MISSED'})`,
      );

      const others: Record<string, ListFigures> = {};
      if (otherLevelRequests) {
        const villages = [...ref.villagesByAimak.values()].flat();
        const levels: Array<[string, readonly RefUnit[], number]> = [
          ['village', villages, otherLevelRequests],
          ['aimak', ref.aimaks, otherLevelRequests],
          ['oblast', ref.oblasts, otherLevelRequests],
          ['country', [ref.country], Math.max(1, Math.floor(otherLevelRequests / 2))],
        ];
        for (const [label, units, n] of levels) {
          const figures = await measureList(url, cases(units, n), listConcurrency);
          others[label] = figures;
          printProgress(`  ${label}: ${n} requests, p50 ${figures.p50} ms, p99 ${figures.p99} ms, max ${figures.max} ms; totalCount mean ${figures.meanTotal}, max ${figures.maxTotal}`);
        }
      }

      // ---- createProject throughput -------------------------------------------------------------
      const createGenerator = new ProjectGenerator(ref, orgs, seed + 2);
      const warmCreates = Math.min(64, creates);
      printProgress(`createProject: warm-up, ${warmCreates} creates (not counted)`);
      await pool(warmCreates, createConcurrency, async () => {
        await gql(url, pick(donors).secret, CREATE, { input: createGenerator.createInput() });
      });
      const createLoad = machineLoad();
      printProgress(`machine: load ${createLoad.load1}, CPU pressure (avg60) ${createLoad.cpuPressure60} %`);
      for (let g = 1; g < createGateways; g++) {
        moreGateways.push(
          await startServerProcess('bench/support/serve-gateway', { BENCH_GATEWAY_DATABASE_URL: db.ownerUrl, BENCH_GATEWAY_REDIS_URL: BENCH_REDIS_URL, BENCH_GATEWAY_QUEUE_PREFIX: prefix }),
        );
      }
      const createTargets = [gateway, ...moreGateways];
      const gatewaysCpu = async () => (await Promise.all(createTargets.map((g) => g.cpuMicros()))).reduce((a, b) => a + b, 0);
      if (moreGateways.length) {
        printProgress(`createProject: warm-up of the other ${moreGateways.length} gateway(s), ${warmCreates} creates each (not counted)`);
        for (const extra of moreGateways) await pool(warmCreates, createConcurrency, async () => void (await gql(extra.url, pick(donors).secret, CREATE, { input: createGenerator.createInput() })));
      }
      printProgress(`createProject: ${creates} creates, concurrency ${createConcurrency}, ${createTargets.length} gateway process(es) in turn, by ${DONORS} donors' admin keys`);
      const inputs = Array.from({ length: creates }, () => ({ secret: pick(donors).secret, input: createGenerator.createInput() }));
      const createLatencies: number[] = [];
      const failures: string[] = [];
      const cpuBefore = await gatewaysCpu();
      const dbCpuBefore = await databaseCpuMs(ownerClient, DATABASE);
      const createsStarted = performance.now();
      await pool(creates, createConcurrency, async (i) => {
        const started = performance.now();
        try {
          await gql(createTargets[i % createTargets.length].url, inputs[i].secret, CREATE, { input: inputs[i].input });
          createLatencies.push(performance.now() - started);
        } catch (error) {
          failures.push((error as Error).message);
        }
      });
      const createSeconds = (performance.now() - createsStarted) / 1000;
      const createCpuMicros = (await gatewaysCpu()) - cpuBefore;
      const createDbCpuMs = ((await databaseCpuMs(ownerClient, DATABASE)) - dbCpuBefore) / creates;
      const createsPerS = createLatencies.length / createSeconds;
      const createLatency = computePercentiles(createLatencies);
      printProgress(
        `  ${createLatencies.length} created in ${round(createSeconds, 2)} s = ${round(createsPerS, 0)} creates/s; latency p50 ${round(createLatency.p50)} ms, p99 ${round(createLatency.p99)} ms; ` +
          `${failures.length} failed (target ≥ 300/s: ${createsPerS >= 300 ? 'met' : 'MISSED'}); gateway CPU ${round(createCpuMicros / 1000 / creates, 2)} ms and Postgres CPU ${round(createDbCpuMs, 2)} ms per create`,
      );
      if (failures.length) printProgress(`  first failure: ${failures[0]}`);

      // The index must say exactly what the tables say, for the bulk rows and the created ones alike.
      const [check] = (
        await ownerClient.query<{ projects: string; per_project: string; unit_rows: string; units: string }>(
          `SELECT (SELECT count(*) FROM projects) AS projects, (SELECT count(*) FROM project_unit_index WHERE unit_pre <= 0) AS per_project,
                  (SELECT count(*) FROM project_unit_index WHERE unit_pre > 0) AS unit_rows, (SELECT count(*) FROM project_units) AS units`,
        )
      ).rows;
      printProgress(`check: ${check.projects} projects, ${check.per_project} per-project index rows; ${check.units} coverage rows, ${check.unit_rows} unit index rows`);
      if (check.projects !== check.per_project || check.units !== check.unit_rows) throw new Error('project_unit_index does not match the project tables');

      printResult({
        bench: 'projects',
        stored,
        list_p50_ms: list.p50,
        list_p99_ms: list.p99,
        creates_per_s: round(createsPerS, 0),
        list_requests: list.count,
        list_concurrency: listConcurrency,
        list_max_ms: list.max,
        list_mean_total_count: list.meanTotal,
        list_gateway_cpu_ms: round(listCpuMs, 2),
        list_db_cpu_ms: round(listDbCpuMs, 2),
        ...Object.fromEntries(Object.entries(others).flatMap(([label, f]) => [[`${label}_p50_ms`, f.p50], [`${label}_p99_ms`, f.p99], [`${label}_mean_total_count`, f.meanTotal]])),
        creates: createLatencies.length,
        create_failures: failures.length,
        create_concurrency: createConcurrency,
        create_gateways: createTargets.length,
        create_p50_ms: round(createLatency.p50),
        create_p99_ms: round(createLatency.p99),
        create_gateway_cpu_ms: round(createCpuMicros / 1000 / creates, 2),
        create_db_cpu_ms: round(createDbCpuMs, 2),
        load_projects_per_s: round(loaded.projects / loaded.seconds, 0),
        load_seconds: round(loaded.seconds, 1),
        load_at_list: listLoad.load1,
        cpu_pressure_at_list: listLoad.cpuPressure60,
        load_at_creates: createLoad.load1,
        cpu_pressure_at_creates: createLoad.cpuPressure60,
        today: BENCH_TODAY,
      });
    } finally {
      await ownerClient.end().catch(() => undefined);
    }
  } finally {
    await gateway?.stop().catch(() => undefined);
    await Promise.all(moreGateways.map((g) => g.stop().catch(() => undefined)));
    const queue = createQueue(QueueName.DomainEvents, BENCH_REDIS_URL, prefix);
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close().catch(() => undefined);
    if (!process.env.BENCH_KEEP_DATABASE) await dropDatabase(DATABASE).catch((e) => printProgress(`could not drop ${DATABASE}: ${(e as Error).message}`));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`projects benchmark failed: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exit(1);
  },
);
