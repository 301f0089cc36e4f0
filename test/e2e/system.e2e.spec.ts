import { randomUUID } from 'node:crypto';
import { testConfig, waitFor } from '@yntymak/testing';
import { RunningGateway, TestSystem, anOrganisation, startGateway, startSystem } from '../support/harness';

const ME = '{ me { role } }';

describe('the running system: two gateways, a worker, health and metrics', () => {
  let system: TestSystem;
  let second: RunningGateway;

  beforeAll(async () => {
    system = await startSystem({ worker: true });
    second = await startGateway(system.config);
  });
  afterAll(async () => {
    await second?.close();
    await system?.close();
  });

  it('a key revoked through one gateway stops working on another gateway that had it cached', async () => {
    const donor = await anOrganisation(system, 'Revocation Donor');
    const extra = (await donor.client.data(`mutation { createApiKey(input: { name: "ci", role: VIEWER }) { secret apiKey { id } } }`)).createApiKey;
    const onSecond = second.client.as(extra.secret);
    expect((await onSecond.data(ME)).me.role).toBe('VIEWER'); // now cached in the second gateway

    await donor.client.data(`mutation($id: ID!) { revokeApiKey(input: { id: $id }) { id } }`, { id: extra.apiKey.id });
    const error = await waitFor(async () => (await onSecond.request(ME)).errors?.[0], 'the second gateway to drop the key', 5000);
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_REVOKED' });
  });

  it('if the revoking gateway dies before broadcasting, the outbox event makes the worker broadcast instead', async () => {
    const donor = await anOrganisation(system, 'Crash Donor');
    const extra = (await donor.client.data(`mutation { createApiKey(input: { name: "crash", role: EDITOR }) { secret apiKey { id } } }`)).createApiKey;
    const onSecond = second.client.as(extra.secret);
    expect((await onSecond.data(ME)).me.role).toBe('EDITOR');

    // What a gateway crash right after commit leaves behind: the revocation and its event, no broadcast.
    await system.db.sql(`UPDATE api_keys SET revoked_at = now() WHERE id = $1`, [extra.apiKey.id]);
    await system.db.sql(`INSERT INTO outbox_events (event_id, type, aggregate_type, aggregate_id, organisation_id) VALUES ($1, 'api_key.revoked', 'api_key', $2, $3)`, [
      randomUUID(),
      extra.apiKey.id,
      donor.id,
    ]);
    const error = await waitFor(async () => (await onSecond.request(ME)).errors?.[0], 'the worker to broadcast the revocation', 10_000);
    expect(error.extensions?.reason).toBe('API_KEY_REVOKED');
  });

  it('the worker relays every event of the run and the outbox drains', async () => {
    await waitFor(async () => {
      const [row] = await system.db.sql<{ n: string }>('SELECT count(*) AS n FROM outbox_events WHERE relayed_at IS NULL');
      return Number(row.n) === 0;
    }, 'the outbox to drain');
  });

  it('turns unready while draining before a stop', async () => {
    const { Draining } = await import('../../apps/gateway/src/http/tokens');
    const draining = second.app.get(Draining);
    draining.active = true;
    try {
      expect((await fetch(`${second.url}/health/ready`)).status).toBe(503);
      expect((await fetch(`${second.url}/health/live`)).status).toBe(200);
    } finally {
      draining.active = false;
    }
  });

  it('reports liveness and readiness', async () => {
    const live = await fetch(`${system.gateway.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${system.gateway.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { postgres: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('stays ready but reports itself degraded when Redis cannot be reached (events wait in the outbox)', async () => {
    const broken = await startGateway(testConfig(system.db.ownerUrl, { REDIS_URL: 'redis://127.0.0.1:1' }));
    try {
      const ready = await fetch(`${broken.url}/health/ready`);
      expect(ready.status).toBe(200);
      const body = (await ready.json()) as { status: string; checks: Record<string, { status: string }> };
      expect(body.status).toBe('degraded');
      expect(body.checks.postgres.status).toBe('up');
      expect(body.checks.redis.status).toBe('down');
      const me = await broken.client.as(system.coordinatorKey).data('{ me { role } }');
      expect(me.me.role).toBe('ADMIN');
    } finally {
      await broken.close();
    }
  });

  it('exposes Prometheus metrics for HTTP, GraphQL operations, the outbox and the queue', async () => {
    await system.coordinator.data('query WhoAmI { me { role } }');
    const text = await (await fetch(`${system.gateway.url}/metrics`)).text();
    expect(text).toMatch(/graphql_operations_total\{operation="WhoAmI",type="query",outcome="ok",service="gateway"\} [1-9]/);
    expect(text).toMatch(/http_requests_total\{method="POST",route="\/graphql",status="200",service="gateway"\} [1-9]/);
    expect(text).toMatch(/^outbox_pending_events\{service="gateway"\} \d+/m);
    expect(text).toMatch(/queue_jobs\{queue="domain-events",state="completed",service="gateway"\} [1-9]/);
  });

  it('echoes a caller-supplied request id and makes one when there is none', async () => {
    const given = await fetch(`${system.gateway.url}/health/live`, { headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
    const made = await fetch(`${system.gateway.url}/health/live`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
