import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TenantDb } from '@yntymak/database';
import { GqlClient } from '@yntymak/testing';
import { RunningGateway, TestSystem, anOrganisation, startGateway, startSystem } from '../support/harness';

const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url events active disabledReason createdAt } } }`;
const LIST = `query($first: Int, $after: String) { webhooks(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id url events active disabledReason } } } }`;
const DISABLE = `mutation($id: ID!) { disableWebhook(input: { id: $id }) { id active disabledReason disabledAt } }`;
const ENABLE = `mutation($id: ID!) { enableWebhook(input: { id: $id }) { id active disabledReason } }`;
const DELIVERIES = `query($webhookId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
  webhookDeliveries(webhookId: $webhookId, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id webhookId alertId eventType status attemptCount lastStatusCode lastError nextAttemptAt attempts { attempt at statusCode error durationMs } } } } }`;
const REDELIVER = `mutation($id: ID!) { redeliverWebhook(input: { deliveryId: $id }) { id status attemptCount } }`;
const RECEIVER = 'http://127.0.0.1:9/hooks/yntymak';

describe('webhooks over GraphQL: registration, validation, tenant boundaries', () => {
  let system: TestSystem;
  let a: { id: string; key: string; client: GqlClient };
  let b: { id: string; key: string; client: GqlClient };
  let strict: RunningGateway;
  let production: RunningGateway;

  /** A delivery of A's webhook as the alert writer leaves it: alert, delivery and its outbox event, in one statement. */
  const aDelivery = async (organisationId: string, webhookId: string, status = 'PENDING', attempts: Array<[number | null, string | null]> = []) => {
    const [{ id }] = await system.db.sql<{ id: string }>(
      `WITH a AS (INSERT INTO alerts (id, organisation_id, event_key, kind, payload) VALUES (gen_random_uuid(), $1, gen_random_uuid()::text, 'overlap.detected', '{"kind":"DUPLICATE"}') RETURNING id)
       INSERT INTO webhook_deliveries (id, webhook_id, organisation_id, alert_id, event_type, payload, status, attempts)
       SELECT gen_random_uuid(), $2, $1, a.id, 'overlap.detected', '{"kind":"DUPLICATE"}', $3, $4 FROM a RETURNING id`,
      [organisationId, webhookId, status, attempts.length],
    );
    for (const [i, [statusCode, error]] of attempts.entries()) {
      await system.db.sql(`INSERT INTO webhook_attempts (delivery_id, organisation_id, attempt, status_code, error, duration_ms) VALUES ($1, $2, $3, $4, $5, 12)`, [
        id,
        organisationId,
        i + 1,
        statusCode,
        error,
      ]);
    }
    return id;
  };
  const aWebhook = async (client: GqlClient, url = RECEIVER, events = ['overlap.detected']) => (await client.data(CREATE, { input: { url, events } })).createWebhook;

  beforeAll(async () => {
    system = await startSystem({ env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
    a = await anOrganisation(system, 'Webhook Donor A');
    b = await anOrganisation(system, 'Webhook Donor B');
    strict = await startGateway({ ...system.config, webhooks: { ...system.config.webhooks, allowedHosts: [] } });
    production = await startGateway({ ...system.config, webhooks: { ...system.config.webhooks, requireHttps: true } });
  });
  afterAll(async () => {
    await strict?.close();
    await production?.close();
    await system?.close();
  });

  it('creates a webhook and returns its Standard Webhooks secret once, never again', async () => {
    const created = await aWebhook(a.client, RECEIVER, ['overlap.closed', 'overlap.detected', 'overlap.detected']);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(created.secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    expect(created.webhook).toMatchObject({ url: RECEIVER, events: ['overlap.detected', 'overlap.closed'], active: true, disabledReason: null });
    const listed = (await a.client.data(LIST)).webhooks.edges.map((e: any) => e.node);
    expect(listed).toContainEqual(expect.objectContaining({ id: created.webhook.id }));
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect((await a.client.error(`{ webhooks { edges { node { secret } } } }`)).extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect((await aWebhook(a.client, RECEIVER, ['*', 'overlap.closed'])).webhook.events).toEqual(['*']);
    const issueHook = await aWebhook(a.client, RECEIVER, ['shared_issue.escalated', 'issue.addressed']);
    expect(issueHook.webhook.events).toEqual(['issue.addressed', 'shared_issue.escalated']);
  });

  it('the application role cannot read a signing secret back, even for its own organisation', async () => {
    const app = new Client({ connectionString: system.db.appUrl });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.organisation_id', $1, true)`, [a.id]);
      expect((await app.query(`SELECT id, url FROM webhooks`)).rows.length).toBeGreaterThan(0);
      await expect(app.query(`SELECT secret FROM webhooks`)).rejects.toThrow(/permission denied/);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
  });

  it('lets a VIEWER read webhooks and deliveries, but only an ADMIN create, disable, enable or redeliver', async () => {
    const { webhook } = await aWebhook(a.client);
    const delivery = await aDelivery(a.id, webhook.id, 'FAILED', [[400, 'HTTP 400']]);
    const viewerKey = (await a.client.data(`mutation { createApiKey(input: { name: "reader", role: VIEWER }) { secret } }`)).createApiKey.secret;
    const viewer = system.gateway.client.as(viewerKey);
    expect((await viewer.data(LIST)).webhooks.totalCount).toBeGreaterThan(0);
    expect((await viewer.data(DELIVERIES, { webhookId: webhook.id })).webhookDeliveries.totalCount).toBe(1);
    for (const [query, variables] of [
      [CREATE, { input: { url: RECEIVER, events: ['overlap.detected'] } }],
      [DISABLE, { id: webhook.id }],
      [ENABLE, { id: webhook.id }],
      [REDELIVER, { id: delivery }],
    ] as const) {
      expect((await viewer.error(query, variables)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_TOO_WEAK' });
    }
  });

  it('validates event names and the URL, naming the field', async () => {
    const bad = async (input: Record<string, unknown>) => (await a.client.error(CREATE, { input: { url: RECEIVER, events: ['overlap.detected'], ...input } })).extensions;
    expect(await bad({ events: ['overlap.exploded'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events' });
    expect(await bad({ events: [] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events' });
    expect(await bad({ url: 'hooks.example.org/in' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url', reason: 'WEBHOOK_URL_REFUSED' });
    expect(await bad({ url: 'ftp://127.0.0.1/in' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    expect(await bad({ url: `https://x.org/${'a'.repeat(2000)}` })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
  });

  it.each([
    ['http://10.1.2.3/in', /url points to 10\.1\.2\.3, a private \(10\.0\.0\.0\/8\) address/],
    ['http://172.20.0.5/in', /private \(172\.16\.0\.0\/12\)/],
    ['http://192.168.0.10/in', /private \(192\.168\.0\.0\/16\)/],
    ['http://127.0.0.1:8080/in', /url points to 127\.0\.0\.1, a loopback/],
    ['http://[::1]/in', /url points to ::1, a loopback/],
    ['http://169.254.169.254/latest/meta-data', /link-local \(169\.254\.0\.0\/16\)/],
    ['http://[fe80::1]/in', /link-local \(fe80::\/10\)/],
    ['http://[fd00::1]/in', /unique local/],
    ['http://0.0.0.0/in', /unspecified/],
    ['http://localhost:8080/in', /url host localhost resolves to .*loopback/],
  ])('refuses %s without an allowlist entry', async (url, message) => {
    const error = await strict.client.as(a.key).error(CREATE, { input: { url, events: ['*'] } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url', reason: 'WEBHOOK_URL_REFUSED' });
    expect(error.message).toMatch(message);
  });

  it('lets the allowlisted host through, and nothing else that is private', async () => {
    await expect(aWebhook(a.client, 'http://127.0.0.1:8080/in')).resolves.toMatchObject({ webhook: { active: true } });
    expect((await a.client.error(CREATE, { input: { url: 'http://10.1.2.3/in', events: ['*'] } })).extensions).toMatchObject({ field: 'url' });
  });

  it('requires https where configured (production)', async () => {
    const error = await production.client.as(a.key).error(CREATE, { input: { url: 'http://127.0.0.1:8080/in', events: ['*'] } });
    expect(error).toMatchObject({ message: 'url must use https', extensions: { code: 'BAD_USER_INPUT', field: 'url' } });
    await expect(production.client.as(a.key).data(CREATE, { input: { url: 'https://127.0.0.1:8443/in', events: ['*'] } })).resolves.toBeDefined();
  });

  it('pages webhooks with stable cursors and refuses a forged one', async () => {
    const c = await anOrganisation(system, 'Webhook Donor C');
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await aWebhook(c.client, `${RECEIVER}/${i}`)).webhook.id);
    const first = (await c.client.data(LIST, { first: 2 })).webhooks;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = (await c.client.data(LIST, { first: 2, after: first.pageInfo.endCursor })).webhooks;
    expect([...first.edges, ...second.edges].map((e: any) => e.node.id)).toEqual(ids);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await c.client.error(LIST, { after: 'bm9wZQ' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('disables a webhook, cancelling its pending deliveries, and enables it again', async () => {
    const { webhook } = await aWebhook(a.client);
    const pending = await aDelivery(a.id, webhook.id);
    const done = await aDelivery(a.id, webhook.id, 'SUCCEEDED', [[200, null]]);
    const disabled = (await a.client.data(DISABLE, { id: webhook.id })).disableWebhook;
    expect(disabled).toMatchObject({ active: false, disabledReason: 'DISABLED_BY_USER' });
    expect((await a.client.data(DISABLE, { id: webhook.id })).disableWebhook).toEqual(disabled);
    const statuses = await system.db.sql<{ id: string; status: string }>(`SELECT id, status FROM webhook_deliveries WHERE webhook_id = $1`, [webhook.id]);
    expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({ [pending]: 'CANCELLED', [done]: 'SUCCEEDED' });
    expect((await a.client.error(REDELIVER, { id: done })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'WEBHOOK_DISABLED' });
    expect((await a.client.data(ENABLE, { id: webhook.id })).enableWebhook).toEqual({ id: webhook.id, active: true, disabledReason: null });
  });

  it('redelivers only a finished delivery, under a new generation, through the outbox', async () => {
    const { webhook } = await aWebhook(a.client);
    const pending = await aDelivery(a.id, webhook.id);
    expect((await a.client.error(REDELIVER, { id: pending })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'WEBHOOK_DELIVERY_PENDING', field: 'deliveryId' });
    const dead = await aDelivery(a.id, webhook.id, 'DEAD', [[500, 'HTTP 500'], [null, 'timeout']]);
    expect((await a.client.data(REDELIVER, { id: dead })).redeliverWebhook).toEqual({ id: dead, status: 'PENDING', attemptCount: 2 });
    const [row] = await system.db.sql(`SELECT generation, status FROM webhook_deliveries WHERE id = $1`, [dead]);
    expect(row).toEqual({ generation: 1, status: 'PENDING' });
    const events = await system.db.sql(`SELECT type, aggregate_id, organisation_id, payload FROM outbox_events WHERE aggregate_id = $1`, [dead]);
    expect(events).toEqual([{ type: 'webhook.delivery_requested', aggregate_id: dead, organisation_id: a.id, payload: { generation: 1 } }]);
  });

  it('lists deliveries newest first with every attempt, filtered by status', async () => {
    const { webhook } = await aWebhook(a.client);
    const failed = await aDelivery(a.id, webhook.id, 'FAILED', [[422, 'HTTP 422: the receiver refused the delivery; not retried']]);
    const succeeded = await aDelivery(a.id, webhook.id, 'SUCCEEDED', [[503, 'HTTP 503'], [null, 'timeout: no complete response within 400 ms'], [200, null]]);
    const page = (await a.client.data(DELIVERIES, { webhookId: webhook.id })).webhookDeliveries;
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((e: any) => e.node.id)).toEqual([succeeded, failed]);
    expect(page.edges[0].node.attempts.map((t: any) => [t.attempt, t.statusCode, t.error])).toEqual([
      [1, 503, 'HTTP 503'],
      [2, null, 'timeout: no complete response within 400 ms'],
      [3, 200, null],
    ]);
    const onlyFailed = (await a.client.data(DELIVERIES, { webhookId: webhook.id, status: 'FAILED' })).webhookDeliveries;
    expect(onlyFailed.edges.map((e: any) => e.node.id)).toEqual([failed]);
    expect((await a.client.error(DELIVERIES, { webhookId: webhook.id, status: 'LOST' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('reads the attempts of a whole page in one query (no N+1)', async () => {
    const { webhook } = await aWebhook(a.client);
    for (let i = 0; i < 12; i++) await aDelivery(a.id, webhook.id, 'SUCCEEDED', [[500, 'HTTP 500'], [200, null]]);
    const db = system.gateway.app.get(TenantDb);
    const statements = async (n: number) => {
      const before = db.counter.statements;
      const page = (await a.client.data(DELIVERIES, { webhookId: webhook.id, first: n })).webhookDeliveries;
      expect(page.edges).toHaveLength(n);
      expect(page.edges.every((e: any) => e.node.attempts.length === 2)).toBe(true);
      return db.counter.statements - before;
    };
    const small = await statements(2);
    expect(await statements(12)).toBe(small);
  });

  describe("another organisation's webhooks and deliveries do not exist for B", () => {
    let webhookOfA: string;
    let deliveryOfA: string;
    beforeAll(async () => {
      webhookOfA = (await aWebhook(a.client)).webhook.id;
      deliveryOfA = await aDelivery(a.id, webhookOfA, 'FAILED', [[400, 'HTTP 400']]);
    });

    it('not in its list', async () => {
      const listed = (await b.client.data(LIST)).webhooks;
      expect(listed.edges.map((e: any) => e.node.id)).not.toContain(webhookOfA);
    });

    it.each([
      ['disableWebhook', DISABLE, () => ({ id: webhookOfA }), 'id'],
      ['enableWebhook', ENABLE, () => ({ id: webhookOfA }), 'id'],
      ['webhookDeliveries', DELIVERIES, () => ({ webhookId: webhookOfA }), 'webhookId'],
      ['redeliverWebhook', REDELIVER, () => ({ id: deliveryOfA }), 'deliveryId'],
    ])('%s answers NOT_FOUND, as for an id that does not exist', async (_name, query, variables, field) => {
      const theirs = await b.client.error(query, variables());
      expect(theirs.extensions).toMatchObject({ code: 'NOT_FOUND', field });
      const unknown = await b.client.error(query, Object.fromEntries(Object.keys(variables()).map((k) => [k, randomUUID()])));
      expect(unknown).toEqual(theirs);
    });

    it("and A's rows are untouched", async () => {
      const [hook] = await system.db.sql(`SELECT active FROM webhooks WHERE id = $1`, [webhookOfA]);
      const [delivery] = await system.db.sql(`SELECT status, generation FROM webhook_deliveries WHERE id = $1`, [deliveryOfA]);
      expect(hook).toEqual({ active: true });
      expect(delivery).toEqual({ status: 'FAILED', generation: 0 });
    });
  });
});
