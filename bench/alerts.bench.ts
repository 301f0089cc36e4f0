import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { Client as WsClient, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createDataSource } from '@yntymak/database';
import { QueueName, createQueue } from '@yntymak/outbox';
import { bootstrapCoordinator } from '@yntymak/tenancy';
import { locateReferenceData } from '../libs/geography/src/seed/locate-reference-data';
import { seedReferenceData } from '../libs/geography/src/seed/seed-reference-data';
import { buildSearchText } from '../libs/projects/src/domain/search-text';
import { bulkLoadProjects } from './support/bulk-load-projects';
import { computePercentiles, percentileOfSorted, round } from './support/compute-percentiles';
import { BENCH_REDIS_URL, createFreshDatabase, dropDatabase } from './support/create-fresh-database';
import { databaseCpuMs } from './support/database-cpu';
import { printProgress, printResult } from './support/print-progress';
import { ServerProcess, startServerProcess } from './support/start-server-process';
import { Organisations, ProjectGenerator, RefUnit, SyntheticProject, loadReferenceData, seededRandom } from './support/synthetic-projects';
import { startWebhookReceiver } from './support/webhook-receiver';
import { measureWebhookThroughput } from './support/measure-webhook-throughput';
import { intFromEnv } from './support/bench-settings';
import { sampleWaitEvents } from './support/sample-wait-events';
import { busyPercent, machineCpu } from './support/machine-cpu';
import { availableParallelism } from 'node:os';

/**
 * Overlap alerts end to end (issue 6, "Benchmark"): 2 gateway and 2 worker processes (the real
 * apps, NODE_ENV=production, logging off, each in its own process), one Postgres, one Redis.
 *
 * Donor B holds projects in a set of ayil aimaks (two per aimak, one theme and intervention each,
 * 2025–2027), among a few thousand other projects of ten donors; all are bulk-loaded. Donor B
 * listens on the `alertReceived` graphql-ws subscription of gateway 2 (authenticated at
 * connection_init). Donor A then registers projects through createProject on gateway 1 at a
 * steady 50 per second for 60 seconds (open loop: each write starts on schedule, whether or not
 * earlier ones finished), each in one of B's aimaks with B's theme, intervention and period there,
 * so each should overlap B's projects there. For each alert B receives, the latency is the time
 * from the createProject response (just after the commit) to the alert's arrival on the
 * subscription, matched by the project ids in the alert's projects list; both times are taken in
 * this process. The path measured: commit → NOTIFY → outbox relay → BullMQ → detection (which writes
 * the overlap and its alerts in one transaction) → relay → BullMQ → publish to Redis → gateway 2 →
 * websocket.
 *
 * Webhooks: B and the coordinating agency each have a webhook (events '*') to a local receiver
 * (WEBHOOK_ALLOWED_HOSTS=127.0.0.1, http allowed by WEBHOOK_REQUIRE_HTTPS=false); every delivery's
 * first arrival is recorded during the writes and the drain (webhooks_sustained_per_s = deliveries
 * received / time from the first to the last arrival: what the writes offered, if the system kept
 * up). Then webhooks_per_s, the capacity: bench/support/measure-webhook-throughput.ts commits a
 * burst of BENCH_WEBHOOK_BURST (2,000) deliveries at once and times them to its own receiver
 * through the same running workers.
 *
 * Before the measured writes, BENCH_WARMUP_S (10; 0 skips it) seconds of writes at the same rate,
 * not counted, then a pause until the alerts stop arriving: pools, prepared statements, caches and
 * V8 warm up as in a running system. Without it the first ten seconds after the processes start
 * are slower (ADR 0011, "Measured").
 *
 * Environment: BENCH_RATE (50 creates/s), BENCH_SECONDS (60), BENCH_WARMUP_S (10), BENCH_BACKGROUND_PROJECTS (3000),
 * BENCH_TARGET_AIMAKS (150), BENCH_WEBHOOK_ORGS (b,coordinator; also a), BENCH_DRAIN_TIMEOUT_S
 * (180), BENCH_SEED (20261125), BENCH_KEEP_DATABASE, and WORKER_CONCURRENCY, DB_POOL_SIZE,
 * WEBHOOK_CONCURRENCY, OUTBOX_BATCH_SIZE, OUTBOX_POLL_INTERVAL_MS passed on to the apps when set.
 */

