import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from '@yntymak/database';
import { buildAdminUnitSearch, locateReferenceData, searchQueryOf, seedReferenceData } from '@yntymak/geography';
import { QueueName, createQueue } from '@yntymak/outbox';
import { bootstrapCoordinator } from '@yntymak/tenancy';
import { computePercentiles, round } from './support/compute-percentiles';
import { BENCH_REDIS_URL, createFreshDatabase, dropDatabase } from './support/create-fresh-database';
import { printProgress, printResult } from './support/print-progress';
import { BenchQuery, buildSearchQueries } from './support/search-queries';
import { ServerProcess, startServerProcess } from './support/start-server-process';
import { intFromEnv } from './support/bench-settings';

/**
 * Admin unit search: 1,000 varied searches (names in three languages, Latin variants, prefixes,
 * typos, case and diacritics) over the full hierarchy, timed
 *  - inside the database: the search SQL the API runs (same builder, same parameters, page of 10
 *    plus one), as the application role, by EXPLAIN (ANALYZE, TIMING OFF): planning + execution;
 *    and the round trip of the plain statement on a direct connection;
 *  - through the gateway: the adminUnits query over HTTP with an API key, one request at a time,
 *    each hit with its parent, as a client sees it; and, as the floor of this machine, the same
 *    gateway answering `me`, which needs no database query.
 * Targets: p99 ≤ 5 ms in the database, ≤ 15 ms through the gateway.
 *
 * Environment: BENCH_SEARCHES (1000), BENCH_WARMUP (200), BENCH_KEEP_DATABASE (keep ynt_bench_search).
 */

const DATABASE = 'ynt_bench_search';
const PAGE = 10;
const GATEWAY_QUERY = `query($q: String!) { adminUnits(filter: { search: $q }, first: ${PAGE}) {
  totalCount edges { match { kind score } node { id code level names { ky ru en } parent { code names { en } } } } } }`;


async function timeInDatabase(app: Client, queries: BenchQuery[]): Promise<{ explained: number[]; roundTrip: number[]; empty: number }> {
  const explained: number[] = [];
  const roundTrip: number[] = [];
  let empty = 0;
  for (const q of queries) {
    const { sql, params } = buildAdminUnitSearch(searchQueryOf(q.text), { includeHistorical: false }, 0, PAGE + 1);
    const started = process.hrtime.bigint();
    const result = await app.query(sql, params);
    roundTrip.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.rowCount === 0) empty++;
    const plan = await app.query(`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${sql}`, params);
    const [{ 'Planning Time': planning, 'Execution Time': execution }] = plan.rows[0]['QUERY PLAN'];
    explained.push(planning + execution);
  }
  return { explained, roundTrip, empty };
}

async function timeThroughGateway(url: string, key: string, bodies: string[]): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  for (const body of bodies) {
    const started = process.hrtime.bigint();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body });
    const answer = (await res.json()) as { data?: unknown; errors?: unknown[] };
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (res.status !== 200 || answer.errors?.length || !answer.data) errors++;
  }
  return { latencies, errors };
}

