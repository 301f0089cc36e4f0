import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Principal } from '@yntymak/context';
import { TenantDb, createDataSource } from '@yntymak/database';
import { TestDatabase, createTestDatabase } from '@yntymak/testing';

/**
 * Row-level security of the issue tables is the backstop under the use cases: these queries
 * "forget" every filter on purpose and must still see only what the caller may see.
 */
describe('issues row-level security', () => {
  let db: TestDatabase;
  let app: DataSource;
  let tenants: TenantDb;
  const orgs = { coordinator: randomUUID(), raiser: randomUUID(), refiner: randomUUID(), okmotu: randomUUID(), rayon: randomUUID(), other: randomUUID() };
  const issues = { addressed: randomUUID(), draft: randomUUID(), publicOne: randomUUID() };
  let okmotuBody: string;
  let rayonBody: string;

  const as = (organisationId: string, kind: Principal['organisationKind']): Principal => ({
    organisationId,
    organisationKind: kind,
    organisationName: kind,
    organisationIatiIdentifier: null,
    organisationCreatedAt: new Date().toISOString(),
    apiKeyId: randomUUID(),
    role: 'ADMIN',
  });
  const visibleIds = async (principal: Principal, table = 'issues', column = 'id') =>
    (await tenants.runAs(principal, (tx) => tx.rows<{ id: string }>(`SELECT DISTINCT ${column} AS id FROM ${table}`))).map((r) => r.id).sort();

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.sql(`INSERT INTO organisations (id, name, kind) VALUES ($1, 'Coordinator', 'COORDINATOR')`, [orgs.coordinator]);
    await db.sql(
      `INSERT INTO organisations (id, name, kind, created_by_organisation_id) VALUES
         ($1, 'Village service provider', 'LOCAL_GROUP', $7), ($2, 'Implementer', 'IMPLEMENTER', $7), ($3, 'Kazybek ayil okmotu', 'GOVERNMENT_BODY', $7),
         ($4, 'At-Bashy rayon administration', 'GOVERNMENT_BODY', $7), ($5, 'Another donor', 'DONOR', $7), ($6, 'Spare', 'DONOR', $7)`,
      [orgs.raiser, orgs.refiner, orgs.okmotu, orgs.rayon, orgs.other, randomUUID(), orgs.coordinator],
    );
    [{ id: okmotuBody }] = await db.sql<{ id: string }>(`SELECT id FROM government_bodies WHERE code = 'AYIL_OKMOTU:41704220830000'`);
    [{ id: rayonBody }] = await db.sql<{ id: string }>(`SELECT id FROM government_bodies WHERE code = 'RAYON_STATE_ADMINISTRATION:41704220000000'`);
    await db.sql(`INSERT INTO organisation_government_bodies (government_body_id, organisation_id, linked_by_organisation_id) VALUES ($1, $2, $4), ($3, $5, $4)`, [
      okmotuBody,
      orgs.okmotu,
      rayonBody,
      orgs.coordinator,
      orgs.rayon,
    ]);
    const [{ id: village }] = await db.sql<{ id: string }>(`SELECT id FROM admin_units WHERE code = '41704220830010'`);
    const insert = (id: string, state: string, isPublic: boolean) =>
      db.sql(
        `INSERT INTO issues (id, organisation_id, refiner_organisation_id, admin_unit_id, theme_codes, title, proposal, proposed_level, decision_level, state, is_public, deadline_at)
         VALUES ($1, $2, $3, $4, '{LIVESTOCK}', '{"en":"Goats"}', '{"en":"Keep breeds pure"}', 'LOCAL', 'LOCAL', $5, $6, $7)`,
        [id, orgs.raiser, orgs.refiner, village, state, isPublic, state === 'ADDRESSED' ? new Date(Date.now() + 86_400_000) : null],
      );
    await insert(issues.addressed, 'ADDRESSED', false);
    await insert(issues.draft, 'DRAFT', false);
    await insert(issues.publicOne, 'DRAFT', true);
    await db.sql(`INSERT INTO issue_addressees (issue_id, round, government_body_id, decision_level, role) VALUES ($1, 1, $2, 'LOCAL', 'GENERAL')`, [issues.addressed, okmotuBody]);
    for (const id of Object.values(issues)) {
      await db.sql(`INSERT INTO issue_events (issue_id, version, action, to_state, actor_role, actor_organisation_id) VALUES ($1, 1, 'RAISE', 'DRAFT', 'RAISER', $2)`, [id, orgs.raiser]);
      await db.sql(`INSERT INTO issue_evidence (issue_id, position, indicator, value, unit, source, fact_date) VALUES ($1, 0, 'POPULATION', 3450, 'persons', 'social passports', '2025')`, [id]);
    }
    app = await createDataSource({ url: db.appUrl, poolSize: 2, applicationName: 'issues-rls-test' }).initialize();
    tenants = new TenantDb(app);
  });
  afterAll(async () => {
    await app?.destroy();
    await db?.drop();
  });

  it('the raiser, its refining implementer and the coordinator see every issue and its history', async () => {
    const all = Object.values(issues).sort();
    for (const principal of [as(orgs.raiser, 'LOCAL_GROUP'), as(orgs.refiner, 'IMPLEMENTER'), as(orgs.coordinator, 'COORDINATOR')]) {
      expect(await visibleIds(principal)).toEqual(all);
      expect(await visibleIds(principal, 'issue_events', 'issue_id')).toEqual(all);
      expect(await visibleIds(principal, 'issue_evidence', 'issue_id')).toEqual(all);
    }
  });

  it('a government-body organisation sees the issues addressed to its bodies (and public ones), nothing else', async () => {
    expect(await visibleIds(as(orgs.okmotu, 'GOVERNMENT_BODY'))).toEqual([issues.addressed, issues.publicOne].sort());
    expect(await visibleIds(as(orgs.okmotu, 'GOVERNMENT_BODY'), 'issue_addressees', 'issue_id')).toEqual([issues.addressed]);
    expect(await visibleIds(as(orgs.rayon, 'GOVERNMENT_BODY'))).toEqual([issues.publicOne]);
  });

  it('another tenant sees only public issues and their children', async () => {
    expect(await visibleIds(as(orgs.other, 'DONOR'))).toEqual([issues.publicOne]);
    expect(await visibleIds(as(orgs.other, 'DONOR'), 'issue_events', 'issue_id')).toEqual([issues.publicOne]);
  });

  it('an update without a filter touches only the issues the caller is a party to', async () => {
    const touchedByOther = await tenants.runAs(as(orgs.other, 'DONOR'), (tx) => tx.exec(`UPDATE issues SET version = version + 1`));
    expect(touchedByOther).toBe(0);
    const touchedByBody = await tenants.runAs(as(orgs.okmotu, 'GOVERNMENT_BODY'), (tx) => tx.exec(`UPDATE issues SET version = version + 1`));
    expect(touchedByBody).toBe(1);
    const [row] = await db.sql<{ version: number }>(`SELECT version FROM issues WHERE id = $1`, [issues.addressed]);
    expect(row.version).toBe(2);
  });

  it('refuses writes into issues that are not the caller’s: events, evidence, addressees, issues in another name', async () => {
    const other = as(orgs.other, 'DONOR');
    await expect(
      tenants.runAs(other, (tx) => tx.exec(`INSERT INTO issue_events (issue_id, version, action, to_state, actor_role, actor_organisation_id) VALUES ($1, 9, 'SUBMIT', 'SUBMITTED', 'RAISER', $2)`, [issues.publicOne, orgs.other])),
    ).rejects.toThrow(/row-level security/);
    await expect(
      tenants.runAs(other, (tx) => tx.exec(`INSERT INTO issue_evidence (issue_id, position, indicator, value, unit, source, fact_date) VALUES ($1, 5, 'POPULATION', 1, 'persons', 'x', '2025')`, [issues.publicOne])),
    ).rejects.toThrow(/row-level security/);
    await expect(
      tenants.runAs(other, (tx) => tx.exec(`INSERT INTO issue_addressees (issue_id, round, government_body_id, decision_level, role) VALUES ($1, 2, $2, 'DISTRICT', 'GENERAL')`, [issues.publicOne, rayonBody])),
    ).rejects.toThrow(/row-level security/);
    // A party writes history only in its own name.
    await expect(
      tenants.runAs(as(orgs.refiner, 'IMPLEMENTER'), (tx) =>
        tx.exec(`INSERT INTO issue_events (issue_id, version, action, to_state, actor_role, actor_organisation_id) VALUES ($1, 9, 'SUBMIT', 'SUBMITTED', 'RAISER', $2)`, [issues.draft, orgs.raiser]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('only the coordinator links an organisation to a government body', async () => {
    const body = rayonBody;
    await expect(
      tenants.runAs(as(orgs.other, 'DONOR'), (tx) =>
        tx.exec(`INSERT INTO organisation_government_bodies (government_body_id, organisation_id, linked_by_organisation_id) VALUES ($1, $2, $2)`, [okmotuBody, orgs.other]),
      ),
    ).rejects.toThrow(/row-level security/);
    const unlinked = await tenants.runAs(as(orgs.rayon, 'GOVERNMENT_BODY'), (tx) => tx.exec(`DELETE FROM organisation_government_bodies WHERE government_body_id = $1`, [body]));
    expect(unlinked).toBe(0);
    const links = await tenants.runAs(as(orgs.other, 'DONOR'), (tx) => tx.rows(`SELECT * FROM organisation_government_bodies`));
    expect(links).toHaveLength(2);
  });
});
