import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Overlaps between projects of different owners, as the engine scored them, with the
 * coordinator's review decisions and the owners' comments. Written by the worker (system); read by
 * the two owners and, through its grant, the coordinator. Nobody else learns that a pair exists.
 */
export class Overlaps1764496800000 implements MigrationInterface {
  name = 'Overlaps1764496800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE project_overlaps (
        id uuid PRIMARY KEY,
        project_a_id uuid NOT NULL REFERENCES projects(id),
        project_b_id uuid NOT NULL REFERENCES projects(id),
        organisation_a_id uuid NOT NULL REFERENCES organisations(id),
        organisation_b_id uuid NOT NULL REFERENCES organisations(id),
        engine_version text NOT NULL,
        score numeric(6,5) NOT NULL CHECK (score BETWEEN 0 AND 1),
        kind text NOT NULL CHECK (kind IN ('DUPLICATE','OVERLAP')),
        components jsonb NOT NULL,
        explanation text NOT NULL,
        status text NOT NULL DEFAULT 'OPEN'
          CHECK (status IN ('OPEN','CONFIRMED_DUPLICATE','COMPLEMENTARY','CO_FINANCING','SEQUENTIAL_PHASE','DISMISSED','CLOSED')),
        -- What the pair was when last scored: a reviewer's decision stands until it changes materially.
        material_fingerprint text NOT NULL,
        -- For the owner of a published project facing a confidential pipeline project: what may be said of it.
        blind_a jsonb,
        blind_b jsonb,
        detected_at timestamptz NOT NULL DEFAULT now(),
        changed_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        CHECK (project_a_id < project_b_id),
        CHECK (organisation_a_id <> organisation_b_id),
        UNIQUE (project_a_id, project_b_id, engine_version)
      )`);
    await q.query(`CREATE INDEX overlaps_project_b ON project_overlaps (project_b_id)`);
    await q.query(`CREATE INDEX overlaps_org_a ON project_overlaps (organisation_a_id, status, score DESC)`);
    await q.query(`CREATE INDEX overlaps_org_b ON project_overlaps (organisation_b_id, status, score DESC)`);
    await q.query(`CREATE INDEX overlaps_status_score ON project_overlaps (status, score DESC, id)`);

    await q.query(`
      CREATE TABLE overlap_events (
        id bigserial PRIMARY KEY,
        overlap_id uuid NOT NULL REFERENCES project_overlaps(id),
        kind text NOT NULL CHECK (kind IN ('DETECTED','RESCORED','REOPENED','REVIEWED','COMMENTED','CLOSED')),
        organisation_id uuid,
        actor_key_id uuid,
        decision text,
        note text CHECK (char_length(note) <= 4000),
        detail jsonb,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX overlap_events_overlap ON overlap_events (overlap_id, id)`);

    // The coordinating agency sees every overlap: reviewing them is its job, not a cross-tenant read of another's data.
    const visible = `(organisation_a_id = app_current_org() OR organisation_b_id = app_current_org() OR app_current_kind() = 'COORDINATOR')`;
    await q.query(`ALTER TABLE project_overlaps ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY overlaps_read ON project_overlaps FOR SELECT USING ${visible}`);
    // Only the coordinating agency decides.
    await q.query(`CREATE POLICY overlaps_review ON project_overlaps FOR UPDATE USING (app_current_kind() = 'COORDINATOR') WITH CHECK (app_current_kind() = 'COORDINATOR')`);
    await q.query(`ALTER TABLE overlap_events ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY overlap_events_read ON overlap_events FOR SELECT USING (EXISTS (SELECT 1 FROM project_overlaps o WHERE o.id = overlap_id))`);
    await q.query(`
      CREATE POLICY overlap_events_write ON overlap_events FOR INSERT WITH CHECK (
        organisation_id = app_current_org() AND EXISTS (SELECT 1 FROM project_overlaps o WHERE o.id = overlap_id))`);
    await q.query(`GRANT SELECT, UPDATE ON project_overlaps TO yntymak_app`);
    await q.query(`GRANT SELECT, INSERT ON overlap_events TO yntymak_app`);
    await q.query(`GRANT USAGE ON SEQUENCE overlap_events_id_seq TO yntymak_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS overlap_events`);
    await q.query(`DROP TABLE IF EXISTS project_overlaps`);
  }
}
