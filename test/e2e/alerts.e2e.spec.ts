import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { createDataSource } from '@yntymak/database';
import { OverlapDetector } from '@yntymak/overlap';
import { GqlClient, waitFor } from '@yntymak/testing';
import { RunningGateway, TestSystem, anOrganisation, startGateway, startSystem } from '../support/harness';

const KOCHKOR_AA = '41704235816000';
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const ALERTS = `query($unread: Boolean) { alerts(unreadOnly: $unread) { totalCount unreadCount edges { node { id kind overlapId score blind message overlapKind projects { projectId ownerId title blindThemes blindArea } readAt } } } }`;
const goats = (title: Record<string, string>, over: Record<string, unknown> = {}) => ({
  title,
  status: 'ACTIVE',
  startDate: '2025-03-01',
  endDate: '2026-12-31',
  coverage: [KOCHKOR_AA],
  themes: ['LIVESTOCK'],
  interventions: ['DAIRY_GOATS'],
  targetGroups: [{ code: 'LOW_INCOME_HOUSEHOLDS', households: 200 }],
  ...over,
});

function subscribe(url: string, key: string | undefined, received: unknown[]): { client: Client; done: Promise<void>; closed: Promise<{ code: number }> } {
  let closedWith!: (e: { code: number }) => void;
  const closed = new Promise<{ code: number }>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: key ? { authorization: `Bearer ${key}` } : {},
    retryAttempts: 0,
    on: { closed: (event) => closedWith(event as { code: number }) },
  });
  const done = new Promise<void>((resolve, reject) => {
    client.subscribe({ query: 'subscription { alertReceived { id kind overlapId blind message } }' }, { next: (v) => received.push(v.data), error: reject, complete: resolve });
  });
  return { client, done, closed };
}

describe('alerts: inbox, live subscription across gateways', () => {
  let system: TestSystem;
  let second: RunningGateway;
  let a: { id: string; key: string; client: GqlClient };
  let b: { id: string; key: string; client: GqlClient };
  let owner: DataSource;

  beforeAll(async () => {
    system = await startSystem({ worker: true });
    second = await startGateway(system.config);
    a = await anOrganisation(system, 'Alert Donor A');
    b = await anOrganisation(system, 'Alert Donor B');
    owner = await createDataSource({ url: system.db.ownerUrl, poolSize: 2, applicationName: 'alerts-test' }).initialize();
  });
  afterAll(async () => {
    await owner?.destroy();
    await second?.close();
    await system?.close();
  });

  it('refuses a subscription without a valid key', async () => {
    const { closed, done } = subscribe(second.url, undefined, []);
    done.catch(() => undefined);
    expect((await closed).code).toBe(4403);
  });

  it('one alert per owner and one for the coordinator, in the inbox and live on the gateway that did not take the write', async () => {
    const received: unknown[] = [];
    const sub = subscribe(second.url, b.key, received);
    await new Promise((r) => setTimeout(r, 300));
    await a.client.data(CREATE, { input: goats({ en: 'Dairy goats for poor families in Kochkor' }) });
    await b.client.data(CREATE, { input: goats({ ru: 'Молочные козы для бедных семей в Кочкоре' }) });

    const inboxB = await waitFor(async () => {
      const inbox = (await b.client.data(ALERTS)).alerts;
      return inbox.totalCount > 0 ? inbox : undefined;
    }, "B's alert", 20_000, 100);
    expect(inboxB.totalCount).toBe(1);
    expect(inboxB.unreadCount).toBe(1);
    const alert = inboxB.edges[0].node;
    expect(alert).toMatchObject({ kind: 'overlap.detected', blind: false });
    expect(alert.projects.map((p: any) => p.ownerId).sort()).toEqual([a.id, b.id].sort());
    expect((await a.client.data(ALERTS)).alerts.totalCount).toBe(1);
    expect((await system.coordinator.data(ALERTS)).alerts.totalCount).toBe(1);

    await waitFor(async () => received.length > 0, 'the live alert on the second gateway', 10_000);
    expect(received[0]).toMatchObject({ alertReceived: { id: alert.id, overlapId: alert.overlapId } });
    await sub.client.dispose();
  });

  it('re-running detection sends nothing again', async () => {
    const [{ n: before }] = await system.db.sql<{ n: string }>(`SELECT count(*) AS n FROM alerts`);
    const projects = await system.db.sql<{ id: string }>(`SELECT id FROM projects`);
    const detector = new OverlapDetector(owner, pino({ level: 'silent' }));
    for (const p of projects) await detector.detectFor(p.id);
    const [{ n: after }] = await system.db.sql<{ n: string }>(`SELECT count(*) AS n FROM alerts`);
    expect(after).toBe(before);
  });

  it('marks alerts read, only the caller\'s own', async () => {
    const mine = (await b.client.data(ALERTS)).alerts.edges.map((e: any) => e.node.id);
    const theirs = (await a.client.data(ALERTS)).alerts.edges.map((e: any) => e.node.id);
    expect((await b.client.data(`mutation($ids: [ID!]!) { markAlertsRead(input: { ids: $ids }) }`, { ids: [...mine, ...theirs] })).markAlertsRead).toBe(mine.length);
    expect((await b.client.data(ALERTS, { unread: true })).alerts.totalCount).toBe(0);
    expect((await a.client.data(ALERTS, { unread: true })).alerts.totalCount).toBe(theirs.length);
  });

  it('a confidential pipeline project gives the other owner a blind alert and the coordinator a full one', async () => {
    const c = await anOrganisation(system, 'Alert Donor C');
    await c.client.data(CREATE, { input: goats({ en: 'Secret goat programme for Kochkor families' }, { visibility: 'CONFIDENTIAL_PIPELINE' }) });
    const blindAlert = await waitFor(async () => {
      const edges = (await a.client.data(ALERTS)).alerts.edges.map((e: any) => e.node);
      return edges.find((n: any) => n.blind);
    }, "A's blind alert", 20_000, 100);
    const hidden = blindAlert.projects.find((p: any) => p.projectId === null);
    expect(hidden).toMatchObject({ ownerId: null, title: null, blindThemes: ['LIVESTOCK'] });
    expect(JSON.stringify(blindAlert)).not.toContain('Secret');
    const coordinatorAlerts = (await system.coordinator.data(ALERTS)).alerts.edges.map((e: any) => e.node);
    expect(coordinatorAlerts.some((n: any) => n.projects.some((p: any) => p.title === 'Secret goat programme for Kochkor families'))).toBe(true);
  });

  it('respects preferences: an organisation that follows only other themes is not alerted', async () => {
    const d = await anOrganisation(system, 'Alert Donor D');
    const prefs = (await d.client.data(`mutation { updateAlertPreferences(input: { themeCodes: ["EDUCATION"], channels: ["WEBHOOK"] }) { minScore themeCodes channels } }`)).updateAlertPreferences;
    expect(prefs).toEqual({ minScore: 0, themeCodes: ['EDUCATION'], channels: ['INBOX', 'WEBHOOK'] });
    await d.client.data(CREATE, { input: goats({ en: 'Goats again in Kochkor' }) });
    await waitFor(async () => Number((await system.db.sql<{ n: string }>(`SELECT count(*) AS n FROM outbox_events WHERE relayed_at IS NULL`))[0].n) === 0, 'quiet');
    await waitFor(async () => (await system.db.sql(`SELECT 1 FROM project_overlaps WHERE organisation_a_id = $1 OR organisation_b_id = $1`, [d.id])).length > 0, 'D overlaps');
    expect((await d.client.data(ALERTS)).alerts.totalCount).toBe(0);
    const bad = await d.client.error(`mutation { updateAlertPreferences(input: { minScore: 2 }) { minScore } }`);
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minScore' });
  });
});

