import { INestApplicationContext } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { createDataSource } from '@yntymak/database';
import { QueueName, createQueue, redisConnectionOptions } from '@yntymak/outbox';
import { GqlClient, waitFor } from '@yntymak/testing';
import { LostDeliverySweep } from '@yntymak/webhooks';
import { DeliverJobData, WebhookJobName, deliveryJobOptions } from '../../libs/webhooks/src/delivery/webhook-queue';
import { TestSystem, anOrganisation, startSystem, startWorker } from '../support/harness';
import { RecordingReceiver, verifyStandardWebhook } from '../support/webhook-receiver';

const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }`;
const PAYLOAD = { overlapId: '5c1e1f0e-5d0b-4c39-9a56-1f1b1cfa0b67', kind: 'DUPLICATE', score: 0.9, explanation: 'Same wells, same ayil', projects: [] };

describe('lost-job sweep: a pending delivery whose queue job is gone is queued again, once', () => {
  let system: TestSystem;
  let worker: INestApplicationContext | undefined;
  let a: { id: string; client: GqlClient };
  let queue: Queue<DeliverJobData>;
  let owner: DataSource;
  let sweep: LostDeliverySweep;
  const receiver = new RecordingReceiver();
  let hooks = 0;
  let failed: { hook: string; id: string; secret: string };
  let failedDelivery: string;

  const aWebhook = async () => {
    const hook = `hook-${++hooks}`;
    const created = (await a.client.data(CREATE, { input: { url: receiver.url(hook), events: ['overlap.detected'] } })).createWebhook;
    return { hook, id: created.webhook.id as string, secret: created.secret as string };
  };
  /** A committed alert and its delivery, as the alert writer leaves them, without the outbox event (its job is what gets lost). */
  const aPendingDelivery = async (webhookId: string): Promise<string> => {
    const [row] = await system.db.sql<{ id: string }>(
      `WITH a AS (INSERT INTO alerts (id, organisation_id, event_key, kind, payload) VALUES (gen_random_uuid(), $1, gen_random_uuid()::text, 'overlap.detected', $3::jsonb) RETURNING id)
       INSERT INTO webhook_deliveries (id, webhook_id, organisation_id, alert_id, event_type, payload)
       SELECT gen_random_uuid(), $2, $1, a.id, 'overlap.detected', $3::jsonb FROM a RETURNING id`,
      [a.id, webhookId, JSON.stringify(PAYLOAD)],
    );
    return row.id;
  };
  const statusOf = async (id: string) => (await system.db.sql<{ status: string; attempts: number }>(`SELECT status, attempts FROM webhook_deliveries WHERE id = $1`, [id]))[0];
  const queueIsIdle = () =>
    waitFor(async () => Object.values(await queue.getJobCounts('waiting', 'active', 'prioritized')).every((c) => c === 0), 'the delivery queue to be idle');

  beforeAll(async () => {
    await receiver.start();
    system = await startSystem({ env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', WEBHOOK_MAX_ATTEMPTS: '3' } });
    a = await anOrganisation(system, 'Sweeping Donor');
    queue = createQueue(QueueName.WebhookDeliveries, system.config.redisUrl, system.config.queuePrefix) as Queue<DeliverJobData>;
    owner = await createDataSource({ url: system.db.ownerUrl, poolSize: 1, applicationName: 'sweep-test' }).initialize();
    // No grace: every pending delivery is looked at. The worker's own sweep waits two minutes, so it stays out of these tests.
    sweep = new LostDeliverySweep(owner, queue, system.config.webhooks, pino({ level: 'silent' }), { everyMs: 60_000, graceMs: 0, batchSize: 100 });
  });
  afterAll(async () => {
    await worker?.close();
    await queue?.close();
    await owner?.destroy();
    await system?.close();
    await receiver.stop();
  });

  it('queues again a delivery whose job the queue failed outright while the delivery stayed pending', async () => {
    failed = await aWebhook();
    failedDelivery = await aPendingDelivery(failed.id);
    await queue.add(WebhookJobName.Deliver, { deliveryId: failedDelivery, generation: 0 }, { jobId: failedDelivery, attempts: 1 });
    // As BullMQ does to a job that stalled too often: taken, then failed, and no final-failure handler ran. (No worker runs yet.)
    const taker = new Worker(QueueName.WebhookDeliveries, null, { connection: redisConnectionOptions(system.config.redisUrl, true), prefix: system.config.queuePrefix });
    const job = await taker.getNextJob('test-token');
    expect(job?.id).toBe(failedDelivery);
    await job!.moveToFailed(new Error('job stalled more than allowable limit'), 'test-token', false);
    await taker.close();
    expect(await (await queue.getJob(failedDelivery))!.getState()).toBe('failed');

    expect(await sweep.sweep()).toBe(1);
    expect(await (await queue.getJob(failedDelivery))!.getState()).toBe('waiting');
    // It is sent once a worker runs: see the next test.
  });

  it('queues a delivery again after its job was deleted from Redis, with the same webhook-id, and it arrives once', async () => {
    const hook = await aWebhook();
    const deliveryId = await aPendingDelivery(hook.id);
    // What the outbox relay's handler queued, then lost (e.g. Redis flushed) before any worker ran it.
    await queue.add(WebhookJobName.Deliver, { deliveryId, generation: 0 }, deliveryJobOptions(system.config.webhooks, deliveryId));
    await queue.remove(deliveryId);
    expect(await queue.getJob(deliveryId)).toBeUndefined();

    worker = await startWorker(system.config);
    expect(await statusOf(deliveryId)).toEqual({ status: 'PENDING', attempts: 0 });
    expect(await sweep.sweep()).toBe(1);
    await waitFor(async () => (await statusOf(deliveryId)).status === 'SUCCEEDED', 'the swept delivery to succeed');
    await waitFor(async () => (await statusOf(failedDelivery)).status === 'SUCCEEDED', 'the delivery of the failed job to succeed');

    // Swept again (and again by a second worker's sweep): nothing more is queued or sent.
    expect(await sweep.sweep()).toBe(0);
    await queueIsIdle();
    const receipts = receiver.of(hook.hook);
    expect(receipts).toHaveLength(1);
    expect(receipts[0].headers['webhook-id']).toBe(deliveryId);
    expect(verifyStandardWebhook(hook.secret, receipts[0].headers, receipts[0].body)).toBe(true);
    expect(await statusOf(deliveryId)).toEqual({ status: 'SUCCEEDED', attempts: 1 });
    expect(receiver.of(failed.hook).map((r) => r.headers['webhook-id'])).toEqual([failedDelivery]);
    expect(verifyStandardWebhook(failed.secret, receiver.of(failed.hook)[0].headers, receiver.of(failed.hook)[0].body)).toBe(true);
  });

  it('leaves alone a delivery whose job is still in the queue (waiting for its retry)', async () => {
    const hook = await aWebhook();
    const deliveryId = await aPendingDelivery(hook.id);
    await queue.add(WebhookJobName.Deliver, { deliveryId, generation: 0 }, { ...deliveryJobOptions(system.config.webhooks, deliveryId), delay: 600_000 });
    const before = await queue.getJob(deliveryId);

    expect(await sweep.sweep()).toBe(0);
    const after = await queue.getJob(deliveryId);
    expect(after?.timestamp).toBe(before?.timestamp);
    expect(await after?.getState()).toBe('delayed');
    expect(await statusOf(deliveryId)).toEqual({ status: 'PENDING', attempts: 0 });
    await after?.remove();
  });
});
