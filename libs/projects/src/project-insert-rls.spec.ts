import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Principal } from '@yntymak/context';
import { TenantDb, createDataSource, timeOrderedId } from '@yntymak/database';
import { TestDatabase, createTestDatabase } from '@yntymak/testing';

/**
 * project_insert() takes the owner as a parameter and project_unit_index_refresh() a project id:
 * the database, not only the repository, must refuse another organisation's.
 */
describe('project_insert and project_unit_index_refresh across tenants', () => {
  let db: TestDatabase;
  let app: DataSource;
  let tenants: TenantDb;
  const orgs = { coordinator: randomUUID(), a: randomUUID(), b: randomUUID() };
  let unit: string;

  const as = (organisationId: string): Principal => ({
    organisationId,
    organisationKind: 'DONOR',
    organisationName: 'donor',
    organisationIatiIdentifier: null,
    organisationCreatedAt: new Date().toISOString(),
    apiKeyId: randomUUID(),
    role: 'ADMIN',
  });
  /** project_insert's 28 arguments: a one-unit, one-theme project owned by `owner`. */
  const insert = (actor: string, owner: string, id = timeOrderedId()) =>
    tenants.runAs(as(actor), (tx) =>
      tx.rows(
        `SELECT project_insert($1, $2, 'ACTIVE', 'PUBLISHED', '{"en":"Goats"}', '{}', '2025-01-01', '2026-12-31', NULL, NULL, false, NULL, NULL, 'goats', NULL,
                               ARRAY[$3]::uuid[], ARRAY['LIVESTOCK'], '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', 'CREATED', '[]', NULL)`,
        [id, owner, unit],
      ),
    );
  const count = async (table: string, column = 'project_id') =>
    Number((await db.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE ${column} IN (SELECT id FROM projects WHERE organisation_id = $1)`, [orgs.b]))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.sql(`INSERT INTO organisations (id, name, kind) VALUES ($1, 'Coordinator', 'COORDINATOR')`, [orgs.coordinator]);
    await db.sql(`INSERT INTO organisations (id, name, kind, created_by_organisation_id) VALUES ($1, 'Donor A', 'DONOR', $3), ($2, 'Donor B', 'DONOR', $3)`, [orgs.a, orgs.b, orgs.coordinator]);
    [{ id: unit }] = await db.sql<{ id: string }>(`SELECT id FROM admin_units WHERE code = '41704235816000'`);
    app = await createDataSource({ url: db.appUrl, poolSize: 2, applicationName: 'project-insert-rls-test' }).initialize();
    tenants = new TenantDb(app);
  });
  afterAll(async () => {
    await app?.destroy();
    await db?.drop();
  });

  it('writes a project, its lists, index rows and history for the acting organisation', async () => {
    const id = timeOrderedId();
    await insert(orgs.a, orgs.a, id);
    expect(await db.sql(`SELECT organisation_id FROM projects WHERE id = $1`, [id])).toEqual([{ organisation_id: orgs.a }]);
    expect(await db.sql(`SELECT unit_pre FROM project_unit_index WHERE project_id = $1`, [id])).toHaveLength(2);
    expect(await db.sql(`SELECT action FROM project_history WHERE project_id = $1`, [id])).toEqual([{ action: 'CREATED' }]);
  });

  it("refuses a project in another organisation's name, and leaves nothing behind", async () => {
    await expect(insert(orgs.a, orgs.b)).rejects.toThrow(/row-level security/);
    expect([await count('projects', 'id'), await count('project_units'), await count('project_history')]).toEqual([0, 0, 0]);
  });

  it("refuses to rebuild the index rows of another organisation's project", async () => {
    const id = timeOrderedId();
    await insert(orgs.b, orgs.b, id);
    await expect(tenants.runAs(as(orgs.a), (tx) => tx.rows(`SELECT project_unit_index_refresh($1::uuid)`, [id]))).rejects.toThrow(/not one of the calling organisation's projects/);
    expect(await db.sql(`SELECT unit_pre FROM project_unit_index WHERE project_id = $1`, [id])).toHaveLength(2);
  });
});
