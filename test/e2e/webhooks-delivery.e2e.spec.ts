import { createHmac, timingSafeEqual } from 'node:crypto';
import { IncomingHttpHeaders, Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Queue } from 'bullmq';
import { QueueName, createQueue } from '@yntymak/outbox';
import { GqlClient, waitFor } from '@yntymak/testing';
import { TestSystem, anOrganisation, startSystem } from '../support/harness';

const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }`;
const DELIVERIES = `query($webhookId: ID!) { webhookDeliveries(webhookId: $webhookId) { edges { node {
  id status attemptCount lastStatusCode lastError deliveredAt nextAttemptAt attempts { attempt at statusCode error durationMs } } } } }`;
const WEBHOOK = `{ webhooks(first: 100) { edges { node { id active disabledReason } } } }`;
const REDELIVER = `mutation($id: ID!) { redeliverWebhook(input: { deliveryId: $id }) { id status } }`;
const MAX_ATTEMPTS = 3;

/**
 * The receiver's side of Standard Webhooks, written here from the specification and independently
 * of libs/webhooks: HMAC-SHA256 keyed with the base64-decoded secret over `id.timestamp.body`,
 * any of the space-separated `v1,` signatures, compared in constant time, and a timestamp within
 * five minutes of now.
 */
function verifyStandardWebhook(secret: string, headers: IncomingHttpHeaders, body: string, toleranceSeconds = 300): boolean {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') return false;
  if (!/^\d+$/.test(timestamp) || Math.abs(Date.now() / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return signatures.split(' ').some((entry) => {
    const [version, signature] = entry.split(',');
    if (version !== 'v1' || !signature) return false;
    const given = Buffer.from(signature, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

interface Receipt {
  hook: string;
  headers: IncomingHttpHeaders;
  body: string;
  answered: number | 'hang';
}

/** A receiver on 127.0.0.1 that answers each hook (the last path segment) from a script: status codes, or 'hang'. */
class Receiver {
  readonly receipts: Receipt[] = [];
  private readonly scripts = new Map<string, Array<number | 'hang'>>();
  private server?: Server;
  private port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const hook = (req.url ?? '').split('/').pop()!;
        const answer = this.scripts.get(hook)?.shift() ?? 200;
        this.receipts.push({ hook, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered: answer });
        if (answer === 'hang') return;
        res.writeHead(answer, { 'content-type': 'text/plain' }).end('ok');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  url(hook: string): string {
    return `http://127.0.0.1:${this.port}/hooks/${hook}`;
  }

  script(hook: string, answers: Array<number | 'hang'>): void {
    this.scripts.set(hook, [...answers]);
  }

  of(hook: string): Receipt[] {
    return this.receipts.filter((r) => r.hook === hook);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

describe('webhook deliveries: signed, retried, dead-lettered, at least once', () => {
  let system: TestSystem;
  let a: { id: string; key: string; client: GqlClient };
  let queue: Queue;
  const receiver = new Receiver();
  let hooks = 0;

  const aWebhook = async (answers: Array<number | 'hang'> = []) => {
    const hook = `hook-${++hooks}`;
    receiver.script(hook, answers);
    const created = (await a.client.data(CREATE, { input: { url: receiver.url(hook), events: ['overlap.detected'] } })).createWebhook;
    return { hook, id: created.webhook.id as string, secret: created.secret as string };
  };

  const PAYLOAD = { overlapId: '5c1e1f0e-5d0b-4c39-9a56-1f1b1cfa0b67', kind: 'DUPLICATE', score: 0.93, explanation: 'Same goats, same village, same year', projects: [] };

  /** What the alert writer commits for one alert: the alert, its delivery and the outbox event, in one statement. */
  const requestDelivery = async (webhookId: string, emit = true): Promise<{ deliveryId: string; alertId: string }> => {
    const [row] = await system.db.sql<{ delivery_id: string; alert_id: string }>(
      `WITH a AS (INSERT INTO alerts (id, organisation_id, event_key, kind, payload) VALUES (gen_random_uuid(), $1, gen_random_uuid()::text, 'overlap.detected', $3::jsonb) RETURNING id),
            d AS (INSERT INTO webhook_deliveries (id, webhook_id, organisation_id, alert_id, event_type, payload)
                  SELECT gen_random_uuid(), $2, $1, a.id, 'overlap.detected', $3::jsonb FROM a RETURNING id, alert_id),
            e AS (INSERT INTO outbox_events (type, aggregate_type, aggregate_id) SELECT 'webhook.delivery_requested', 'webhook_delivery', d.id::text FROM d WHERE $4)
       SELECT d.id AS delivery_id, d.alert_id FROM d`,
      [a.id, webhookId, JSON.stringify(PAYLOAD), emit],
    );
    return { deliveryId: row.delivery_id, alertId: row.alert_id };
  };
  const emit = (deliveryId: string) => system.db.sql(`INSERT INTO outbox_events (type, aggregate_type, aggregate_id) VALUES ('webhook.delivery_requested', 'webhook_delivery', $1)`, [deliveryId]);

  const deliveryOf = async (webhookId: string, deliveryId: string) =>
    (await a.client.data(DELIVERIES, { webhookId })).webhookDeliveries.edges.map((e: any) => e.node).find((n: any) => n.id === deliveryId);
  const settled = (webhookId: string, deliveryId: string, status: string) =>
    waitFor(async () => {
      const d = await deliveryOf(webhookId, deliveryId);
      return d?.status === status ? d : undefined;
    }, `delivery ${deliveryId} to be ${status}`, 15_000, 50);
  /** Nothing left to relay or to send. */
  const quiet = () =>
    waitFor(async () => {
      const [{ n }] = await system.db.sql<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_events WHERE relayed_at IS NULL`);
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return n === 0 && Object.values(counts).every((c) => c === 0);
    }, 'the outbox and the delivery queue to be empty');

  beforeAll(async () => {
    await receiver.start();
    system = await startSystem({
      worker: true,
      env: {
        WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
        WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
        WEBHOOK_BACKOFF_BASE_MS: '50',
        WEBHOOK_BACKOFF_MAX_MS: '200',
        WEBHOOK_TIMEOUT_MS: '400',
      },
    });
    a = await anOrganisation(system, 'Receiving Donor');
    queue = createQueue(QueueName.WebhookDeliveries, system.config.redisUrl, system.config.queuePrefix);
  });
  afterAll(async () => {
    await queue?.close();
    await system?.close();
    await receiver.stop();
  });

  it('sends a signed POST that a Standard Webhooks verifier accepts', async () => {
    const hook = await aWebhook();
    const { deliveryId, alertId } = await requestDelivery(hook.id);
    const delivery = await settled(hook.id, deliveryId, 'SUCCEEDED');
    const [receipt] = receiver.of(hook.hook);
    expect(receiver.of(hook.hook)).toHaveLength(1);
    expect(verifyStandardWebhook(hook.secret, receipt.headers, receipt.body)).toBe(true);
    expect(verifyStandardWebhook(hook.secret, receipt.headers, receipt.body.replace('goats', 'sheep'))).toBe(false);
    expect(verifyStandardWebhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, receipt.headers, receipt.body)).toBe(false);
    expect(receipt.headers).toMatchObject({ 'webhook-id': deliveryId, 'content-type': 'application/json' });
    expect(JSON.parse(receipt.body)).toEqual({ type: 'overlap.detected', timestamp: expect.any(String), alertId, data: PAYLOAD });
    expect(delivery).toMatchObject({ attemptCount: 1, lastStatusCode: 200, lastError: null, nextAttemptAt: null, deliveredAt: expect.any(String) });
    expect(delivery.attempts).toEqual([{ attempt: 1, at: expect.any(String), statusCode: 200, error: null, durationMs: expect.any(Number) }]);
  });

  it('retries a 500 and a timeout with backoff, with the same webhook-id, until it succeeds', async () => {
    const hook = await aWebhook([500, 'hang', 200]);
    const { deliveryId } = await requestDelivery(hook.id);
    const delivery = await settled(hook.id, deliveryId, 'SUCCEEDED');
    const receipts = receiver.of(hook.hook);
    expect(receipts.map((r) => r.headers['webhook-id'])).toEqual([deliveryId, deliveryId, deliveryId]);
    expect(receipts.every((r) => verifyStandardWebhook(hook.secret, r.headers, r.body))).toBe(true);
    expect(delivery.attempts.map((t: any) => [t.attempt, t.statusCode, t.error])).toEqual([
      [1, 500, 'HTTP 500'],
      [2, null, 'timeout: no complete response within 400 ms'],
      [3, 200, null],
    ]);
    expect(delivery.attempts[1].durationMs).toBeGreaterThanOrEqual(390);
    const gaps = delivery.attempts.slice(1).map((t: any, i: number) => Date.parse(t.at) - Date.parse(delivery.attempts[i].at));
    expect(gaps[0]).toBeGreaterThanOrEqual(25);
  });

  it('dead-letters a delivery after the last attempt, and stops sending', async () => {
    const hook = await aWebhook([503, 502, 500, 500, 500]);
    const { deliveryId } = await requestDelivery(hook.id);
    const delivery = await settled(hook.id, deliveryId, 'DEAD');
    expect(delivery).toMatchObject({ attemptCount: MAX_ATTEMPTS, lastStatusCode: 500, nextAttemptAt: null, deliveredAt: null });
    expect(delivery.attempts.map((t: any) => t.statusCode)).toEqual([503, 502, 500]);
    await quiet();
    expect(receiver.of(hook.hook)).toHaveLength(MAX_ATTEMPTS);
  });

  it('does not retry a 4xx: the delivery fails at once', async () => {
    const hook = await aWebhook([422, 200]);
    const { deliveryId } = await requestDelivery(hook.id);
    const delivery = await settled(hook.id, deliveryId, 'FAILED');
    expect(delivery).toMatchObject({ attemptCount: 1, lastStatusCode: 422, lastError: 'HTTP 422: the receiver refused the delivery; not retried' });
    await quiet();
    expect(receiver.of(hook.hook)).toHaveLength(1);
  });

  it('retries a 429', async () => {
    const hook = await aWebhook([429, 204]);
    const { deliveryId } = await requestDelivery(hook.id);
    expect((await settled(hook.id, deliveryId, 'SUCCEEDED')).attempts.map((t: any) => t.statusCode)).toEqual([429, 204]);
  });

  it('a 410 Gone disables the webhook and cancels its pending deliveries', async () => {
    const hook = await aWebhook([410]);
    const waiting = await requestDelivery(hook.id, false);
    const { deliveryId } = await requestDelivery(hook.id);
    const gone = await settled(hook.id, deliveryId, 'FAILED');
    expect(gone).toMatchObject({ attemptCount: 1, lastStatusCode: 410, lastError: 'HTTP 410 Gone: the webhook was disabled' });
    const webhook = (await a.client.data(WEBHOOK)).webhooks.edges.map((e: any) => e.node).find((n: any) => n.id === hook.id);
    expect(webhook).toMatchObject({ active: false, disabledReason: expect.stringMatching(/^RECEIVER_GONE/) });
    expect(await deliveryOf(hook.id, waiting.deliveryId)).toMatchObject({ status: 'CANCELLED', attemptCount: 0 });

    // Its event arrives late, and a delivery is requested while it is disabled (a race with the alert writer): neither is sent.
    await emit(waiting.deliveryId);
    const late = await requestDelivery(hook.id);
    expect(await settled(hook.id, late.deliveryId, 'CANCELLED')).toMatchObject({ attemptCount: 0, lastError: 'not sent: the webhook is disabled' });
    await quiet();
    expect(receiver.of(hook.hook)).toHaveLength(1);
  });

  it('checks the address again at send time: a webhook whose host now points somewhere private is refused', async () => {
    const hook = await aWebhook();
    // As if DNS had changed since creation: the stored URL now reaches a private address.
    await system.db.sql(`UPDATE webhooks SET url = 'http://10.255.255.1:8080/hooks/private' WHERE id = $1`, [hook.id]);
    const { deliveryId } = await requestDelivery(hook.id);
    const delivery = await settled(hook.id, deliveryId, 'FAILED');
    expect(delivery).toMatchObject({ attemptCount: 1, lastStatusCode: null });
    expect(delivery.lastError).toMatch(/^address refused: url points to 10\.255\.255\.1, a private \(10\.0\.0\.0\/8\) address/);
  });

  it('sends once however often the event is relayed', async () => {
    const hook = await aWebhook();
    const { deliveryId } = await requestDelivery(hook.id);
    await emit(deliveryId);
    await emit(deliveryId);
    await settled(hook.id, deliveryId, 'SUCCEEDED');
    await quiet();
    await emit(deliveryId);
    await quiet();
    expect(receiver.of(hook.hook)).toHaveLength(1);
  });

  it('redelivers a dead delivery and a delivered one, with the same webhook-id', async () => {
    const hook = await aWebhook([500, 500, 500]);
    const { deliveryId } = await requestDelivery(hook.id);
    await settled(hook.id, deliveryId, 'DEAD');
    expect((await a.client.data(REDELIVER, { id: deliveryId })).redeliverWebhook).toEqual({ id: deliveryId, status: 'PENDING' });
    const revived = await settled(hook.id, deliveryId, 'SUCCEEDED');
    expect(revived.attempts.map((t: any) => [t.attempt, t.statusCode])).toEqual([
      [1, 500],
      [2, 500],
      [3, 500],
      [4, 200],
    ]);
    await a.client.data(REDELIVER, { id: deliveryId });
    await waitFor(async () => receiver.of(hook.hook).length === 5, 'the second redelivery');
    const again = await settled(hook.id, deliveryId, 'SUCCEEDED');
    expect(again.attemptCount).toBe(5);
    const receipts = receiver.of(hook.hook);
    expect(new Set(receipts.map((r) => r.headers['webhook-id']))).toEqual(new Set([deliveryId]));
    expect(receipts.every((r) => verifyStandardWebhook(hook.secret, r.headers, r.body))).toBe(true);
  });
});
