import { MigrationInterface, QueryRunner } from 'typeorm';

/** Project imports from CSV: one row per import, its progress and its per-row errors, owner-only. */
export class ProjectImports1764410400000 implements MigrationInterface {
  name = 'ProjectImports1764410400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE project_imports (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        actor_key_id uuid NOT NULL,
        actor_role text NOT NULL,
        dry_run boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('QUEUED','VALIDATING','WRITING','SUCCEEDED','FAILED')),
        csv text NOT NULL,
        total_rows integer NOT NULL DEFAULT 0,
        processed_rows integer NOT NULL DEFAULT 0,
        created_count integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        project_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX project_imports_owner ON project_imports (organisation_id, created_at, id)`);
    await q.query(`ALTER TABLE project_imports ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY project_imports_owner ON project_imports FOR ALL USING (organisation_id = app_current_org()) WITH CHECK (organisation_id = app_current_org())`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON project_imports TO yntymak_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS project_imports`);
  }
}
