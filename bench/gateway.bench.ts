import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createDataSource } from '@yntymak/database';
import { QueueName, createQueue } from '@yntymak/outbox';
import { bootstrapCoordinator } from '@yntymak/tenancy';
import type { BareMeValue } from './support/bare-graphql.module';
import { computePercentiles, round } from './support/compute-percentiles';
import { BENCH_REDIS_URL, createFreshDatabase, dropDatabase } from './support/create-fresh-database';
import { LoadFigures, LoadTarget, measureHttpLoad } from './support/measure-http-load';
import { printProgress, printResult } from './support/print-progress';
import { ServerProcess, startServerProcess } from './support/start-server-process';
import { intFromEnv } from './support/bench-settings';

/**
 * Gateway overhead: the real gateway answering `me` (auth guard, key cache, request scope,
 * metrics, query limits, error formatting) against a bare NestJS + Apollo app answering the same
 * query with a constant, same platform, same load. `me` costs no database query once the key is
 * cached, so the ratio is the price of the gateway's own request pipeline. Each server runs in a
 * process of its own (bench/support/serve-*.ts); autocannon loads them from this one.
 *
 * Fairness on a shared machine: each target's measured time is cut into segments that alternate
 * (gateway, bare, bare, gateway, gateway, …), so both see the same neighbours' load; throughput is
 * correct answers over measured time, percentiles are exact over every request of every segment.
 * Also reported: each server's CPU time per request (user + system of its process, read over IPC
 * around each segment); cpu_ratio (bare CPU per request / gateway CPU per request) is the same
 * overhead seen from the server's side.
 *
 * Environment: BENCH_CONNECTIONS (50), BENCH_DURATION_S (10: measured seconds per target),
 * BENCH_SEGMENTS (5), BENCH_WARMUP_S (5 per target).
 */

const DATABASE = 'ynt_bench_gateway';
const QUERY = '{ me { role apiKeyId organisation { id name kind } } }';

type Key = 'me' | 'bare';


/** One request outside the load: it must be a 200 with data and no errors. Returns the exact body. */
async function checkedBody(label: string, url: string, headers: Record<string, string>, body: string): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  const parsed = JSON.parse(text) as { data?: { me?: BareMeValue }; errors?: unknown[] };
  if (res.status !== 200 || parsed.errors?.length || !parsed.data?.me?.organisation?.id) {
    throw new Error(`${label} did not answer me properly: HTTP ${res.status} ${text}`);
  }
  return text;
}

function combine(runs: LoadFigures[]) {
  const sum = (f: (r: LoadFigures) => number) => runs.reduce((a, r) => a + f(r), 0);
  const seconds = sum((r) => r.durationS);
  const latency = computePercentiles(runs.flatMap((r) => r.latenciesMs));
  const completed = sum((r) => r.completed);
  return {
    okRps: sum((r) => r.ok) / seconds,
    completed,
    seconds,
    p50Ms: round(latency.p50, 1),
    p99Ms: round(latency.p99, 1),
    maxMs: round(latency.max, 1),
    cpuMicrosPerRequest: sum((r) => r.serverCpuMicros ?? Number.NaN) / completed,
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    mismatches: sum((r) => r.mismatches),
  };
}

function describe(f: LoadFigures): string {
  const latency = computePercentiles(f.latenciesMs);
  return (
    `${f.label}: ${round(f.ok / f.durationS, 0)} ok req/s (${f.completed} in ${f.durationS} s), p50 ${round(latency.p50, 1)} ms, p99 ${round(latency.p99, 1)} ms, ` +
    `server CPU ${round((f.serverCpuMicros ?? Number.NaN) / f.completed, 0)} µs/req; non-2xx ${f.non2xx}, errors ${f.errors}, timeouts ${f.timeouts}, wrong bodies ${f.mismatches}`
  );
}