async function main(): Promise<void> {
  const searches = intFromEnv('BENCH_SEARCHES', 1000);
  const warmup = intFromEnv('BENCH_WARMUP', 200);
  const prefix = `{ynt-bench-${randomBytes(4).toString('hex')}}`;
  let gateway: ServerProcess | undefined;
  let app: Client | undefined;
  try {
    printProgress(`creating and migrating database ${DATABASE}`);
    const db = await createFreshDatabase(DATABASE);
    const owner = await createDataSource({ url: db.ownerUrl, poolSize: 1, applicationName: 'bench-seed' }).initialize();
    await seedReferenceData(owner, locateReferenceData(), { info: (_obj, msg) => printProgress(msg), warn: (_obj, msg) => printProgress(`warning: ${msg}`) });
    const { secret } = await bootstrapCoordinator(owner, 'Coordination Agency (bench)');
    const units = await owner.query(`SELECT name_ky AS "nameKy", name_ru AS "nameRu", name_en AS "nameEn", alt_names AS "altNames" FROM admin_units ORDER BY code`);
    await owner.query('ANALYZE');
    await owner.destroy();

    const queries = buildSearchQueries(units, searches);
    const kinds = queries.reduce<Record<string, number>>((acc, q) => ({ ...acc, [q.kind]: (acc[q.kind] ?? 0) + 1 }), {});
    printProgress(`${units.length} units; ${queries.length} searches: ${JSON.stringify(kinds)}; e.g. ${queries.slice(0, 8).map((q) => JSON.stringify(q.text)).join(', ')}`);

    app = new Client({ connectionString: db.appUrl, application_name: 'bench-search' });
    await app.connect();
    printProgress(`database: warm-up ${warmup} searches, then ${queries.length} timed (EXPLAIN ANALYZE and round trip), as ${new URL(db.appUrl).username}`);
    await timeInDatabase(app, queries.slice(0, warmup));
    const inDb = await timeInDatabase(app, queries);
    const dbStats = computePercentiles(inDb.explained);
    const tripStats = computePercentiles(inDb.roundTrip);
    printProgress(`  in the database: p50 ${round(dbStats.p50, 3)} ms, p90 ${round(dbStats.p90, 3)} ms, p99 ${round(dbStats.p99, 3)} ms, max ${round(dbStats.max, 3)} ms`);
    printProgress(`  round trip:      p50 ${round(tripStats.p50, 3)} ms, p99 ${round(tripStats.p99, 3)} ms; searches with no match: ${inDb.empty}`);

    gateway = await startServerProcess('bench/support/serve-gateway', { BENCH_GATEWAY_DATABASE_URL: db.ownerUrl, BENCH_GATEWAY_REDIS_URL: BENCH_REDIS_URL, BENCH_GATEWAY_QUEUE_PREFIX: prefix });
    printProgress(`gateway (NODE_ENV=production, LOG_LEVEL=silent) at ${gateway.url}, pid ${gateway.pid}: warm-up ${warmup}, then ${queries.length} searches one at a time`);
    const searchBodies = queries.map((q) => JSON.stringify({ query: GATEWAY_QUERY, variables: { q: q.text } }));
    await timeThroughGateway(gateway.url, secret, searchBodies.slice(0, warmup));
    const viaGateway = await timeThroughGateway(gateway.url, secret, searchBodies);
    const gwStats = computePercentiles(viaGateway.latencies);
    printProgress(`  through the gateway: p50 ${round(gwStats.p50, 3)} ms, p90 ${round(gwStats.p90, 3)} ms, p99 ${round(gwStats.p99, 3)} ms, max ${round(gwStats.max, 3)} ms; errors ${viaGateway.errors}`);
    // The floor on this machine: the same gateway answering `me` (no database query once the key is cached).
    const me = computePercentiles((await timeThroughGateway(gateway.url, secret, queries.map(() => JSON.stringify({ query: '{ me { role } }' })))).latencies);
    printProgress(`  for comparison, me (no database): p50 ${round(me.p50, 3)} ms, p99 ${round(me.p99, 3)} ms`);
    const met = dbStats.p99 <= 5 && gwStats.p99 <= 15 && viaGateway.errors === 0;
    printProgress(`targets (p99 ≤ 5 ms in the database, ≤ 15 ms through the gateway): ${met ? 'met' : 'MISSED'}`);

    printResult({
      bench: 'search',
      units: units.length,
      searches: queries.length,
      db_p50_ms: round(dbStats.p50, 3),
      db_p99_ms: round(dbStats.p99, 3),
      db_roundtrip_p50_ms: round(tripStats.p50, 3),
      db_roundtrip_p99_ms: round(tripStats.p99, 3),
      gateway_p50_ms: round(gwStats.p50, 3),
      gateway_p99_ms: round(gwStats.p99, 3),
      gateway_errors: viaGateway.errors,
      gateway_me_p50_ms: round(me.p50, 3),
      gateway_me_p99_ms: round(me.p99, 3),
      no_match: inDb.empty,
    });
  } finally {
    await app?.end().catch(() => undefined);
    await gateway?.stop().catch(() => undefined);
    const queue = createQueue(QueueName.DomainEvents, BENCH_REDIS_URL, prefix);
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close().catch(() => undefined);
    if (!process.env.BENCH_KEEP_DATABASE) await dropDatabase(DATABASE).catch((e) => printProgress(`could not drop ${DATABASE}: ${(e as Error).message}`));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`search benchmark failed: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exit(1);
  },
);
