import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook sending. A delivery gains a generation (bumped by each redelivery, so the new send gets
 * a job of its own while the webhook-id stays the delivery id), the time of its next retry, and a
 * short lease (sending_until) that keeps two workers from sending it at once. CANCELLED marks the
 * deliveries a disabled webhook will never send. The application role may no longer read signing
 * secrets back (only the worker, as owner, signs), and may change only what its mutations change.
 */
export class Webhooks1764669600000 implements MigrationInterface {
  name = 'Webhooks1764669600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE webhook_deliveries
        ADD COLUMN generation integer NOT NULL DEFAULT 0 CHECK (generation >= 0),
        ADD COLUMN next_attempt_at timestamptz,
        ADD COLUMN sending_until timestamptz`);
    await q.query(`ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_status_check`);
    await q.query(`ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_status_check CHECK (status IN ('PENDING','SUCCEEDED','FAILED','DEAD','CANCELLED'))`);
    await q.query(`CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (webhook_id) WHERE status = 'PENDING'`);
    await q.query(`CREATE UNIQUE INDEX webhook_attempts_number ON webhook_attempts (delivery_id, attempt)`);

    await q.query(`ALTER TABLE webhooks ADD COLUMN disabled_at timestamptz`);
    await q.query(`ALTER TABLE webhooks ADD CONSTRAINT webhooks_disabled_has_reason CHECK (active OR disabled_reason IS NOT NULL)`);

    await q.query(`REVOKE SELECT, UPDATE ON webhooks FROM yntymak_app`);
    await q.query(`GRANT SELECT (id, organisation_id, url, events, active, disabled_reason, disabled_at, created_at) ON webhooks TO yntymak_app`);
    await q.query(`GRANT UPDATE (active, disabled_reason, disabled_at) ON webhooks TO yntymak_app`);
    await q.query(`GRANT UPDATE (status, generation, next_attempt_at, last_error) ON webhook_deliveries TO yntymak_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE UPDATE (status, generation, next_attempt_at, last_error) ON webhook_deliveries FROM yntymak_app`);
    await q.query(`REVOKE SELECT (id, organisation_id, url, events, active, disabled_reason, disabled_at, created_at), UPDATE (active, disabled_reason, disabled_at) ON webhooks FROM yntymak_app`);
    await q.query(`GRANT SELECT, UPDATE ON webhooks TO yntymak_app`);
    await q.query(`ALTER TABLE webhooks DROP CONSTRAINT webhooks_disabled_has_reason`);
    await q.query(`ALTER TABLE webhooks DROP COLUMN disabled_at`);
    await q.query(`DROP INDEX webhook_attempts_number`);
    await q.query(`DROP INDEX webhook_deliveries_pending`);
    await q.query(`DROP INDEX webhook_deliveries_by_webhook`);
    await q.query(`UPDATE webhook_deliveries SET status = 'FAILED' WHERE status = 'CANCELLED'`);
    await q.query(`ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_status_check`);
    await q.query(`ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_status_check CHECK (status IN ('PENDING','SUCCEEDED','FAILED','DEAD'))`);
    await q.query(`ALTER TABLE webhook_deliveries DROP COLUMN sending_until, DROP COLUMN next_attempt_at, DROP COLUMN generation`);
  }
}
