import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { Principal } from '@yntymak/context';
import { TenantDb, createDataSource } from '@yntymak/database';
import { TestDatabase, createTestDatabase, waitFor } from '@yntymak/testing';
import { appendEvent } from './append-event';
import { createQueue } from './create-queue';
import { EventType } from './event-type';
import { OutboxRelay } from './outbox-relay';
import { QueueName } from './queue-name';

/** A Redis of this test's own, so that it can be killed and brought back. */
class DisposableRedis {
  private process?: ChildProcess;
  readonly port = 20000 + Math.floor(Math.random() * 20000);
  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitFor(
      async () => {
        const probe = new Redis(this.url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
        probe.on('error', () => undefined);
        try {
          await probe.connect();
          return (await probe.ping()) === 'PONG';
        } finally {
          probe.disconnect();
        }
      },
      'redis to start',
      10_000,
      100,
    );
  }

  async kill(): Promise<void> {
    const p = this.process;
    if (!p || p.exitCode !== null) return;
    await new Promise((resolve) => {
      p.once('exit', resolve);
      p.kill('SIGKILL');
    });
  }
}

describe('OutboxRelay', () => {
  let db: TestDatabase;
  let app: DataSource;
  let tenants: TenantDb;
  let principal: Principal;
  const redis = new DisposableRedis();
  let queue: Queue;
  const relays: OutboxRelay[] = [];
  const logger = pino({ level: 'silent' });
  const newRelay = () => {
    const relay = new OutboxRelay({ ownerDatabaseUrl: db.ownerUrl, queue, logger, batchSize: 25, pollIntervalMs: 100, enqueueTimeoutMs: 500 });
    relays.push(relay);
    return relay;
  };
  const write = (aggregateId: string, n: number) =>
    tenants.runAs(principal, (tx) => appendEvent(tx, { type: EventType.ApiKeyCreated, aggregateType: 'test', aggregateId, payload: { n } }));
  const pending = async () => Number((await db.sql<{ n: string }>('SELECT count(*) AS n FROM outbox_events WHERE relayed_at IS NULL'))[0].n);
  const jobIds = async () => (await queue.getJobs(['waiting', 'active', 'completed', 'failed', 'delayed'], 0, -1, true)).map((j) => j.id!);

  beforeAll(async () => {
    db = await createTestDatabase();
    const orgId = randomUUID();
    await db.sql(`INSERT INTO organisations (id, name, kind) VALUES ($1, 'Relay Org', 'COORDINATOR')`, [orgId]);
    principal = {
      organisationId: orgId,
      organisationKind: 'COORDINATOR',
      organisationName: 'Relay Org',
      organisationIatiIdentifier: null,
      organisationCreatedAt: new Date().toISOString(),
      apiKeyId: randomUUID(),
      role: 'ADMIN',
    };
    app = await createDataSource({ url: db.appUrl, poolSize: 4, applicationName: 'relay-test' }).initialize();
    tenants = new TenantDb(app);
    await redis.start();
    queue = createQueue(QueueName.DomainEvents, redis.url, `{relay-test-${randomUUID().slice(0, 8)}}`);
  });

  afterAll(async () => {
    for (const relay of relays) await relay.stop();
    await queue?.close();
    await redis.kill();
    await app?.destroy();
    await db?.drop();
  });

  it('relays committed events to BullMQ with the event id as job id, in order per aggregate', async () => {
    const relay = newRelay();
    relay.start();
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(await write(i % 2 ? 'agg-odd' : 'agg-even', i));
    await waitFor(async () => (await pending()) === 0 && (await queue.count()) === 30, 'all 30 events on the queue');
    const jobs = await queue.getJobs(['waiting'], 0, -1, true);
    expect(jobs.map((j) => j.id).sort()).toEqual([...ids].sort());
    const order = (agg: string) => jobs.filter((j) => j.data.aggregateId === agg).map((j) => j.data.payload.n as number);
    expect(order('agg-even')).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28]);
    expect(order('agg-odd')).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29]);
    expect(jobs[0].name).toBe(EventType.ApiKeyCreated);
    expect(jobs[0].data).toMatchObject({ type: EventType.ApiKeyCreated, aggregateType: 'test', organisationId: principal.organisationId });
  });

  it('keeps events in Postgres while Redis is down and delivers each exactly once when it is back', async () => {
    await queue.obliterate({ force: true });
    await redis.kill();
    const whileDown: string[] = [];
    for (let i = 0; i < 60; i++) whileDown.push(await write(`down-${i % 3}`, i));
    // The writes all committed; the relay keeps trying and nothing is lost or marked relayed.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await pending()).toBe(60);

    await redis.start();
    await waitFor(async () => (await pending()) === 0, 'the backlog to drain after Redis returned', 30_000, 100);
    const ids = await jobIds();
    expect(ids).toHaveLength(60);
    expect(new Set(ids)).toEqual(new Set(whileDown));
  });

  it('a re-relay of already relayed events (a crash after enqueue, before marking) adds no duplicate job', async () => {
    await db.sql(`UPDATE outbox_events SET relayed_at = NULL WHERE id IN (SELECT id FROM outbox_events ORDER BY id DESC LIMIT 20)`);
    await waitFor(async () => (await pending()) === 0, 're-relay');
    expect(await jobIds()).toHaveLength(60);
  });

  it('only one relay leads; another takes over when it stops', async () => {
    const [leader] = relays;
    const standby = newRelay();
    standby.start();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(leader.isLeader).toBe(true);
    expect(standby.isLeader).toBe(false);
    await leader.stop();
    const id = await write('after-failover', 1);
    await waitFor(async () => standby.isLeader && (await pending()) === 0, 'the standby to take over');
    expect(await jobIds()).toContain(id);
  });
  it('marks events nothing reacts to as relayed without making jobs of them; the rest still become jobs', async () => {
    for (const relay of relays) await relay.stop();
    const skipping = new OutboxRelay({ ownerDatabaseUrl: db.ownerUrl, queue, logger, batchSize: 25, pollIntervalMs: 100, enqueueTimeoutMs: 500, skip: [EventType.ApiKeyCreated] });
    relays.push(skipping);
    skipping.start();
    const before = await jobIds();
    const unclaimed = await write('skipped', 1);
    const claimed = await tenants.runAs(principal, (tx) => appendEvent(tx, { type: EventType.ProjectCreated, aggregateType: 'test', aggregateId: 'kept', payload: {} }));
    await waitFor(async () => (await pending()) === 0 && (await jobIds()).length === before.length + 1, 'the claimed event on the queue');
    const after = await jobIds();
    expect(after).toContain(claimed);
    expect(after).not.toContain(unclaimed);
    const [row] = await db.sql<{ relayed: boolean }>(`SELECT relayed_at IS NOT NULL AS relayed FROM outbox_events WHERE event_id = $1`, [unclaimed]);
    expect(row.relayed).toBe(true);
  });
});