const DATABASE = 'ynt_bench_alerts';
const OTHER_DONORS = 8;
const IMPLEMENTERS = 2;
const PASS_ON = ['WORKER_CONCURRENCY', 'DB_POOL_SIZE', 'WEBHOOK_CONCURRENCY', 'OUTBOX_BATCH_SIZE', 'OUTBOX_POLL_INTERVAL_MS', 'AUTH_KEY_CACHE_TTL_MS'];

const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const CREATE_ORGANISATION = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } adminKey { secret } } }`;
const CREATE_WEBHOOK = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } secret } }`;
const SUBSCRIPTION = `subscription { alertReceived { id kind overlapId projects { projectId } } }`;


const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

interface Target {
  aimak: RefUnit;
  theme: string;
  intervention: string;
  label: string;
}

function human(code: string): string {
  const words = code.toLowerCase().split('_');
  return [words[0].charAt(0).toUpperCase() + words[0].slice(1), ...words.slice(1)].join(' ');
}

interface AlertMessage {
  alertReceived: { id: string; kind: string; overlapId: string | null; projects: Array<{ projectId: string | null }> };
}

interface Figures {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

function figures(values: readonly number[]): Figures {
  const d = computePercentiles(values);
  return { count: d.count, p50: round(d.p50), p90: round(d.p90), p99: round(d.p99), max: round(d.max), mean: round(d.mean) };
}

async function main(): Promise<void> {
  const rate = intFromEnv('BENCH_RATE', 50);
  const seconds = intFromEnv('BENCH_SECONDS', 60);
  const warmupSeconds = intFromEnv('BENCH_WARMUP_S', 10, 0);
  const background = intFromEnv('BENCH_BACKGROUND_PROJECTS', 3000, 0);
  const targetCount = intFromEnv('BENCH_TARGET_AIMAKS', 150);
  const drainTimeoutS = intFromEnv('BENCH_DRAIN_TIMEOUT_S', 180);
  const seed = intFromEnv('BENCH_SEED', 20261125);
  const webhookOrgs = (process.env.BENCH_WEBHOOK_ORGS ?? 'b,coordinator').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const prefix = `{ynt-bench-${randomBytes(4).toString('hex')}}`;
  const creates = rate * seconds;

  const servers: ServerProcess[] = [];
  const receiver = await startWebhookReceiver();
  let subscriber: WsClient | undefined;
  let owner: PgClient | undefined;
  try {
    printProgress(`creating and migrating database ${DATABASE}`);
    const db = await createFreshDatabase(DATABASE);
    const seedDs = await createDataSource({ url: db.ownerUrl, poolSize: 1, applicationName: 'bench-alerts-seed' }).initialize();
    let coordinatorSecret: string;
    try {
      const seeded = await seedReferenceData(seedDs, locateReferenceData(__dirname), { info: () => undefined, warn: (_obj, msg) => printProgress(`  seed warning: ${msg}`) });
      printProgress(`reference data ${seeded.releaseId} loaded`);
      coordinatorSecret = (await bootstrapCoordinator(seedDs, 'Coordination Agency (bench)')).secret;
    } finally {
      await seedDs.destroy();
    }

    // ---- the system: 2 gateways, 2 workers ----------------------------------------------------
    const appEnv: Record<string, string> = {
      DATABASE_URL: db.ownerUrl,
      REDIS_URL: BENCH_REDIS_URL,
      QUEUE_PREFIX: prefix,
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      WEBHOOK_REQUIRE_HTTPS: 'false',
      SHUTDOWN_DELAY_MS: '0',
      ...Object.fromEntries(PASS_ON.filter((k) => process.env[k]).map((k) => [k, process.env[k]!])),
    };
    const start = (entry: string) => startServerProcess(entry, { BENCH_APP_ENV: JSON.stringify(appEnv) }).then((s) => (servers.push(s), s));
    const [gateway1, gateway2] = await Promise.all([start('bench/support/serve-configured-gateway'), start('bench/support/serve-configured-gateway')]);
    const [worker1, worker2] = await Promise.all([start('bench/support/serve-worker'), start('bench/support/serve-worker')]);
    printProgress(
      `gateways at ${gateway1.url} (pid ${gateway1.pid}) and ${gateway2.url} (pid ${gateway2.pid}); workers pid ${worker1.pid} and ${worker2.pid}; ` +
        `queue prefix ${prefix}; app settings ${JSON.stringify(Object.fromEntries(Object.entries(appEnv).filter(([k]) => !k.endsWith('_URL'))))}`,
    );

    // ---- organisations, through the API -----------------------------------------------------
    const register = async (name: string, kind: string) =>
      (await gql<{ createOrganisation: { organisation: { id: string }; adminKey: { secret: string } } }>(gateway1.url, coordinatorSecret, CREATE_ORGANISATION, { input: { name, kind } })).createOrganisation;
    const a = await register('Donor A (bench)', 'DONOR');
    const b = await register('Donor B (bench)', 'DONOR');
    const others = [];
    for (let i = 1; i <= OTHER_DONORS; i++) others.push(await register(`Donor ${String(i).padStart(2, '0')} (bench)`, 'DONOR'));
    const implementers = [];
    for (let i = 1; i <= IMPLEMENTERS; i++) implementers.push((await register(`Implementing Partner ${i} (bench)`, 'IMPLEMENTER')).organisation.id);
    const donors = [a, b, ...others].map((d, i) => ({ id: d.organisation.id, iatiPrefix: `XM-DAC-${42100 + i}`, weight: 1 / (i + 1) }));
    const orgs: Organisations = { donors, implementers };
    printProgress(`registered donors A, B, ${OTHER_DONORS} others and ${IMPLEMENTERS} implementers through createOrganisation on gateway 1`);

    // ---- existing projects: background, and B's in the target aimaks ----------------------------
    owner = new PgClient({ connectionString: db.ownerUrl, application_name: 'bench-alerts-owner' });
    await owner.connect();
    const ref = await loadReferenceData(owner);
    const random = seededRandom(seed + 3);
    const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
    const withThemes = ref.interventions.filter((i) => i.themes.length > 0);
    const aimaks = [...ref.aimaks].sort(() => random() - 0.5).slice(0, Math.min(targetCount, ref.aimaks.length));
    const targets: Target[] = aimaks.map((aimak) => {
      const intervention = pick(withThemes);
      return { aimak, theme: intervention.themes[0], intervention: intervention.code, label: human(intervention.code) };
    });
    const now = new Date().toISOString();
    const bProjects: SyntheticProject[] = targets.flatMap((t, i) =>
      [0, 1].map((k) => {
        const title = { en: `${t.label} for low-income households in ${t.aimak.names.en}${k ? ', second phase' : ''}`, ru: `${t.label} — ${t.aimak.names.ru}` };
        return {
          id: randomUUID(),
          organisationId: b.organisation.id,
          status: 'ACTIVE',
          visibility: 'PUBLISHED',
          title,
          description: {},
          startDate: k ? '2025-09-01' : '2025-03-01',
          endDate: k ? '2027-12-31' : '2027-06-30',
          budget: { amount: 250_000 + 1000 * i, currency: 'USD', confidential: false },
          coverage: [t.aimak.id],
          themes: [t.theme],
          interventions: [t.intervention],
          targetGroups: [{ code: 'LOW_INCOME_HOUSEHOLDS', people: null, households: 200 + i }],
          parties: [],
          iatiIdentifier: null,
          createdAt: now,
          archivedAt: null,
          searchText: buildSearchText(title, {}),
        } satisfies SyntheticProject;
      }),
    );
    const generator = new ProjectGenerator(ref, orgs, seed);
    const existing = [...bProjects, ...Array.from({ length: background }, (_, i) => generator.project(i + 1))];
    printProgress(`loading ${existing.length} existing projects (${bProjects.length} of B in ${targets.length} ayil aimaks, ${background} of all donors) through the bulk path; they are not detected`);
    await bulkLoadProjects(db.ownerUrl, existing.length, (serial) => existing[serial - 1], { connections: 1 });
    await owner.query('VACUUM (ANALYZE) projects, project_units, project_themes, project_unit_index');

    // ---- webhooks and the subscriber -----------------------------------------------------------
    const hookOwners: Record<string, string> = { a: a.adminKey.secret, b: b.adminKey.secret, coordinator: coordinatorSecret };
    for (const who of webhookOrgs) {
      if (!hookOwners[who]) throw new Error(`BENCH_WEBHOOK_ORGS: unknown "${who}" (a, b, coordinator)`);
      await gql(gateway1.url, hookOwners[who], CREATE_WEBHOOK, { input: { url: `${receiver.url}/hooks/${who}`, events: ['*'] } });
    }
    printProgress(`webhooks (events '*') to the local receiver ${receiver.url} for: ${webhookOrgs.join(', ')}`);

    const bIds = new Set(bProjects.map((p) => p.id));
    const committedAt = new Map<string, number>();
    /** Alerts that arrived before the response of their create came back (projectId → arrival). */
    const early = new Map<string, number[]>();
    const latencies: number[] = [];
    const firstLatency = new Map<string, number>();
    const alertIds = new Set<string>();
    let duplicates = 0;
    let unmatched = 0;
    let counting = false;
    const record = (projectId: string, latency: number) => {
      if (!counting) return;
      latencies.push(latency);
      if (!firstLatency.has(projectId) || firstLatency.get(projectId)! > latency) firstLatency.set(projectId, latency);
    };
    const onAlert = (message: AlertMessage) => {
      const arrived = performance.now();
      const alert = message.alertReceived;
      if (alertIds.has(alert.id)) return void (duplicates += 1);
      alertIds.add(alert.id);
      const mine = alert.projects.map((p) => p.projectId).filter((id): id is string => !!id);
      const projectId = mine.find((id) => committedAt.has(id) || early.has(id)) ?? mine.find((id) => !bIds.has(id));
      if (!projectId) return void (unmatched += 1);
      const at = committedAt.get(projectId);
      if (at === undefined) early.set(projectId, [...(early.get(projectId) ?? []), arrived]);
      else record(projectId, arrived - at);
    };
    const wsUrl = gateway2.url.replace(/^http/, 'ws');
    const subscribed = new Promise<void>((resolve, reject) => {
      subscriber = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${b.adminKey.secret}` },
        retryAttempts: 0,
        on: { connected: () => resolve(), closed: (e) => reject(new Error(`subscription closed: ${JSON.stringify(e)}`)) },
      });
      subscriber.subscribe<AlertMessage['alertReceived']>(
        { query: SUBSCRIPTION },
        {
          next: (v) => v.data && onAlert(v.data as unknown as AlertMessage),
          error: (e) => printProgress(`subscription error: ${JSON.stringify(e)}`),
          complete: () => printProgress('subscription completed'),
        },
      );
    });
    await subscribed;
    await sleep(300);
    printProgress(`donor B subscribed to alertReceived on gateway 2 (${wsUrl})`);

    // ---- writes ------------------------------------------------------------------------------
    let serial = 0;
    const input = (i: number) => {
      const t = targets[i % targets.length];
      serial += 1;
      return {
        title: { en: `${t.label} for poor families in ${t.aimak.names.en} (${serial})`, ru: `${t.label}: ${t.aimak.names.ru}` },
        status: 'ACTIVE',
        startDate: '2025-06-01',
        endDate: '2027-03-31',
        coverage: [t.aimak.id],
        themes: [t.theme],
        interventions: [t.intervention],
        targetGroups: [{ code: 'LOW_INCOME_HOUSEHOLDS', households: 150 }],
      };
    };
    const failures: string[] = [];
    const createLatencies: number[] = [];
    const createOne = async (i: number) => {
      const started = performance.now();
      try {
        const { createProject } = await gql<{ createProject: { id: string } }>(gateway1.url, a.adminKey.secret, CREATE, { input: input(i) });
        const at = performance.now();
        createLatencies.push(at - started);
        committedAt.set(createProject.id, at);
        for (const arrived of early.get(createProject.id) ?? []) record(createProject.id, Math.max(0, arrived - at));
        early.delete(createProject.id);
        return createProject.id;
      } catch (error) {
        failures.push((error as Error).message);
        return undefined;
      }
    };
    /** Open loop: write i starts at i / rate seconds, whether or not earlier ones finished. */
    const writeAtRate = async (count: number, perSecond: number, offset: number): Promise<string[]> => {
      const ids: Array<Promise<string | undefined>> = [];
      const started = performance.now();
      let lastSaid = performance.now();
      for (let i = 0; i < count; i++) {
        const due = started + (i * 1000) / perSecond;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        ids.push(createOne(offset + i));
        if (performance.now() - lastSaid > 10_000) {
          lastSaid = performance.now();
          const so = figures(latencies);
          printProgress(`  ${i + 1}/${count} creates started; ${latencies.length} alerts received so far, p50 ${so.p50} ms, p99 ${so.p99} ms; ${receiver.deliveries.length} webhook deliveries`);
        }
      }
      return (await Promise.all(ids)).filter((id): id is string => !!id);
    };

    const warmCount = Math.min(20, creates);
    printProgress(`warm-up: ${warmCount} creates at 5/s (not counted), waiting for their alerts`);
    const warmIds = await writeAtRate(warmCount, 5, 0);
    const warmDeadline = Date.now() + 60_000;
    while (Date.now() < warmDeadline && alertIds.size < warmIds.length) await sleep(200);
    printProgress(`  ${alertIds.size} alerts for B after the warm-up (${warmIds.length} creates)`);
    if (alertIds.size === 0) throw new Error('no alert reached the subscriber during the warm-up: the pipeline does not work end to end');
    await sleep(2000);
    let offset = warmCount;
    if (warmupSeconds) {
      printProgress(`warm-up at the full rate: ${rate}/s for ${warmupSeconds} s (not counted), then until the alerts stop arriving`);
      offset += (await writeAtRate(rate * warmupSeconds, rate, offset)).length;
      const quietDeadline = Date.now() + 120_000;
      let seen = -1;
      while (Date.now() < quietDeadline && alertIds.size !== seen) {
        seen = alertIds.size;
        await sleep(2000);
      }
      printProgress(`  ${alertIds.size} alerts for B after the warm-up; ${failures.length} warm-up creates failed`);
      failures.length = 0;
      createLatencies.length = 0;
    }

    const dlq = createQueue(QueueName.DomainEvents, BENCH_REDIS_URL, prefix);
    const whq = createQueue(QueueName.WebhookDeliveries, BENCH_REDIS_URL, prefix);
    const countsBefore = await dlq.getJobCounts('failed');
    const receivedBefore = receiver.deliveries.length;
    const cpuBefore = await Promise.all(servers.map((s) => s.cpuMicros()));
    const dbCpuBefore = await databaseCpuMs(owner, DATABASE);
    printProgress(`load: ${creates} createProject by donor A on gateway 1, ${rate}/s for ${seconds} s (open loop); B listens on gateway 2`);
    counting = true;
    const sampler = sampleWaitEvents(db.ownerUrl, DATABASE);
    const machineBefore = machineCpu();
    const loadStarted = performance.now();
    const ids = await writeAtRate(creates, rate, offset);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const machineBusy = busyPercent(machineBefore, machineCpu());
    const waits = await sampler.stop();
    printProgress(`  the machine's CPU during the writes: ${machineBusy} % busy (all ${availableParallelism()} cores, every process: the apps, Postgres, Redis and this benchmark's clients)`);
    const sampled = waits.reduce((a, w) => a + w.samples, 0);
    printProgress(`  where the database's busy connections were during the writes (pg_stat_activity every 50 ms; ${sampled} backend samples), top 12:`);
    for (const w of waits.slice(0, 12)) printProgress(`    ${String(w.samples).padStart(6)}  ${w.application} | ${w.state} | ${w.wait} | ${w.query}`);
    const loadEnded = performance.now();
    const receivedDuringLoad = receiver.deliveries.length - receivedBefore;
    printProgress(`  writes done in ${round(loadSeconds, 1)} s: ${ids.length} created, ${failures.length} failed; draining (up to ${drainTimeoutS} s)`);

    // ---- drain: until the outbox, both queues and the pending deliveries are empty ------------
    const drainDeadline = Date.now() + drainTimeoutS * 1000;
    let quietSince = 0;
    let lastSaid = Date.now();
    for (;;) {
      const [{ rows }, events, hooks] = await Promise.all([
        owner.query<{ unrelayed: string; pending: string }>(
          `SELECT (SELECT count(*) FROM outbox_events WHERE relayed_at IS NULL) AS unrelayed, (SELECT count(*) FROM webhook_deliveries WHERE status = 'PENDING') AS pending`,
        ),
        dlq.getJobCounts('waiting', 'active', 'delayed', 'prioritized'),
        whq.getJobCounts('waiting', 'active', 'delayed', 'prioritized'),
      ]);
      const busy = Number(rows[0].unrelayed) + Number(rows[0].pending) + Object.values(events).reduce((x, y) => x + y, 0) + Object.values(hooks).reduce((x, y) => x + y, 0);
      if (busy === 0) {
        if (!quietSince) quietSince = Date.now();
        if (Date.now() - quietSince > 2000) break;
      } else quietSince = 0;
      if (Date.now() > drainDeadline) {
        printProgress(`  drain timed out: ${rows[0].unrelayed} unrelayed outbox rows, ${rows[0].pending} pending deliveries, domain-events ${JSON.stringify(events)}, webhook queue ${JSON.stringify(hooks)}`);
        break;
      }
      if (Date.now() - lastSaid > 5000) {
        lastSaid = Date.now();
        printProgress(`  draining: ${rows[0].unrelayed} unrelayed outbox rows, ${rows[0].pending} pending deliveries, domain-events ${JSON.stringify(events)}, webhook queue ${JSON.stringify(hooks)}; ${latencies.length} alerts received`);
      }
      await sleep(250);
    }
    const drainSeconds = (performance.now() - loadEnded) / 1000;
    const cpuAfter = await Promise.all(servers.map((s) => s.cpuMicros()));
    const dbCpuMs = (await databaseCpuMs(owner, DATABASE)) - dbCpuBefore;
    counting = false;

    // ---- figures -------------------------------------------------------------------------------
    const all = figures(latencies);
    const first = figures(ids.map((id) => firstLatency.get(id)).filter((x): x is number => x !== undefined));
    const withoutAlert = ids.filter((id) => !firstLatency.has(id)).length;
    const [stored] = (
      await owner.query<{ b_alerts: string; overlaps: string; alerts: string; deliveries: string; succeeded: string; failed: string }>(
        `SELECT (SELECT count(*) FROM alerts WHERE organisation_id = $1 AND created_at >= now() - make_interval(secs => $2)) AS b_alerts,
                (SELECT count(*) FROM project_overlaps) AS overlaps, (SELECT count(*) FROM alerts) AS alerts,
                (SELECT count(*) FROM webhook_deliveries) AS deliveries, (SELECT count(*) FROM webhook_deliveries WHERE status = 'SUCCEEDED') AS succeeded,
                (SELECT count(*) FROM webhook_deliveries WHERE status NOT IN ('SUCCEEDED', 'PENDING')) AS failed`,
        [b.organisation.id, Math.ceil(loadSeconds + drainSeconds + 1)],
      )
    ).rows;
    const [bAlertsForLoad] = (
      await owner.query<{ n: string; projects: string }>(
        `SELECT count(*) AS n, count(DISTINCT p.project_id) AS projects FROM alerts al
           JOIN project_overlaps o ON o.id = al.overlap_id
           JOIN LATERAL (VALUES (o.project_a_id), (o.project_b_id)) AS p(project_id) ON p.project_id = ANY($2::uuid[])
          WHERE al.organisation_id = $1`,
        [b.organisation.id, ids],
      )
    ).rows;
    const failedJobs = (await dlq.getJobCounts('failed')).failed - countsBefore.failed;
    const failedSamples = failedJobs > 0 ? (await dlq.getFailed(0, 4)).map((j) => `${j.name}: ${j.failedReason}`) : [];
    // Jobs that failed an attempt and wait for their retry, by reason: why an alert is late or missing.
    const retrying = new Map<string, number>();
    let retried = 0;
    for (const queue of [dlq, whq]) {
      for (const job of await queue.getJobs(['delayed', 'completed', 'failed', 'waiting', 'active'], 0, 20_000)) {
        if (!job || job.attemptsMade === 0 || !job.failedReason) continue;
        if (job.attemptsMade > 0) retried += 1;
        const key = `${queue.name} ${job.name}: ${job.failedReason.slice(0, 120)}`;
        retrying.set(key, (retrying.get(key) ?? 0) + 1);
      }
    }
    const deliveries = receiver.deliveries;
    const lags = deliveries.map((d) => d.lagMs).filter((x) => Number.isFinite(x));
    const span = deliveries.length > 1 ? (deliveries[deliveries.length - 1].at - deliveries[0].at) / 1000 : Number.NaN;
    const webhooksPerS = deliveries.length / span;
    const cpu = servers.map((s, i) => round((cpuAfter[i] - cpuBefore[i]) / 1000 / (loadSeconds + drainSeconds) / 10, 1));
    const createLatency = figures(createLatencies);

    printProgress(
      `alerts to B on gateway 2, commit → arrival: p50 ${all.p50} ms, p90 ${all.p90} ms, p99 ${all.p99} ms, max ${all.max} ms (n=${all.count}) ` +
        `(targets p50 ≤ 300 ms ${all.p50 <= 300 ? 'met' : 'MISSED'}, p99 ≤ 1,500 ms ${all.p99 <= 1500 ? 'met' : 'MISSED'})`,
    );
    printProgress(`  first alert per create: p50 ${first.p50} ms, p99 ${first.p99} ms (n=${first.count}); ${withoutAlert} of ${ids.length} creates brought B no alert on the subscription`);
    printProgress(
      `  in the database: ${bAlertsForLoad.n} alerts for B about ${bAlertsForLoad.projects} of the ${ids.length} new projects; received on the subscription ${latencies.length} ` +
        `(${duplicates} repeated, ${unmatched} unmatched); ${stored.overlaps} overlaps, ${stored.alerts} alerts in all`,
    );
    printProgress(`  createProject on gateway 1: p50 ${createLatency.p50} ms, p99 ${createLatency.p99} ms; ${failures.length} failed${failures.length ? ` (first: ${failures[0]})` : ''}`);
    printProgress(`  domain-event jobs failed for good during the run: ${failedJobs}${failedSamples.length ? `; e.g. ${failedSamples.join(' | ')}` : ''}`);
    printProgress(`  jobs with at least one failed attempt (retried, or waiting for a retry): ${retried}`);
    for (const [reason, n] of [...retrying.entries()].sort((x, y) => y[1] - x[1]).slice(0, 6)) printProgress(`    ${n} × ${reason}`);
    printProgress(
      `webhooks: ${deliveries.length} deliveries received (${receivedDuringLoad} during the ${round(loadSeconds, 0)} s of writes), ${receiver.repeats} repeats, ${receiver.unsigned} unsigned; ` +
        `${round(webhooksPerS, 1)} deliveries/s from first to last arrival (${round(span, 1)} s); creation → arrival p50 ${round(percentileOfSorted([...lags].sort((x, y) => x - y), 50))} ms, ` +
        `p99 ${round(percentileOfSorted([...lags].sort((x, y) => x - y), 99))} ms; in the database ${stored.deliveries} deliveries, ${stored.succeeded} succeeded, ${stored.failed} failed or dead`,
    );
    printProgress(`CPU over writes + drain (${round(loadSeconds + drainSeconds, 1)} s), % of one core: gateway 1 ${cpu[0]}, gateway 2 ${cpu[1]}, worker 1 ${cpu[2]}, worker 2 ${cpu[3]}; Postgres ${round(dbCpuMs / (loadSeconds + drainSeconds) / 10, 1)} (backends of this database)`);

    // ---- webhook throughput: a burst of deliveries through the same running system ------------
    const burst = intFromEnv('BENCH_WEBHOOK_BURST', 2000);
    printProgress(`webhook throughput: ${burst} deliveries committed at once, through the running workers to a local receiver (bench/support/measure-webhook-throughput.ts)`);
    let burstPerS: number | null = null;
    let burstError: string | null = null;
    const burstCpuBefore = await Promise.all(servers.map((s) => s.cpuMicros()));
    const burstStarted = performance.now();
    try {
      burstPerS = await measureWebhookThroughput({ ownerDatabaseUrl: db.ownerUrl, deliveries: burst, timeoutMs: drainTimeoutS * 1000, progress: printProgress });
      printProgress(`  ${burstPerS} deliveries/s`);
    } catch (error) {
      burstError = (error as Error).message;
      printProgress(`  webhook throughput measurement failed: ${burstError}`);
    }
    const burstSeconds = (performance.now() - burstStarted) / 1000;
    const burstCpu = (await Promise.all(servers.map((s) => s.cpuMicros()))).map((c, i) => round((c - burstCpuBefore[i]) / 1000 / burstSeconds / 10, 1));
    printProgress(`  CPU during the burst, % of one core: workers ${burstCpu[2]} and ${burstCpu[3]}`);

    printResult({
      bench: 'alerts',
      p50_ms: all.p50,
      p99_ms: all.p99,
      webhooks_per_s: burstPerS,
      webhooks_burst: burst,
      webhooks_burst_error: burstError,
      webhooks_sustained_per_s: round(webhooksPerS, 1),
      alerts_received: all.count,
      warmup_s: warmupSeconds,
      p90_ms: all.p90,
      max_ms: all.max,
      first_alert_p50_ms: first.p50,
      first_alert_p99_ms: first.p99,
      creates: ids.length,
      create_failures: failures.length,
      creates_without_alert: withoutAlert,
      rate_per_s: rate,
      seconds,
      create_p50_ms: createLatency.p50,
      create_p99_ms: createLatency.p99,
      failed_event_jobs: failedJobs,
      jobs_with_failed_attempts: retried,
      webhook_deliveries: deliveries.length,
      webhook_repeats: receiver.repeats,
      webhook_lag_p50_ms: round(percentileOfSorted([...lags].sort((x, y) => x - y), 50)),
      webhook_lag_p99_ms: round(percentileOfSorted([...lags].sort((x, y) => x - y), 99)),
      webhook_orgs: webhookOrgs.join(','),
      drain_seconds: round(drainSeconds, 1),
      machine_busy_pct: machineBusy,
    });
    await dlq.close();
    await whq.close();
  } finally {
    await subscriber?.dispose();
    await owner?.end().catch(() => undefined);
    await Promise.all(servers.map((s) => s.stop().catch(() => undefined)));
    await receiver.close();
    for (const name of [QueueName.DomainEvents, QueueName.WebhookDeliveries, QueueName.Schedules]) {
      const queue = createQueue(name, BENCH_REDIS_URL, prefix);
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close().catch(() => undefined);
    }
    if (!process.env.BENCH_KEEP_DATABASE) await dropDatabase(DATABASE).catch((e) => printProgress(`could not drop ${DATABASE}: ${(e as Error).message}`));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`alerts benchmark failed: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exit(1);
  },
);
