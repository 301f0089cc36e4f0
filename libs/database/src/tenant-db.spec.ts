import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Principal } from '@yntymak/context';
import { TestDatabase, createTestDatabase } from '@yntymak/testing';
import { createDataSource } from './create-data-source';
import { PreparedSql } from './prepared-sql';
import { CrossTenantReadGrant, TenantDb } from './tenant-db';

/** Row-level security is the backstop: these queries "forget" their tenant filter on purpose. */
describe('TenantDb and row-level security', () => {
  let db: TestDatabase;
  let app: DataSource;
  let tenants: TenantDb;
  const orgs = { coordinator: randomUUID(), a: randomUUID(), b: randomUUID() };
  const principal = (organisationId: string, kind: Principal['organisationKind']): Principal => ({
    organisationId,
    organisationKind: kind,
    organisationName: kind,
    organisationIatiIdentifier: null,
    organisationCreatedAt: new Date().toISOString(),
    apiKeyId: randomUUID(),
    role: 'ADMIN',
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.sql(`INSERT INTO organisations (id, name, kind) VALUES ($1, 'Coordinator', 'COORDINATOR')`, [orgs.coordinator]);
    await db.sql(`INSERT INTO organisations (id, name, kind, created_by_organisation_id) VALUES ($1, 'Org A', 'DONOR', $3), ($2, 'Org B', 'DONOR', $3)`, [orgs.a, orgs.b, orgs.coordinator]);
    for (const [org, n] of [[orgs.a, 3], [orgs.b, 2]] as const) {
      for (let i = 0; i < n; i++) {
        await db.sql(`INSERT INTO api_keys (id, organisation_id, name, role, key_hash, display_prefix) VALUES ($1, $2, $3, 'ADMIN', $4, 'ynt_xx')`, [
          randomUUID(),
          org,
          `key ${i}`,
          randomBytes(32),
        ]);
      }
    }
    app = await createDataSource({ url: db.appUrl, poolSize: 2, applicationName: 'rls-test' }).initialize();
    tenants = new TenantDb(app);
  });
  afterAll(async () => {
    await app?.destroy();
    await db?.drop();
  });

  it('connects as a role that is neither superuser, owner, nor able to bypass RLS', async () => {
    const [role] = await app.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await app.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`);
    expect(owned).toEqual([]);
  });

  it('a query without a tenant filter sees only its own tenant', async () => {
    const seenByA = await tenants.runAs(principal(orgs.a, 'DONOR'), (tx) => tx.rows<{ organisation_id: string }>('SELECT organisation_id FROM api_keys'));
    expect(seenByA).toHaveLength(3);
    expect(new Set(seenByA.map((r) => r.organisation_id))).toEqual(new Set([orgs.a]));
    const seenByB = await tenants.runAs(principal(orgs.b, 'DONOR'), (tx) => tx.rows('SELECT * FROM api_keys'));
    expect(seenByB).toHaveLength(2);
  });

  it("an update without a tenant filter cannot touch another tenant's rows", async () => {
    const touched = await tenants.runAs(principal(orgs.a, 'DONOR'), (tx) => tx.exec(`UPDATE api_keys SET name = 'hijacked'`));
    expect(touched).toBe(3);
    const hijacked = await db.sql(`SELECT 1 FROM api_keys WHERE organisation_id = $1 AND name = 'hijacked'`, [orgs.b]);
    expect(hijacked).toHaveLength(0);
  });

  it("an insert into another tenant's name is refused by the policy", async () => {
    await expect(
      tenants.runAs(principal(orgs.a, 'DONOR'), (tx) =>
        tx.exec(`INSERT INTO api_keys (id, organisation_id, name, role, key_hash, display_prefix) VALUES ($1, $2, 'planted', 'ADMIN', $3, 'ynt_xx')`, [
          randomUUID(),
          orgs.b,
          randomBytes(32),
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('outside a tenant transaction the application role sees nothing', async () => {
    expect(await app.query('SELECT * FROM api_keys')).toEqual([]);
    expect(await app.query('SELECT * FROM organisations')).toEqual([]);
  });

  it('the application role cannot read the outbox, only append to it', async () => {
    await expect(tenants.runAs(principal(orgs.a, 'DONOR'), (tx) => tx.rows('SELECT * FROM outbox_events'))).rejects.toThrow(/permission denied/);
  });

  it('a coordinator without a grant sees only its own rows; with one it reads across tenants, read-only', async () => {
    const coordinator = principal(orgs.coordinator, 'COORDINATOR');
    expect(await tenants.runAs(coordinator, (tx) => tx.rows('SELECT * FROM api_keys'))).toHaveLength(0);
    const grant = CrossTenantReadGrant.issue(coordinator, 'test');
    expect(await tenants.readAcrossTenants(grant, (tx) => tx.rows('SELECT * FROM api_keys'))).toHaveLength(5);
    await expect(tenants.readAcrossTenants(grant, (tx) => tx.exec(`UPDATE api_keys SET name = 'x'`))).rejects.toThrow(/read-only/);
  });

  it('a cross-tenant grant held by a non-coordinator opens nothing (the database checks the kind too)', async () => {
    const donor = principal(orgs.a, 'DONOR');
    const seen = await tenants.readAcrossTenants(CrossTenantReadGrant.issue(donor, 'test'), (tx) => tx.rows<{ organisation_id: string }>('SELECT organisation_id FROM api_keys'));
    expect(new Set(seen.map((r) => r.organisation_id))).toEqual(new Set([orgs.a]));
  });

  it('a prepared statement planned once on a connection still sees only the acting tenant, whoever acts next', async () => {
    // One connection, so every run reuses the same server-side statement; past the first five runs
    // PostgreSQL may switch to its cached generic plan, so run it more often than that.
    const single = await createDataSource({ url: db.appUrl, poolSize: 1, applicationName: 'rls-prepared-test' }).initialize();
    try {
      const oneConnection = new TenantDb(single);
      const owners = PreparedSql.define('test-api-key-owners', 'SELECT organisation_id FROM api_keys');
      for (let run = 0; run < 7; run++) {
        const seenByA = await oneConnection.runAs(principal(orgs.a, 'DONOR'), (tx) => tx.rows<{ organisation_id: string }>(owners));
        const seenByB = await oneConnection.runAs(principal(orgs.b, 'DONOR'), (tx) => tx.rows<{ organisation_id: string }>(owners));
        expect(seenByA.map((r) => r.organisation_id)).toEqual([orgs.a, orgs.a, orgs.a]);
        expect(seenByB.map((r) => r.organisation_id)).toEqual([orgs.b, orgs.b]);
      }
      const prepared = await single.query(`SELECT name FROM pg_prepared_statements WHERE name = 'ynt_test-api-key-owners'`);
      expect(prepared).toEqual([{ name: 'ynt_test-api-key-owners' }]);
      const renamed = await oneConnection.runAs(principal(orgs.a, 'DONOR'), (tx) => tx.exec(PreparedSql.define('test-rename-own-keys', `UPDATE api_keys SET name = name`)));
      expect(renamed).toBe(3);
    } finally {
      await single.destroy();
    }
  });

  it('refuses a second text under a prepared statement name already in use', () => {
    PreparedSql.define('test-one-name', 'SELECT 1');
    expect(() => PreparedSql.define('test-one-name', 'SELECT 1')).not.toThrow();
    expect(() => PreparedSql.define('test-one-name', 'SELECT 2')).toThrow(/already defined/);
  });

  it('rolls back everything when the work fails', async () => {
    const id = randomUUID();
    await expect(
      tenants.runAs(principal(orgs.a, 'DONOR'), async (tx) => {
        await tx.exec(`INSERT INTO api_keys (id, organisation_id, name, role, key_hash, display_prefix) VALUES ($1, $2, 'temp', 'VIEWER', $3, 'ynt_xx')`, [id, orgs.a, randomBytes(32)]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.sql('SELECT 1 FROM api_keys WHERE id = $1', [id])).toHaveLength(0);
  });
});
