import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Principal } from '@yntymak/context';
import { TenantDb, createDataSource } from '@yntymak/database';
import { TestDatabase, createTestDatabase } from '@yntymak/testing';
import { claimEvent } from './claim-event';

describe('claimEvent: exactly-once effects from at-least-once delivery', () => {
  let db: TestDatabase;
  let app: DataSource;
  let tenants: TenantDb;
  const principal: Principal = {
    organisationId: randomUUID(),
    organisationKind: 'DONOR',
    organisationName: 'Org',
    organisationIatiIdentifier: null,
    organisationCreatedAt: new Date().toISOString(),
    apiKeyId: randomUUID(),
    role: 'ADMIN',
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createDataSource({ url: db.appUrl, poolSize: 4, applicationName: 'claim-test' }).initialize();
    tenants = new TenantDb(app);
  });
  afterAll(async () => {
    await app?.destroy();
    await db?.drop();
  });

  it('lets the first delivery through and skips redeliveries, even when they race', async () => {
    const eventId = randomUUID();
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => tenants.runAs(principal, (tx) => claimEvent(tx, 'test.handler', eventId))));
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect(await tenants.runAs(principal, (tx) => claimEvent(tx, 'other.handler', eventId))).toBe(true);
  });

  it('forgets the claim when the effect rolls back, so a retry runs again', async () => {
    const eventId = randomUUID();
    await expect(
      tenants.runAs(principal, async (tx) => {
        await claimEvent(tx, 'test.handler', eventId);
        throw new Error('effect failed');
      }),
    ).rejects.toThrow('effect failed');
    expect(await tenants.runAs(principal, (tx) => claimEvent(tx, 'test.handler', eventId))).toBe(true);
  });
});
