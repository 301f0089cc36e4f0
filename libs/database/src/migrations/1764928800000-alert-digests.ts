import { MigrationInterface, QueryRunner } from 'typeorm';

/** Daily digests as sent: one per organisation and day, so a second worker or a retry never sends twice. */
export class AlertDigests1764928800000 implements MigrationInterface {
  name = 'AlertDigests1764928800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alert_digests (
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        day date NOT NULL,
        text text NOT NULL,
        html text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        PRIMARY KEY (organisation_id, day)
      )`);
    await q.query(`ALTER TABLE alert_digests ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY alert_digests_own ON alert_digests FOR SELECT USING (organisation_id = app_current_org())`);
    await q.query(`GRANT SELECT ON alert_digests TO yntymak_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS alert_digests`);
  }
}
