import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Client } from 'pg';
import pino from 'pino';
import { QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { loadConfig } from '@yntymak/config';
import { Principal } from '@yntymak/context';
import { TenantDb, createDataSource } from '@yntymak/database';
import { EventType, OutboxRelay, QueueName, appendEvent, createQueue, redisConnectionOptions } from '@yntymak/outbox';
import { Authenticator, KeyCache, bootstrapCoordinator } from '@yntymak/tenancy';
import { computePercentiles, round } from './support/compute-percentiles';
import { BENCH_REDIS_URL, createFreshDatabase, dropDatabase } from './support/create-fresh-database';
import { printProgress, printResult } from './support/print-progress';
import { intFromEnv } from './support/bench-settings';

/**
 * The transactional outbox, end to end on real Postgres and Redis.
 *
 * Phase A, throughput: 50,000 events are written while the relay is stopped; then the relay
 * starts and the clock runs until every one is relayed (relayed_at set and the job in BullMQ).
 *
 * Phase B, latency: with the relay running, domain writes at a steady rate, each one transaction
 * of the application role through TenantDb.runAs + appendEvent, as the gateway does. For each
 * event: commit time = when runAs resolved (COMMIT acknowledged) in the writer; enqueue time = the
 * Redis time at which BullMQ recorded the job's "added" event (the id of the queue's event-stream
 * entry), read with a QueueEvents listener. Both clocks are this machine's.
 *
 * Environment: BENCH_EVENTS (50000), BENCH_WRITE_RATE (200 per second), BENCH_WRITE_SECONDS (15),
 * OUTBOX_BATCH_SIZE / OUTBOX_POLL_INTERVAL_MS (the relay's settings, as in production: 500 / 1000),
 * BENCH_LOG_LEVEL (warn; the relay's log, on stderr), BENCH_VACUUM_BETWEEN (unset; when set, VACUUM
 * outbox_events between the phases, to see phase B without phase A's 50,000 dead index entries).
 */

const DATABASE = 'ynt_bench_outbox';
const INSERT_CHUNK = 5_000;


const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the check is true, printing what it says every second. */
async function waitUntil(what: string, timeoutMs: number, check: () => boolean, say: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastSaid = Date.now();
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (${say()})`);
    await sleep(5);
    if (Date.now() - lastSaid >= 1000) {
      printProgress(`  ${say()}`);
      lastSaid = Date.now();
    }
  }
}

interface WriteRecord {
  scheduledAt: number;
  committedAt?: number;
  eventId?: string;
}

/**
 * Open-loop writes: write i is started at start + i / rate whether or not earlier ones finished, so
 * a slow commit shows up as latency instead of quietly lowering the rate.
 */
async function writeAtRate(count: number, ratePerS: number, write: (i: number) => Promise<string>, records: WriteRecord[], errors: unknown[]): Promise<void> {
  const started = performance.now();
  const inFlight: Array<Promise<void>> = [];
  let next = 0;
  let lastSaid = Date.now();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(count, Math.floor(((performance.now() - started) * ratePerS) / 1000) + 1);
      while (next < due) {
        const record: WriteRecord = { scheduledAt: Date.now() };
        records.push(record);
        inFlight.push(
          write(next).then(
            (eventId) => {
              record.committedAt = Date.now();
              record.eventId = eventId;
            },
            (error: unknown) => void errors.push(error),
          ),
        );
        next += 1;
      }
      if (Date.now() - lastSaid >= 5000) {
        printProgress(`  ${next}/${count} writes started`);
        lastSaid = Date.now();
      }
      if (next >= count) return resolve();
      setTimeout(tick, Math.max(0, (next * 1000) / ratePerS - (performance.now() - started)));
    };
    tick();
  });
  await Promise.all(inFlight);
}

async function main(): Promise<void> {
  const events = intFromEnv('BENCH_EVENTS', 50_000);
  const writeRate = intFromEnv('BENCH_WRITE_RATE', 200);
  const writeSeconds = intFromEnv('BENCH_WRITE_SECONDS', 15);
  const prefix = `{ynt-bench-${randomBytes(4).toString('hex')}}`;
  const logger = pino({ level: process.env.BENCH_LOG_LEVEL ?? 'warn', base: { service: 'bench-outbox' } }, pino.destination(2));

  printProgress(`creating and migrating database ${DATABASE}`);
  const db = await createFreshDatabase(DATABASE);
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: db.ownerUrl,
    REDIS_URL: BENCH_REDIS_URL,
    QUEUE_PREFIX: prefix,
    OUTBOX_BATCH_SIZE: process.env.OUTBOX_BATCH_SIZE,
    OUTBOX_POLL_INTERVAL_MS: process.env.OUTBOX_POLL_INTERVAL_MS,
  });
  const queue = createQueue(QueueName.DomainEvents, config.redisUrl, config.queuePrefix);
  // Time spent inside the relay's enqueue (Redis), to split phase A between Redis and Postgres.
  let enqueueMs = 0;
  const addBulk = queue.addBulk.bind(queue);
  queue.addBulk = async (jobs) => {
    const started = performance.now();
    try {
      return await addBulk(jobs);
    } finally {
      enqueueMs += performance.now() - started;
    }
  };
  let relayed = 0;
  let batches = 0;
  const relay = new OutboxRelay({
    ownerDatabaseUrl: config.databaseUrl,
    queue,
    logger,
    batchSize: config.outbox.batchSize,
    pollIntervalMs: config.outbox.pollIntervalMs,
    onRelayed: (n) => {
      relayed += n;
      batches += 1;
    },
  });
  const owner = new Client({ connectionString: db.ownerUrl, application_name: 'bench-outbox-owner' });
  let ownerDs: DataSource | undefined;
  let appDs: DataSource | undefined;
  let queueEvents: QueueEvents | undefined;
  try {
    await owner.connect();
    const count = async (sql: string) => Number((await owner.query<{ n: string }>(sql)).rows[0].n);

    // ---- Phase A: throughput -------------------------------------------------------------
    printProgress(`phase A: inserting ${events} outbox events with the relay stopped (batch size ${config.outbox.batchSize}, queue prefix ${prefix})`);
    const insertStarted = performance.now();
    for (let from = 1; from <= events; from += INSERT_CHUNK) {
      const to = Math.min(events, from + INSERT_CHUNK - 1);
      await owner.query(
        `INSERT INTO outbox_events (type, aggregate_type, aggregate_id, payload)
         SELECT $1, 'bench', g::text, jsonb_build_object('n', g) FROM generate_series($2::int, $3::int) AS g`,
        [EventType.ApiKeyCreated, from, to],
      );
      printProgress(`  inserted ${to}/${events} (${round(to / ((performance.now() - insertStarted) / 1000), 0)} rows/s)`);
    }
    const pendingBefore = await count(`SELECT count(*) AS n FROM outbox_events WHERE relayed_at IS NULL`);
    if (pendingBefore !== events) throw new Error(`expected ${events} pending events, found ${pendingBefore}`);

    printProgress(`phase A: starting the relay; waiting for all ${events} events to be relayed`);
    const relayStarted = performance.now();
    enqueueMs = 0;
    relay.start();
    await waitUntil(`${events} events relayed`, 600_000, () => relayed >= events, () => {
      const s = (performance.now() - relayStarted) / 1000;
      return `${relayed}/${events} relayed in ${round(s, 1)} s (${round(relayed / s, 0)} events/s)`;
    });
    const relaySeconds = (performance.now() - relayStarted) / 1000;
    const enqueueSeconds = enqueueMs / 1000;
    const eventsPerS = events / relaySeconds;
    const [pendingAfter, queued] = await Promise.all([count(`SELECT count(*) AS n FROM outbox_events WHERE relayed_at IS NULL`), queue.count()]);
    printProgress(
      `phase A: ${events} events relayed in ${round(relaySeconds, 2)} s = ${round(eventsPerS, 0)} events/s (${batches} batches); ` +
        `right after: ${pendingAfter} unrelayed rows, ${queued} jobs waiting in BullMQ (target ≥ 5,000 events/s: ${eventsPerS >= 5000 ? 'met' : 'MISSED'})`,
    );
    printProgress(`  of which inside queue.addBulk (Redis): ${round(enqueueSeconds, 2)} s (${round((100 * enqueueSeconds) / relaySeconds, 0)}%); the rest is Postgres (select, update) and the relay's own work`);
    if (pendingAfter !== 0 || queued !== events) throw new Error(`phase A did not end clean: ${pendingAfter} unrelayed rows, ${queued} jobs in the queue (expected 0 and ${events})`);

    // ---- Phase B: commit → enqueue latency --------------------------------------------------
    if (process.env.BENCH_VACUUM_BETWEEN) {
      printProgress('BENCH_VACUUM_BETWEEN: vacuuming outbox_events before phase B');
      await owner.query('VACUUM outbox_events');
    }
    printProgress('phase B: bootstrapping a coordinating agency and its key; the relay keeps running');
    ownerDs = await createDataSource({ url: db.ownerUrl, poolSize: 1, applicationName: 'bench-bootstrap' }).initialize();
    const { secret } = await bootstrapCoordinator(ownerDs, 'Coordination Agency (bench)');
    appDs = await createDataSource({ url: db.appUrl, poolSize: config.dbPoolSize, applicationName: 'bench-outbox-writer' }).initialize();
    const principal: Principal = await new Authenticator(appDs, new KeyCache(0)).authenticate(`Bearer ${secret}`);
    const tenantDb = new TenantDb(appDs);

    const addedAt = new Map<string, { streamMs: number; seenMs: number }>();
    // Reading from a stream id of "now" (not "$") makes the listener see every later event even if
    // its first blocking read is issued after the writes begin.
    queueEvents = new QueueEvents(QueueName.DomainEvents, { connection: redisConnectionOptions(config.redisUrl, true), prefix, lastEventId: `${Date.now()}-0` });
    queueEvents.on('added', ({ jobId }: { jobId: string }, id: string) => {
      addedAt.set(jobId, { streamMs: Number(id.split('-')[0]), seenMs: Date.now() });
    });
    await queueEvents.waitUntilReady();
    // Before writing, make sure the listener demonstrably sees an add.
    const probeId = `bench-probe-${randomBytes(4).toString('hex')}`;
    await queue.add('bench.probe', {}, { jobId: probeId });
    await waitUntil('the QueueEvents listener to see a probe job', 10_000, () => addedAt.has(probeId), () => 'waiting for the probe job');

    const write = (i: number) =>
      tenantDb.runAs(principal, (tx) => appendEvent(tx, { type: EventType.ApiKeyCreated, aggregateType: 'bench', aggregateId: `w${i}`, payload: { i } }));

    const warmupWrites = Math.max(1, Math.round(writeRate / 2));
    printProgress(`phase B: warm-up, ${warmupWrites} writes at ${writeRate}/s (not counted)`);
    const warmErrors: unknown[] = [];
    await writeAtRate(warmupWrites, writeRate, write, [], warmErrors);
    if (warmErrors.length) throw warmErrors[0];
    await sleep(500);

    const total = writeRate * writeSeconds;
    printProgress(`phase B: ${total} writes at ${writeRate}/s for ${writeSeconds} s, each one TenantDb.runAs transaction as ${new URL(db.appUrl).username}`);
    const records: WriteRecord[] = [];
    const errors: unknown[] = [];
    const loopResolutionMs = 5;
    const loopDelay = monitorEventLoopDelay({ resolution: loopResolutionMs });
    loopDelay.enable();
    const writesStarted = performance.now();
    await writeAtRate(total, writeRate, write, records, errors);
    const writesSeconds = (performance.now() - writesStarted) / 1000;
    loopDelay.disable();
    const committed = records.filter((r) => r.eventId);
    printProgress(`phase B: ${committed.length} writes committed in ${round(writesSeconds, 2)} s (${round(committed.length / writesSeconds, 1)}/s), ${errors.length} failed`);
    if (errors.length) printProgress(`  first failure: ${(errors[0] as Error)?.message ?? String(errors[0])}`);

    const waitMs = config.outbox.pollIntervalMs * 3 + 10_000;
    await waitUntil(
      'every committed event to be enqueued',
      waitMs,
      () => committed.every((r) => addedAt.has(r.eventId!)),
      () => `${committed.filter((r) => addedAt.has(r.eventId!)).length}/${committed.length} events seen in the queue`,
    ).catch((error: Error) => printProgress(`  ${error.message}`));

    const seen = committed.filter((r) => addedAt.has(r.eventId!));
    const latency = computePercentiles(seen.map((r) => addedAt.get(r.eventId!)!.streamMs - r.committedAt!));
    const latencySeen = computePercentiles(seen.map((r) => addedAt.get(r.eventId!)!.seenMs - r.committedAt!));
    const commitTime = computePercentiles(committed.map((r) => r.committedAt! - r.scheduledAt));

    // Cross-check with job.timestamp, which BullMQ sets when the relay calls addBulk.
    const byJobTimestamp: number[] = [];
    for (let i = 0; i < seen.length; i += 200) {
      const jobs = await Promise.all(seen.slice(i, i + 200).map((r) => queue.getJob(r.eventId!)));
      jobs.forEach((job, j) => job && byJobTimestamp.push(job.timestamp - seen[i + j].committedAt!));
    }
    const latencyJob = computePercentiles(byJobTimestamp);
    // The histogram holds whole timer intervals: the delay beyond the interval is the lag.
    const lagP99Ms = Math.max(0, loopDelay.percentile(99) / 1e6 - loopResolutionMs);

    printProgress(`phase B: commit → enqueue (Redis time of the "added" event): p50 ${latency.p50} ms, p90 ${latency.p90} ms, p99 ${latency.p99} ms, max ${latency.max} ms over ${latency.count} events`);
    printProgress(`  same, by job.timestamp: p50 ${latencyJob.p50} ms, p99 ${latencyJob.p99} ms, max ${latencyJob.max} ms; as seen by the listener: p50 ${latencySeen.p50} ms, p99 ${latencySeen.p99} ms`);
    printProgress(`  write transaction (start → commit acknowledged): p50 ${commitTime.p50} ms, p99 ${commitTime.p99} ms; this process's event-loop delay p99 ${round(lagP99Ms, 1)} ms`);
    printProgress(`  target p99 ≤ 100 ms: ${latency.p99 <= 100 ? 'met' : 'MISSED'}`);

    printResult({
      bench: 'outbox',
      events_per_s: round(eventsPerS, 0),
      p50_ms: latency.p50,
      p99_ms: latency.p99,
      events,
      latency_writes: committed.length,
      relay_seconds: round(relaySeconds, 2),
      enqueue_seconds: round(enqueueSeconds, 2),
      batch_size: config.outbox.batchSize,
      write_rate: writeRate,
      max_ms: latency.max,
      p99_ms_by_job_timestamp: latencyJob.p99,
      write_errors: errors.length,
      not_enqueued: committed.length - seen.length,
      event_loop_p99_ms: round(lagP99Ms, 1),
    });
  } finally {
    await relay.stop().catch(() => undefined);
    await queueEvents?.close().catch(() => undefined);
    await queue.obliterate({ force: true }).catch((e) => printProgress(`could not obliterate the bench queue: ${(e as Error).message}`));
    await queue.close().catch(() => undefined);
    await appDs?.destroy().catch(() => undefined);
    await ownerDs?.destroy().catch(() => undefined);
    await owner.end().catch(() => undefined);
    if (!process.env.BENCH_KEEP_DATABASE) await dropDatabase(DATABASE).catch((e) => printProgress(`could not drop ${DATABASE}: ${(e as Error).message}`));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`outbox benchmark failed: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exit(1);
  },
);
