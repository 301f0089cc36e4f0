import { MigrationInterface, QueryRunner } from 'typeorm';

/** Full recomputes of overlap detection (after an engine upgrade): resumable, with visible progress. */
export class OverlapRecomputes1764842400000 implements MigrationInterface {
  name = 'OverlapRecomputes1764842400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE overlap_recomputes (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        engine_version text NOT NULL,
        status text NOT NULL CHECK (status IN ('QUEUED','RUNNING','SUCCEEDED','FAILED')),
        total integer NOT NULL DEFAULT 0,
        processed integer NOT NULL DEFAULT 0,
        raised integer NOT NULL DEFAULT 0,
        -- Projects are walked in id order; a resumed run continues after this one.
        last_project_id uuid,
        started_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        error text
      )`);
    // One recompute at a time.
    await q.query(`CREATE UNIQUE INDEX overlap_recomputes_one_running ON overlap_recomputes ((true)) WHERE status IN ('QUEUED','RUNNING')`);
    await q.query(`ALTER TABLE overlap_recomputes ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY overlap_recomputes_coordinator ON overlap_recomputes FOR ALL USING (app_current_kind() = 'COORDINATOR') WITH CHECK (app_current_kind() = 'COORDINATOR' AND organisation_id = app_current_org())`);
    await q.query(`GRANT SELECT, INSERT ON overlap_recomputes TO yntymak_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS overlap_recomputes`);
  }
}
