import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foundation: the application role, tenant settings, organisations, API keys, the transactional
 * outbox and the handlers' idempotency ledger, all under row-level security.
 */
export class Foundation1764064800000 implements MigrationInterface {
  name = 'Foundation1764064800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS ltree`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    // The role the gateway and worker use. It owns nothing, so row-level security binds it.
    // Roles are cluster-wide: several databases (tests, environments) share it.
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yntymak_app') THEN
          CREATE ROLE yntymak_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$`);
    await q.query(`GRANT CONNECT ON DATABASE "${await currentDatabase(q)}" TO yntymak_app`);
    await q.query(`GRANT USAGE ON SCHEMA public TO yntymak_app`);

    // Tenant settings, set per transaction by TenantDb. Empty or missing means "nobody".
    await q.query(`
      CREATE FUNCTION app_current_org() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT NULLIF(current_setting('app.organisation_id', true), '')::uuid $$`);
    await q.query(`
      CREATE FUNCTION app_current_kind() RETURNS text LANGUAGE sql STABLE AS
      $$ SELECT NULLIF(current_setting('app.organisation_kind', true), '') $$`);
    await q.query(`
      CREATE FUNCTION app_cross_tenant() RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT coalesce(current_setting('app.cross_tenant', true), '') = 'on' AND app_current_kind() = 'COORDINATOR' $$`);

    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 200 AND name = btrim(name)),
        kind text NOT NULL CHECK (kind IN ('COORDINATOR','DONOR','IMPLEMENTER','GOVERNMENT_BODY','LOCAL_GROUP')),
        iati_identifier text CHECK (iati_identifier ~ '^[A-Za-z0-9][A-Za-z0-9._:/-]{1,99}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_organisation_id uuid REFERENCES organisations(id)
      )`);
    await q.query(`CREATE UNIQUE INDEX organisations_name_key ON organisations (lower(name))`);
    await q.query(`CREATE UNIQUE INDEX organisations_iati_key ON organisations (iati_identifier) WHERE iati_identifier IS NOT NULL`);
    // There is one coordinating agency per installation.
    await q.query(`CREATE UNIQUE INDEX organisations_one_coordinator ON organisations ((true)) WHERE kind = 'COORDINATOR'`);
    await q.query(`CREATE INDEX organisations_created ON organisations (created_at, id)`);

    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
        role text NOT NULL CHECK (role IN ('ADMIN','EDITOR','VIEWER')),
        key_hash bytea NOT NULL UNIQUE CHECK (octet_length(key_hash) = 32),
        display_prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_key_id uuid REFERENCES api_keys(id),
        revoked_at timestamptz,
        revoked_by_key_id uuid REFERENCES api_keys(id)
      )`);
    await q.query(`CREATE INDEX api_keys_org_created ON api_keys (organisation_id, created_at, id)`);

    await q.query(`
      CREATE TABLE outbox_events (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        type text NOT NULL,
        aggregate_type text NOT NULL,
        aggregate_id text NOT NULL,
        organisation_id uuid,
        actor_key_id uuid,
        request_id text,
        payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        relayed_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_events_pending ON outbox_events (id) WHERE relayed_at IS NULL`);
    await q.query(`CREATE INDEX outbox_events_aggregate ON outbox_events (aggregate_type, aggregate_id, id)`);
    // One notification per inserting statement wakes the relay at commit; polling is only the safety net.
    await q.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN PERFORM pg_notify('outbox_events', ''); RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER outbox_events_notify AFTER INSERT ON outbox_events FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);

    // Idempotency ledger of event handlers: a handler's effect and its row commit together.
    await q.query(`
      CREATE TABLE processed_events (
        handler text NOT NULL,
        event_id uuid NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (handler, event_id)
      )`);

    // Row-level security. The application role never owns these tables, so it cannot bypass it.
    await q.query(`ALTER TABLE organisations ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY organisations_read ON organisations FOR SELECT USING (app_current_org() IS NOT NULL)`);
    await q.query(`CREATE POLICY organisations_create ON organisations FOR INSERT WITH CHECK (app_current_kind() = 'COORDINATOR' AND kind <> 'COORDINATOR' AND created_by_organisation_id = app_current_org())`);
    await q.query(`CREATE POLICY organisations_update_own ON organisations FOR UPDATE USING (id = app_current_org()) WITH CHECK (id = app_current_org())`);

    await q.query(`ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY api_keys_read ON api_keys FOR SELECT USING (organisation_id = app_current_org() OR app_cross_tenant())`);
    await q.query(`
      CREATE POLICY api_keys_create ON api_keys FOR INSERT WITH CHECK (
        organisation_id = app_current_org()
        OR (app_current_kind() = 'COORDINATOR' AND EXISTS (
              SELECT 1 FROM organisations o WHERE o.id = api_keys.organisation_id AND o.created_by_organisation_id = app_current_org()))
      )`);
    await q.query(`CREATE POLICY api_keys_update_own ON api_keys FOR UPDATE USING (organisation_id = app_current_org()) WITH CHECK (organisation_id = app_current_org())`);

    await q.query(`ALTER TABLE outbox_events ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY outbox_events_write ON outbox_events FOR INSERT WITH CHECK (
        app_current_org() IS NOT NULL AND (organisation_id IS NULL OR organisation_id = app_current_org() OR app_current_kind() = 'COORDINATOR')
      )`);

    // Authentication happens before a tenant is known: this function is the one way to look a key up.
    await q.query(`
      CREATE FUNCTION app_authenticate(p_key_hash bytea)
      RETURNS TABLE (api_key_id uuid, organisation_id uuid, organisation_kind text, organisation_name text,
                     organisation_iati_identifier text, organisation_created_at timestamptz, role text, revoked_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
      $$ SELECT k.id, o.id, o.kind, o.name, o.iati_identifier, o.created_at, k.role, k.revoked_at
           FROM api_keys k JOIN organisations o ON o.id = k.organisation_id
          WHERE k.key_hash = p_key_hash $$`);
    await q.query(`
      CREATE FUNCTION app_outbox_backlog(OUT pending bigint, OUT oldest_age_seconds double precision)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
      $$ SELECT count(*), coalesce(extract(epoch FROM clock_timestamp() - min(created_at)), 0)::double precision
           FROM outbox_events WHERE relayed_at IS NULL $$`);
    await q.query(`REVOKE ALL ON FUNCTION app_authenticate(bytea), app_outbox_backlog() FROM PUBLIC`);

    await q.query(`GRANT SELECT, INSERT, UPDATE ON organisations, api_keys TO yntymak_app`);
    await q.query(`GRANT INSERT ON outbox_events TO yntymak_app`);
    await q.query(`GRANT USAGE ON SEQUENCE outbox_events_id_seq TO yntymak_app`);
    await q.query(`GRANT SELECT, INSERT ON processed_events TO yntymak_app`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_current_org(), app_current_kind(), app_cross_tenant(), app_authenticate(bytea), app_outbox_backlog() TO yntymak_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS app_outbox_backlog()`);
    await q.query(`DROP FUNCTION IF EXISTS app_authenticate(bytea)`);
    await q.query(`DROP TABLE IF EXISTS processed_events`);
    await q.query(`DROP TABLE IF EXISTS outbox_events`);
    await q.query(`DROP FUNCTION IF EXISTS outbox_notify()`);
    await q.query(`DROP TABLE IF EXISTS api_keys`);
    await q.query(`DROP TABLE IF EXISTS organisations`);
    await q.query(`DROP FUNCTION IF EXISTS app_cross_tenant()`);
    await q.query(`DROP FUNCTION IF EXISTS app_current_kind()`);
    await q.query(`DROP FUNCTION IF EXISTS app_current_org()`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM yntymak_app`);
  }
}

async function currentDatabase(q: QueryRunner): Promise<string> {
  const rows: Array<{ name: string }> = await q.query('SELECT current_database() AS name');
  return rows[0].name;
}