async function main(): Promise<void> {
  const connections = intFromEnv('BENCH_CONNECTIONS', 50);
  const durationS = intFromEnv('BENCH_DURATION_S', 10);
  const segments = intFromEnv('BENCH_SEGMENTS', 5);
  const warmupS = intFromEnv('BENCH_WARMUP_S', 5);
  if (durationS % segments !== 0) throw new Error(`BENCH_DURATION_S (${durationS}) must be a multiple of BENCH_SEGMENTS (${segments})`);
  const segmentS = durationS / segments;
  const prefix = `{ynt-bench-${randomBytes(4).toString('hex')}}`;

  let gateway: ServerProcess | undefined;
  let bare: ServerProcess | undefined;
  try {
    printProgress(`creating and migrating database ${DATABASE}`);
    const db = await createFreshDatabase(DATABASE);

    const owner = await createDataSource({ url: db.ownerUrl, poolSize: 1, applicationName: 'bench-bootstrap' }).initialize();
    const { secret } = await bootstrapCoordinator(owner, 'Coordination Agency (bench)');
    await owner.destroy();

    gateway = await startServerProcess('bench/support/serve-gateway', {
      BENCH_GATEWAY_DATABASE_URL: db.ownerUrl,
      BENCH_GATEWAY_REDIS_URL: BENCH_REDIS_URL,
      BENCH_GATEWAY_QUEUE_PREFIX: prefix,
    });
    printProgress(`gateway (NODE_ENV=production, LOG_LEVEL=silent) listening at ${gateway.url}, pid ${gateway.pid}`);

    const headers = { 'content-type': 'application/json', authorization: `Bearer ${secret}` };
    const body = JSON.stringify({ query: QUERY });
    const meBody = await checkedBody('gateway', gateway.url, headers, body);
    const me = (JSON.parse(meBody) as { data: { me: BareMeValue } }).data.me;

    // The bare app answers with the very same values, so both send identical bytes.
    const value: BareMeValue = { role: me.role, apiKeyId: me.apiKeyId, organisation: { ...me.organisation } };
    bare = await startServerProcess('bench/support/serve-bare-graphql', { BENCH_BARE_ME: JSON.stringify(value) });
    const bareBody = await checkedBody('bare app', bare.url, headers, body);
    printProgress(`bare NestJS + Apollo app listening at ${bare.url}, pid ${bare.pid}; identical response bodies: ${bareBody === meBody}`);
    printProgress(`me answers ${meBody.trim()}`);

    const servers: Record<Key, ServerProcess> = { me: gateway, bare };
    const targets: Record<Key, LoadTarget> = {
      me: { label: 'gateway me', url: gateway.url, headers, body, expectBody: meBody },
      bare: { label: 'bare app', url: bare.url, headers, body, expectBody: bareBody },
    };

    for (const key of ['me', 'bare'] as const) {
      printProgress(`warm-up ${targets[key].label}: ${warmupS} s, ${connections} connections`);
      printProgress(`  ${describe(await measureHttpLoad(targets[key], connections, warmupS, servers[key].cpuMicros))}`);
    }

    const runs: Record<Key, LoadFigures[]> = { me: [], bare: [] };
    printProgress(`measuring: ${segments} segments of ${segmentS} s per target, alternating, ${connections} connections`);
    for (let segment = 0; segment < segments; segment++) {
      const order: Key[] = segment % 2 === 0 ? ['me', 'bare'] : ['bare', 'me'];
      for (const key of order) {
        const figures = await measureHttpLoad(targets[key], connections, segmentS, servers[key].cpuMicros);
        printProgress(`  ${segment + 1}/${segments} ${describe(figures)}`);
        runs[key].push(figures);
      }
    }

    // The key cache must still answer after the load (a last sanity check of the real thing).
    await checkedBody('gateway after load', gateway.url, headers, body);

    const meAll = combine(runs.me);
    const bareAll = combine(runs.bare);
    const ratio = meAll.okRps / bareAll.okRps;
    const cpuRatio = bareAll.cpuMicrosPerRequest / meAll.cpuMicrosPerRequest;
    for (const [label, f] of [['gateway me', meAll], ['bare app', bareAll]] as const) {
      printProgress(
        `${label}: ${round(f.okRps, 0)} ok req/s over ${round(f.seconds, 1)} s, p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, max ${f.maxMs} ms, ` +
          `server CPU ${round(f.cpuMicrosPerRequest, 0)} µs/req; ${f.completed} requests, non-2xx ${f.non2xx}, errors ${f.errors}, timeouts ${f.timeouts}, wrong bodies ${f.mismatches}`,
      );
    }
    printProgress(`ratio ${round(ratio, 3)} (target ≥ 0.7: ${ratio >= 0.7 ? 'met' : 'MISSED'}); cpu ratio ${round(cpuRatio, 3)}`);
    printResult({
      bench: 'gateway',
      me_rps: round(meAll.okRps, 0),
      bare_rps: round(bareAll.okRps, 0),
      ratio: round(ratio, 3),
      me_p99_ms: meAll.p99Ms,
      bare_p99_ms: bareAll.p99Ms,
      connections,
      duration_s: durationS,
      segments,
      me_cpu_us_per_req: round(meAll.cpuMicrosPerRequest, 0),
      bare_cpu_us_per_req: round(bareAll.cpuMicrosPerRequest, 0),
      cpu_ratio: round(cpuRatio, 3),
      me_requests: meAll.completed,
      me_non2xx: meAll.non2xx,
      me_errors: meAll.errors + meAll.timeouts,
      me_wrong_bodies: meAll.mismatches,
      bare_requests: bareAll.completed,
      bare_non2xx: bareAll.non2xx,
      bare_errors: bareAll.errors + bareAll.timeouts,
      bare_wrong_bodies: bareAll.mismatches,
    });
  } finally {
    await bare?.stop().catch(() => undefined);
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
    process.stderr.write(`gateway benchmark failed: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exit(1);
  },
);
