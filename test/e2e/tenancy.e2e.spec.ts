import { GqlClient } from '@yntymak/testing';
import { CREATE_ORGANISATION, TestSystem, anOrganisation, startSystem } from '../support/harness';

const ME = `{ me { role apiKeyId organisation { id name kind } } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name role revokedAt organisationId } } }`;
const REVOKE_KEY = `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { id revokedAt } }`;
const API_KEYS = `query($org: ID, $rev: Boolean, $first: Int, $after: String) {
  apiKeys(organisationId: $org, includeRevoked: $rev, first: $first, after: $after) {
    totalCount edges { node { id name role revokedAt organisationId } } pageInfo { hasNextPage endCursor } } }`;

describe('tenancy over GraphQL: organisations, API keys, authentication', () => {
  let system: TestSystem;
  let donorA: { id: string; key: string; keyId: string; client: GqlClient };
  let donorB: { id: string; key: string; keyId: string; client: GqlClient };

  beforeAll(async () => {
    system = await startSystem();
    donorA = await anOrganisation(system, 'Donor A');
    donorB = await anOrganisation(system, 'Donor B');
  });
  afterAll(() => system.close());

  const countRows = async (table: string) => Number((await system.db.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('tells the caller who they are', async () => {
    const data = await donorA.client.data(ME);
    expect(data.me).toEqual({ role: 'ADMIN', apiKeyId: donorA.keyId, organisation: { id: donorA.id, name: 'Donor A', kind: 'DONOR' } });
    const coordinator = await system.coordinator.data(ME);
    expect(coordinator.me.organisation).toMatchObject({ id: system.coordinatorId, kind: 'COORDINATOR' });
  });

  it('stores only a hash of each key, and the organisation with its first admin key and events in one transaction', async () => {
    const rows = await system.db.sql<{ key_hash: Buffer; display_prefix: string }>(`SELECT key_hash, display_prefix FROM api_keys WHERE organisation_id = $1`, [donorA.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].key_hash).toHaveLength(32);
    expect(donorA.key.startsWith(rows[0].display_prefix)).toBe(true);
    const keysAsText = await system.db.sql(`SELECT 1 FROM api_keys WHERE encode(key_hash, 'escape') LIKE '%' || $1 || '%' OR display_prefix = $1`, [donorA.key]);
    expect(keysAsText).toHaveLength(0);
    const events = await system.db.sql<{ type: string }>(`SELECT type FROM outbox_events WHERE organisation_id = $1 ORDER BY id`, [donorA.id]);
    expect(events.map((e) => e.type)).toEqual(['organisation.created', 'api_key.created']);
  });

  describe('authentication failures say why and write nothing', () => {
    const cases: Array<[string, string | undefined, string]> = [
      ['no key', undefined, 'MISSING_API_KEY'],
      ['a malformed key', 'not-a-key', 'MALFORMED_API_KEY'],
      ['a key with a typo (checksum)', 'ynt_' + 'A'.repeat(49), 'MALFORMED_API_KEY'],
    ];
    it.each(cases)('%s', async (_label, key, reason) => {
      const before = await countRows('organisations');
      const error = await system.gateway.client.as(key).error(CREATE_ORGANISATION, { input: { name: 'Sneaky Org', kind: 'DONOR' } });
      expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason });
      expect(error.message.length).toBeGreaterThan(20);
      expect(await countRows('organisations')).toBe(before);
    });

    it('a well-formed key that was never issued', async () => {
      const { issueApiKey } = await import('@yntymak/tenancy');
      const error = await system.gateway.client.as(issueApiKey().secret).error(ME);
      expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'UNKNOWN_API_KEY' });
    });

    it('a non-Bearer Authorization header', async () => {
      const res = await system.gateway.client.request(ME, undefined, { authorization: 'Basic dXNlcjpwYXNz' });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MALFORMED_API_KEY' });
    });
  });

  describe('organisations', () => {
    it('only the coordinating agency creates organisations', async () => {
      const before = await countRows('organisations');
      const error = await donorA.client.error(CREATE_ORGANISATION, { input: { name: 'Shadow Donor', kind: 'DONOR' } });
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORGANISATION_KIND_NOT_ALLOWED' });
      expect(await countRows('organisations')).toBe(before);
    });

    it('a coordinator key below ADMIN cannot create organisations', async () => {
      const viewer = (await system.coordinator.data(CREATE_KEY, { input: { name: 'read only', role: 'VIEWER' } })).createApiKey.secret;
      const error = await system.gateway.client.as(viewer).error(CREATE_ORGANISATION, { input: { name: 'Viewer Made', kind: 'DONOR' } });
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_TOO_WEAK' });
    });

    it('rejects bad input naming every field at fault, and writes nothing', async () => {
      const before = await countRows('organisations');
      const error = await system.coordinator.error(CREATE_ORGANISATION, { input: { name: ' x ', kind: 'COORDINATOR', iatiIdentifier: 'no spaces allowed' } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.field).toBe('name');
      const fields = (error.extensions?.problems as Array<{ field: string }>).map((p) => p.field).sort();
      expect(fields).toEqual(['iatiIdentifier', 'kind', 'name']);
      expect(await countRows('organisations')).toBe(before);
    });

    it('an unknown enum value is a BAD_USER_INPUT from GraphQL itself', async () => {
      const error = await system.coordinator.error(CREATE_ORGANISATION, { input: { name: 'Enum Org', kind: 'BANK' } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('a taken name is a CONFLICT on the name, and nothing half-written stays', async () => {
      const [orgs, keys, events] = [await countRows('organisations'), await countRows('api_keys'), await countRows('outbox_events')];
      const error = await system.coordinator.error(CREATE_ORGANISATION, { input: { name: 'donor a', kind: 'IMPLEMENTER' } });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORGANISATION_NAME_TAKEN', field: 'name' });
      expect([await countRows('organisations'), await countRows('api_keys'), await countRows('outbox_events')]).toEqual([orgs, keys, events]);
    });

    it('a taken IATI identifier is a CONFLICT on that field', async () => {
      await system.coordinator.data(CREATE_ORGANISATION, { input: { name: 'FAO', kind: 'DONOR', iatiIdentifier: 'XM-DAC-41301' } });
      const error = await system.coordinator.error(CREATE_ORGANISATION, { input: { name: 'FAO again', kind: 'DONOR', iatiIdentifier: 'XM-DAC-41301' } });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IATI_IDENTIFIER_TAKEN', field: 'iatiIdentifier' });
    });

    it('the directory is visible to every organisation and pages with stable cursors', async () => {
      for (const name of ['Page Org 1', 'Page Org 2', 'Page Org 3']) await anOrganisation(system, name, 'IMPLEMENTER');
      const query = `query($after: String) { organisations(kind: IMPLEMENTER, first: 2, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
      const first = (await donorB.client.data(query)).organisations;
      expect(first.totalCount).toBe(3);
      expect(first.edges.map((e: any) => e.node.name)).toEqual(['Page Org 1', 'Page Org 2']);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await donorB.client.data(query, { after: first.pageInfo.endCursor })).organisations;
      expect(second.edges.map((e: any) => e.node.name)).toEqual(['Page Org 3']);
      expect(second.pageInfo.hasNextPage).toBe(false);
      const bad = await donorB.client.error(query, { after: 'garbage' });
      expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', field: 'after' });
    });

    it('an unknown organisation id is NOT_FOUND; a malformed one is BAD_USER_INPUT', async () => {
      const missing = await donorA.client.error(`{ organisation(id: "00000000-0000-4000-8000-000000000000") { id } }`);
      expect(missing.extensions?.code).toBe('NOT_FOUND');
      const malformed = await donorA.client.error(`{ organisation(id: "42") { id } }`);
      expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });
  });

  describe('API keys', () => {
    it('an admin creates, lists and revokes its own keys; a revoked key stops working at once', async () => {
      const created = (await donorA.client.data(CREATE_KEY, { input: { name: 'IATI sync', role: 'EDITOR' } })).createApiKey;
      expect(created.apiKey).toMatchObject({ name: 'IATI sync', role: 'EDITOR', revokedAt: null, organisationId: donorA.id });
      const editor = system.gateway.client.as(created.secret);
      expect((await editor.data(ME)).me.role).toBe('EDITOR');

      const listed = (await donorA.client.data(API_KEYS)).apiKeys;
      expect(listed.edges.map((e: any) => e.node.name)).toEqual(['First admin key', 'IATI sync']);

      const revoked = (await donorA.client.data(REVOKE_KEY, { id: created.apiKey.id })).revokeApiKey;
      expect(revoked.revokedAt).not.toBeNull();
      const error = await editor.error(ME);
      expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_REVOKED' });

      const again = (await donorA.client.data(REVOKE_KEY, { id: created.apiKey.id })).revokeApiKey;
      expect(again.revokedAt).toBe(revoked.revokedAt);
      expect((await donorA.client.data(API_KEYS)).apiKeys.totalCount).toBe(1);
      expect((await donorA.client.data(API_KEYS, { rev: true })).apiKeys.totalCount).toBe(2);
    });

    it('EDITOR and VIEWER keys cannot manage keys', async () => {
      for (const role of ['EDITOR', 'VIEWER']) {
        const secret = (await donorB.client.data(CREATE_KEY, { input: { name: `${role} key`, role } })).createApiKey.secret;
        const weak = system.gateway.client.as(secret);
        const before = await countRows('api_keys');
        expect((await weak.error(CREATE_KEY, { input: { name: 'escalate', role: 'ADMIN' } })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_TOO_WEAK' });
        expect((await weak.error(REVOKE_KEY, { id: donorB.keyId })).extensions?.code).toBe('FORBIDDEN');
        expect((await weak.error(API_KEYS)).extensions?.code).toBe('FORBIDDEN');
        expect(await countRows('api_keys')).toBe(before);
      }
    });

    it('the last active admin key cannot be revoked', async () => {
      const org = await anOrganisation(system, 'Lonely Admin Org', 'LOCAL_GROUP');
      const error = await org.client.error(REVOKE_KEY, { id: org.keyId });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN_KEY' });
      expect((await org.client.data(ME)).me.role).toBe('ADMIN');
    });

    it('validates key input', async () => {
      const error = await donorA.client.error(CREATE_KEY, { input: { name: '', role: 'ADMIN' } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      const tooMany = await donorA.client.error(API_KEYS, { first: 1000 });
      expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });
  });

  describe('tenant boundaries: another tenant id in every operation that takes one', () => {
    it("revoking another organisation's key is NOT_FOUND and changes nothing", async () => {
      const error = await donorA.client.error(REVOKE_KEY, { id: donorB.keyId });
      expect(error.extensions).toMatchObject({ code: 'NOT_FOUND' });
      const [row] = await system.db.sql<{ revoked_at: Date | null }>(`SELECT revoked_at FROM api_keys WHERE id = $1`, [donorB.keyId]);
      expect(row.revoked_at).toBeNull();
      expect((await donorB.client.data(ME)).me.role).toBe('ADMIN');
    });

    it("listing another organisation's keys is NOT_FOUND for a donor, as for an organisation that does not exist", async () => {
      const other = await donorA.client.error(API_KEYS, { org: donorB.id });
      const none = await donorA.client.error(API_KEYS, { org: '00000000-0000-4000-8000-000000000000' });
      expect(other.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'organisationId' });
      expect(none.extensions).toEqual(other.extensions);
      expect(none.message).toBe(other.message);
    });

    it("the coordinating agency's admin reads an organisation's key list through the cross-tenant path", async () => {
      const keys = (await system.coordinator.data(API_KEYS, { org: donorB.id })).apiKeys;
      expect(keys.totalCount).toBeGreaterThanOrEqual(1);
      expect(keys.edges.every((e: any) => e.node.organisationId === donorB.id)).toBe(true);
    });

    it('the coordinating agency cannot revoke another organisation\'s key', async () => {
      const error = await system.coordinator.error(REVOKE_KEY, { id: donorB.keyId });
      expect(error.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('query limits', () => {
    it('refuses a query that would cost too much, before running it', async () => {
      const wide = `{ ${'abcdefghijklmnop'.split('').map((a) => `${a}: organisations(first: 100) { edges { node { id name kind } } }`).join(' ')} }`;
      const res = await donorA.client.request(wide);
      expect(res.status).toBe(400);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_COMPLEX' });
    });

    it('prices the same query again for each page size it is sent with (the cost is remembered per page size)', async () => {
      const wide = `query($n: Int) { ${'abcdefghijklmnop'.split('').map((a) => `${a}: organisations(first: $n) { edges { node { id name kind } } }`).join(' ')} }`;
      for (let round = 0; round < 2; round++) {
        expect((await donorA.client.request(wide, { n: 1 })).errors).toBeUndefined();
        const res = await donorA.client.request(wide, { n: 100 });
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_COMPLEX' });
      }
    });

    it('refuses a query nested too deep', async () => {
      let selection = 'id';
      for (let i = 0; i < 12; i++) selection = `organisation { ${selection} }`;
      const res = await donorA.client.request(`{ me { ${selection} } }`);
      expect(res.errors?.[0].extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED/);
    });

    it('answers a GraphQL syntax error with GRAPHQL_PARSE_FAILED and no stack trace', async () => {
      const res = await donorA.client.request('{ me { ');
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.js/);
    });
  });
});
