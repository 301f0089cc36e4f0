import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { IncomingHttpHeaders, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { generateWebhookSecret } from '@yntymak/webhooks';

export interface WebhookThroughputOptions {
  /** Owner URL of the database the running gateway and workers use. */
  ownerDatabaseUrl: string;
  /** Deliveries to send (default 2,000). */
  deliveries?: number;
  /** Give up after this long (default 120 s). */
  timeoutMs?: number;
  /** Progress for people (stderr); silent by default. */
  progress?: (message: string) => void;
}

/**
 * Webhook deliveries per second from a running system to a local receiver.
 *
 * A receiver starts on 127.0.0.1; an organisation of its own gets one webhook pointing at it. Then
 * `deliveries` alerts, their delivery rows and their outbox events are committed in one transaction,
 * as the alert writer does; the clock runs from that commit until the receiver has accepted (with a
 * valid Standard Webhooks signature) every distinct webhook-id. So the rate covers the whole path:
 * outbox relay, dispatch, the webhook queue, signing, the POST and recording the attempt.
 *
 * The workers must allow the receiver: WEBHOOK_ALLOWED_HOSTS=127.0.0.1, and, as benchmark servers
 * run with NODE_ENV=production, WEBHOOK_REQUIRE_HTTPS=false. Deliveries refused by the address
 * guard make this fail with that reason instead of timing out.
 */
export async function measureWebhookThroughput(options: WebhookThroughputOptions): Promise<number> {
  const count = options.deliveries ?? 2000;
  const say = options.progress ?? (() => undefined);
  const secret = generateWebhookSecret();
  const receiver = await startCountingReceiver(secret);
  const db = new Client({ connectionString: options.ownerDatabaseUrl, application_name: 'bench-webhooks' });
  await db.connect();
  try {
    const webhookId = await registerReceiver(db, receiver.url, secret);
    say(`webhooks: committing ${count} deliveries to ${receiver.url}`);
    await db.query('BEGIN');
    await insertDeliveries(db, webhookId, count);
    await db.query('COMMIT');
    const started = performance.now();
    await waitForReceipts(db, webhookId, () => receiver.received.size, count, options.timeoutMs ?? 120_000, say);
    const seconds = (performance.now() - started) / 1000;
    if (receiver.badSignatures > 0) throw new Error(`webhooks: ${receiver.badSignatures} deliveries had a signature the reference check refused`);
    // Stop anything still queued (there should be nothing) from reaching a receiver that is going away.
    await db.query(`UPDATE webhooks SET active = false, disabled_reason = 'bench finished', disabled_at = now() WHERE id = $1`, [webhookId]);
    const rate = count / seconds;
    say(`webhooks: ${count} delivered in ${seconds.toFixed(2)} s (${rate.toFixed(0)}/s)`);
    return Math.round(rate * 10) / 10;
  } finally {
    await db.end();
    await receiver.stop();
  }
}

async function registerReceiver(db: Client, url: string, secret: string): Promise<string> {
  const organisationId = randomUUID();
  const webhookId = randomUUID();
  await db.query(`INSERT INTO organisations (id, name, kind) VALUES ($1, $2, 'DONOR')`, [organisationId, `Webhook bench ${organisationId.slice(0, 8)}`]);
  await db.query(`INSERT INTO webhooks (id, organisation_id, url, events, secret) VALUES ($1, $2, $3, '{*}', $4)`, [webhookId, organisationId, url, secret]);
  return webhookId;
}

/** Set-based, in the caller's transaction: alerts, deliveries and outbox events, as the alert writer leaves them. */
async function insertDeliveries(db: Client, webhookId: string, count: number): Promise<void> {
  await db.query(
    `WITH w AS (SELECT id, organisation_id FROM webhooks WHERE id = $1),
          a AS (INSERT INTO alerts (id, organisation_id, event_key, kind, payload)
                SELECT gen_random_uuid(), w.organisation_id, 'bench:' || gen_random_uuid(), 'overlap.detected',
                       jsonb_build_object('overlapId', gen_random_uuid(), 'kind', 'DUPLICATE', 'score', 0.9, 'explanation', 'bench alert ' || n, 'projects', '[]'::jsonb)
                  FROM w, generate_series(1, $2) AS n
                RETURNING id, organisation_id, payload),
          d AS (INSERT INTO webhook_deliveries (id, webhook_id, organisation_id, alert_id, event_type, payload)
                SELECT gen_random_uuid(), $1, a.organisation_id, a.id, 'overlap.detected', a.payload FROM a RETURNING id)
     INSERT INTO outbox_events (type, aggregate_type, aggregate_id) SELECT 'webhook.delivery_requested', 'webhook_delivery', d.id::text FROM d`,
    [webhookId, count],
  );
}

async function waitForReceipts(db: Client, webhookId: string, received: () => number, count: number, timeoutMs: number, say: (m: string) => void): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastSaid = Date.now();
  let lastChecked = Date.now();
  while (received() < count) {
    if (Date.now() > deadline) throw new Error(`webhooks: only ${received()} of ${count} deliveries arrived within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (Date.now() - lastChecked >= 1000) {
      lastChecked = Date.now();
      const { rows } = await db.query(`SELECT last_error FROM webhook_deliveries WHERE webhook_id = $1 AND status IN ('FAILED', 'DEAD') LIMIT 1`, [webhookId]);
      if (rows[0]) throw new Error(`webhooks: deliveries fail (${rows[0].last_error}); do the workers have WEBHOOK_ALLOWED_HOSTS=127.0.0.1 and WEBHOOK_REQUIRE_HTTPS=false?`);
    }
    if (Date.now() - lastSaid >= 2000) {
      say(`  webhooks: ${received()} / ${count} received`);
      lastSaid = Date.now();
    }
  }
}

interface CountingReceiver {
  url: string;
  received: Set<string>;
  badSignatures: number;
  stop(): Promise<void>;
}

/** Answers 204 to every POST and counts distinct webhook-ids whose signature checks out. */
async function startCountingReceiver(secret: string): Promise<CountingReceiver> {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const state = { received: new Set<string>(), badSignatures: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const id = req.headers['webhook-id'];
      if (typeof id === 'string' && signatureValid(key, req.headers, Buffer.concat(chunks).toString('utf8'))) state.received.add(id);
      else state.badSignatures += 1;
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/bench/webhooks`,
    received: state.received,
    get badSignatures() {
      return state.badSignatures;
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function signatureValid(key: Buffer, headers: IncomingHttpHeaders, body: string): boolean {
  const expected = createHmac('sha256', key).update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`).digest();
  return String(headers['webhook-signature'] ?? '')
    .split(' ')
    .some((entry) => {
      const given = Buffer.from(entry.replace(/^v1,/, ''), 'base64');
      return entry.startsWith('v1,') && given.length === expected.length && timingSafeEqual(given, expected);
    });
}