describe('daily digest', () => {
  let system: TestSystem;
  let owner: DataSource;
  beforeAll(async () => {
    system = await startSystem({ worker: true });
    owner = await createDataSource({ url: system.db.ownerUrl, poolSize: 2, applicationName: 'digest-test' }).initialize();
    const a = await anOrganisation(system, 'Digest Donor A');
    const b = await anOrganisation(system, 'Digest Donor B');
    await a.client.data(CREATE, { input: goats({ en: 'Dairy goats for poor families in Kochkor' }) });
    await b.client.data(CREATE, { input: goats({ en: 'Dairy goats for poor households of Kochkor' }) });
    await waitFor(async () => (await system.db.sql(`SELECT 1 FROM alerts`)).length >= 3, 'alerts');
  });
  afterAll(async () => {
    await owner?.destroy();
    await system?.close();
  });

  it('renders the day as text and HTML through GraphQL', async () => {
    const digest = (await system.coordinator.data(`{ alertDigest { day text html newOverlaps openOverlaps unreadAlerts } }`)).alertDigest;
    expect(digest.newOverlaps).toBe(1);
    expect(digest.openOverlaps).toBe(1);
    expect(digest.text).toContain('New overlaps: 1');
    expect(digest.html).toContain('<h2>New overlaps: 1</h2>');
    expect((await system.coordinator.error(`{ alertDigest(day: "yesterday") { day } }`)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'day' });
  });

  it('the scheduled run stores and sends each organisation\'s digest once, however often it runs', async () => {
    const { sendDailyDigests } = await import('@yntymak/alerts');
    const sent: string[] = [];
    const transport = { send: async (org: string) => void sent.push(org) };
    const [{ day }] = await system.db.sql<{ day: string }>(`SELECT to_char((now() AT TIME ZONE 'Asia/Bishkek')::date, 'YYYY-MM-DD') AS day`);
    const log = pino({ level: 'silent' });
    await Promise.all([sendDailyDigests(owner, day, transport, log), sendDailyDigests(owner, day, transport, log)]);
    await sendDailyDigests(owner, day, transport, log);
    expect(sent.sort()).toEqual([...new Set(sent)].sort());
    expect(sent).toHaveLength(3);
    const stored = await system.db.sql<{ sent_at: Date | null }>(`SELECT sent_at FROM alert_digests WHERE day = $1`, [day]);
    expect(stored).toHaveLength(3);
    expect(stored.every((r) => r.sent_at !== null)).toBe(true);
  });
});
