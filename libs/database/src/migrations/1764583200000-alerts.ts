import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alerts: one row per organisation and event (the inbox), written in the same transaction as the
 * change it reports; per-organisation preferences; webhooks with their deliveries and every
 * attempt. A delivery row exists before anything is sent, so a crash repeats a send with the same
 * webhook-id and never loses or invents one.
 */
export class Alerts1764583200000 implements MigrationInterface {
  name = 'Alerts1764583200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alerts (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        event_key text NOT NULL,
        kind text NOT NULL,
        overlap_id uuid,
        score numeric(6,5),
        blind boolean NOT NULL DEFAULT false,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (organisation_id, event_key)
      )`);
    await q.query(`CREATE INDEX alerts_inbox ON alerts (organisation_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX alerts_unread ON alerts (organisation_id) WHERE read_at IS NULL`);

    await q.query(`
      CREATE TABLE alert_preferences (
        organisation_id uuid PRIMARY KEY REFERENCES organisations(id),
        min_score numeric(6,5) NOT NULL DEFAULT 0 CHECK (min_score BETWEEN 0 AND 1),
        theme_codes text[] NOT NULL DEFAULT '{}',
        admin_unit_ids uuid[] NOT NULL DEFAULT '{}',
        channels text[] NOT NULL DEFAULT '{INBOX,SUBSCRIPTION,WEBHOOK}',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE webhooks (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        url text NOT NULL CHECK (char_length(url) <= 2000),
        events text[] NOT NULL,
        -- Needed in clear to sign each delivery (Standard Webhooks, whsec_ + base64).
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        disabled_reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX webhooks_owner ON webhooks (organisation_id, created_at, id)`);

    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY,
        webhook_id uuid NOT NULL REFERENCES webhooks(id),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        alert_id uuid NOT NULL REFERENCES alerts(id),
        event_type text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','SUCCEEDED','FAILED','DEAD')),
        attempts integer NOT NULL DEFAULT 0,
        last_status_code integer,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        UNIQUE (webhook_id, alert_id)
      )`);
    await q.query(`CREATE INDEX webhook_deliveries_owner ON webhook_deliveries (organisation_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE webhook_attempts (
        id bigserial PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES webhook_deliveries(id),
        organisation_id uuid NOT NULL,
        attempt integer NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        status_code integer,
        error text,
        duration_ms integer NOT NULL
      )`);
    await q.query(`CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, id)`);

    for (const table of ['alerts', 'alert_preferences', 'webhooks', 'webhook_deliveries', 'webhook_attempts']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_own ON ${table} FOR ALL USING (organisation_id = app_current_org()) WITH CHECK (organisation_id = app_current_org())`);
    }
    await q.query(`GRANT SELECT, UPDATE ON alerts TO yntymak_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON alert_preferences, webhooks TO yntymak_app`);
    await q.query(`GRANT SELECT, INSERT ON webhook_deliveries, webhook_attempts TO yntymak_app`);
    await q.query(`GRANT USAGE ON SEQUENCE webhook_attempts_id_seq TO yntymak_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['webhook_attempts', 'webhook_deliveries', 'webhooks', 'alert_preferences', 'alerts']) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
