import { GqlClient, waitFor } from '@yntymak/testing';
import { QueueName, createQueue } from '@yntymak/outbox';
import { Queue } from 'bullmq';
import { TestSystem, anOrganisation, startSystem } from '../support/harness';
import { RecordingReceiver, Receipt, verifyStandardWebhook } from '../support/webhook-receiver';
import { WorkerProcess, startWorkerProcess } from '../support/worker-process';

/**
 * The guarantee of issue 6: an alert is written in the transaction of its overlap change (the
 * outbox), so a worker killed with SIGKILL in the middle of a batch loses nothing and duplicates
 * nothing. The real worker runs as a child process (the built apps/worker/src/main); the receiver
 * kills it while it is in the middle of sending a webhook, and a new worker finishes the batch.
 */
const PAIRS = 8;
const KILL_AT_RECEIPT = 4;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const CREATE_WEBHOOK = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }`;
const INBOX = `{ alerts(first: 100) { totalCount edges { node { id overlapId } } } }`;
const WORKER_ENV = {
  WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  WEBHOOK_TIMEOUT_MS: '2000',
  WEBHOOK_BACKOFF_BASE_MS: '100',
  WEBHOOK_BACKOFF_MAX_MS: '1000',
};

const wells = (title: Record<string, string>, unitCode: string) => ({
  title,
  status: 'ACTIVE',
  startDate: '2025-04-01',
  endDate: '2026-10-31',
  coverage: [unitCode],
  themes: ['LIVESTOCK'],
  interventions: ['DAIRY_GOATS'],
  targetGroups: [{ code: 'LOW_INCOME_HOUSEHOLDS', households: 150 }],
});

describe('alerts survive a worker killed with SIGKILL in the middle of a batch', () => {
  let system: TestSystem;
  let events: Queue;
  let deliveriesQueue: Queue;
  const workers: WorkerProcess[] = [];
  let killed: { deliveryId: string; receiptsBefore: number } | undefined;
  const receiver = new RecordingReceiver((receipt: Receipt) => {
    if (killed || receiver.receipts.length < KILL_AT_RECEIPT) return 204;
    // Killed while this send is in hand: its answer can never be recorded, so it must be sent again.
    killed = { deliveryId: String(receipt.headers['webhook-id']), receiptsBefore: receiver.receipts.length };
    void workers[0].crash();
    return 503;
  });

  beforeAll(async () => {
    await receiver.start();
    system = await startSystem({ env: WORKER_ENV });
    events = createQueue(QueueName.DomainEvents, system.config.redisUrl, system.config.queuePrefix);
    deliveriesQueue = createQueue(QueueName.WebhookDeliveries, system.config.redisUrl, system.config.queuePrefix);
  });
  afterAll(async () => {
    for (const worker of workers) await worker.stop();
    await events?.close();
    await deliveriesQueue?.close();
    await system?.close();
    await receiver.stop();
  });

  it('every alert is in each inbox exactly once, and every webhook delivery arrives, signed, with one webhook-id per alert', async () => {
    const a = await anOrganisation(system, 'Crash Donor A');
    const b = await anOrganisation(system, 'Crash Donor B');
    const recipients: Array<{ name: string; client: GqlClient }> = [
      { name: 'a', client: a.client },
      { name: 'b', client: b.client },
      { name: 'coordinator', client: system.coordinator },
    ];
    const secrets = new Map<string, string>();
    for (const r of recipients) {
      const created = (await r.client.data(CREATE_WEBHOOK, { input: { url: receiver.url(r.name), events: ['*'] } })).createWebhook;
      secrets.set(r.name, created.secret);
    }
    // One ayil aimak in each of PAIRS rayons: pair i overlaps there and nowhere else.
    const units = await system.db.sql<{ code: string }>(
      `SELECT code FROM (SELECT DISTINCT ON (parent_id) code FROM admin_units WHERE level = 'AYIL_AIMAK' AND valid_to IS NULL ORDER BY parent_id, code) u ORDER BY code LIMIT $1`,
      [PAIRS],
    );
    expect(units).toHaveLength(PAIRS);
    for (const [i, { code }] of units.entries()) await b.client.data(CREATE_PROJECT, { input: wells({ en: `Dairy goats, B ${i}` }, code) });

    workers.push(await startWorkerProcess(system.config, WORKER_ENV));
    for (const [i, { code }] of units.entries()) await a.client.data(CREATE_PROJECT, { input: wells({ en: `Goats for dairy, A ${i}` }, code) });
    await waitFor(async () => killed, `the receiver to kill the worker at receipt ${KILL_AT_RECEIPT}`, 60_000, 50);

    // A new worker finishes the batch: the stalled jobs come back to it once their locks expire.
    workers.push(await startWorkerProcess(system.config, WORKER_ENV));
    await waitFor(
      async () => {
        const [state] = await system.db.sql<{ overlaps: number; alerts: number; deliveries: number; unsent: number; unrelayed: number }>(
          `SELECT (SELECT count(*)::int FROM project_overlaps) AS overlaps, (SELECT count(*)::int FROM alerts) AS alerts,
                  (SELECT count(*)::int FROM webhook_deliveries) AS deliveries,
                  (SELECT count(*)::int FROM webhook_deliveries WHERE status <> 'SUCCEEDED') AS unsent,
                  (SELECT count(*)::int FROM outbox_events WHERE relayed_at IS NULL) AS unrelayed`,
        );
        const busy = [await events.getJobCounts('waiting', 'active', 'delayed'), await deliveriesQueue.getJobCounts('waiting', 'active', 'delayed')]
          .flatMap((counts) => Object.values(counts))
          .some((n) => n > 0);
        return state.overlaps === PAIRS && state.alerts === PAIRS * 3 && state.deliveries === state.alerts && state.unsent === 0 && state.unrelayed === 0 && !busy;
      },
      'every overlap, alert and delivery of the batch to be done',
      150_000,
      250,
    );

    // The inbox: one alert per overlap for each owner and for the coordinating agency, none twice.
    const overlaps = (await system.db.sql<{ id: string }>(`SELECT id FROM project_overlaps ORDER BY id`)).map((o) => o.id);
    const alertIds = new Map<string, string>();
    for (const r of recipients) {
      const inbox = (await r.client.data(INBOX)).alerts;
      const nodes: Array<{ id: string; overlapId: string }> = inbox.edges.map((e: any) => e.node);
      expect(inbox.totalCount).toBe(PAIRS);
      expect(nodes.map((n) => n.overlapId).sort()).toEqual(overlaps);
      nodes.forEach((n) => alertIds.set(n.id, r.name));
    }
    expect(alertIds.size).toBe(PAIRS * 3);

    // The receiver: every alert at least once, always under one webhook-id, each copy signed for its receiver.
    const idsByAlert = new Map<string, Set<string>>();
    for (const receipt of receiver.receipts) {
      expect(verifyStandardWebhook(secrets.get(receipt.hook)!, receipt.headers, receipt.body)).toBe(true);
      const { alertId } = JSON.parse(receipt.body) as { alertId: string };
      expect(alertIds.get(alertId)).toBe(receipt.hook);
      idsByAlert.set(alertId, (idsByAlert.get(alertId) ?? new Set()).add(String(receipt.headers['webhook-id'])));
    }
    expect([...idsByAlert.keys()].sort()).toEqual([...alertIds.keys()].sort());
    expect([...idsByAlert.values()].every((ids) => ids.size === 1)).toBe(true);
    const deliveries = await system.db.sql<{ id: string; alert_id: string }>(`SELECT id, alert_id FROM webhook_deliveries`);
    expect(deliveries.every((d) => idsByAlert.get(d.alert_id)?.has(d.id))).toBe(true);

    // The send the kill interrupted came again, with the same webhook-id.
    expect(killed!.receiptsBefore).toBe(KILL_AT_RECEIPT);
    expect(receiver.receipts.filter((r) => r.headers['webhook-id'] === killed!.deliveryId).length).toBeGreaterThanOrEqual(2);
  }, 240_000);
});
