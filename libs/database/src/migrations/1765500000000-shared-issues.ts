import { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS = `('LOCAL','DISTRICT','REGIONAL','NATIONAL')`;

/**
 * Shared issues (docs/issues.md "Shared issues and advocacy in the system", ADR 0013): the same
 * problem raised by several organisations or villages, grouped with the reason for each member;
 * the dossier sent to the coordinating body (a snapshot, sent once); advocacy items (policy
 * positions) with their dated state changes and the shared issues behind them.
 *
 * Visibility (row-level security): the coordinating agency sees and manages everything; an
 * organisation sees the shared issues that contain an issue it raised or refines, and the advocacy
 * items linked to those. Grouping and threshold escalation are system work in the worker and run as the owner.
 */
export class SharedIssues1765500000000 implements MigrationInterface {
  name = 'SharedIssues1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE shared_issues (
        id uuid PRIMARY KEY,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
        theme_codes text[] NOT NULL DEFAULT '{}',
        intervention_codes text[] NOT NULL DEFAULT '{}',
        decision_level text NOT NULL CHECK (decision_level IN ${LEVELS}),
        -- OPEN: growing; ESCALATED: sent as a dossier (still grows); MERGED: folded into another;
        -- DISSOLVED: fewer than two issues left.
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN','ESCALATED','MERGED','DISSOLVED')),
        origin text NOT NULL CHECK (origin IN ('AUTOMATIC','MANUAL')),
        merged_into_id uuid REFERENCES shared_issues(id),
        -- Aggregated evidence of the current members (aggregateEvidence), refreshed with each change,
        -- so that an organisation sees the totals without reading other organisations' issues.
        evidence jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(evidence) = 'object'),
        cohesion numeric(6,5),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        escalated_at timestamptz,
        escalation_trigger text CHECK (escalation_trigger IN ('THRESHOLD','ON_DEMAND')),
        escalated_by_organisation_id uuid REFERENCES organisations(id),
        -- The dossier exactly as it was sent: a stable document. json, not jsonb: the text is kept as
        -- written, key order included, so the JSON export is byte-for-byte the one sent.
        dossier json,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT shared_issues_merged CHECK ((state = 'MERGED') = (merged_into_id IS NOT NULL)),
        -- Sent exactly once: the three columns are set together by one compare-and-set.
        CONSTRAINT shared_issues_escalation CHECK ((escalated_at IS NULL) = (dossier IS NULL) AND (escalated_at IS NULL) = (escalation_trigger IS NULL))
      )`);
    await q.query(`CREATE INDEX shared_issues_created ON shared_issues (created_at, id)`);
    await q.query(`CREATE INDEX shared_issues_themes ON shared_issues USING gin (theme_codes)`);

    // An issue is in at most one shared issue (the primary key).
    await q.query(`
      CREATE TABLE shared_issue_members (
        issue_id uuid PRIMARY KEY REFERENCES issues(id) ON DELETE CASCADE,
        shared_issue_id uuid NOT NULL REFERENCES shared_issues(id),
        -- The raising organisation and the village, copied: the visibility policy reads the first, and a
        -- member organisation lists the villages of a shared issue without reading others' issues.
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        admin_unit_id uuid NOT NULL REFERENCES admin_units(id),
        grouped_by text NOT NULL CHECK (grouped_by IN ('AUTOMATIC','MANUAL')),
        -- { linkedIssueId, similarity, reasons[] } from groupIssues, or the coordinator's note.
        explanation jsonb NOT NULL CHECK (jsonb_typeof(explanation) = 'object'),
        added_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX shared_issue_members_group ON shared_issue_members (shared_issue_id)`);
    await q.query(`CREATE INDEX shared_issue_members_org ON shared_issue_members (organisation_id)`);

    await q.query(`
      CREATE TABLE shared_issue_events (
        id bigserial PRIMARY KEY,
        shared_issue_id uuid NOT NULL REFERENCES shared_issues(id),
        kind text NOT NULL CHECK (kind IN ('CREATED','MEMBER_ADDED','MEMBER_MOVED_IN','MEMBER_MOVED_OUT','MEMBER_REMOVED','MERGED','SPLIT','ESCALATED','DISSOLVED')),
        issue_id uuid,
        -- NULL: the grouping job (the system).
        actor_organisation_id uuid REFERENCES organisations(id),
        note text CHECK (char_length(note) <= 4000),
        detail jsonb NOT NULL DEFAULT '{}',
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX shared_issue_events_group ON shared_issue_events (shared_issue_id, id)`);

    await q.query(`
      CREATE TABLE advocacy_items (
        id uuid PRIMARY KEY,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
        position text NOT NULL CHECK (char_length(position) BETWEEN 1 AND 10000),
        kind text NOT NULL CHECK (kind IN ('LAW_CHANGE','NORMATIVE_ACT','ACTION_PLAN','CREDIT_LINE','PROCUREMENT_RULE')),
        channel text NOT NULL CHECK (channel IN ('MOA_MEMORANDUM','SUN_ALLIANCE_MEMORANDUM','OBLAST_MEMORANDUM','JOGORKU_KENESH_APPEAL','CABINET_APPEAL','PUBLIC_APPEAL')),
        state text NOT NULL CHECK (state IN ('DRAFTED','SUBMITTED','UNDER_REVIEW','ADOPTED','REJECTED','STALLED')),
        state_since timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        created_by_organisation_id uuid NOT NULL REFERENCES organisations(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX advocacy_items_created ON advocacy_items (created_at, id)`);
    await q.query(`
      CREATE TABLE advocacy_state_changes (
        id bigserial PRIMARY KEY,
        advocacy_item_id uuid NOT NULL REFERENCES advocacy_items(id),
        state text NOT NULL CHECK (state IN ('DRAFTED','SUBMITTED','UNDER_REVIEW','ADOPTED','REJECTED','STALLED')),
        action text CHECK (action IN ('SUBMIT','START_REVIEW','ADOPT','REJECT','STALL','RESUME_REVIEW')),
        -- When it happened (the letter, the session), which may be years before it was recorded.
        at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        actor_organisation_id uuid NOT NULL REFERENCES organisations(id),
        actor_key_id uuid,
        note text CHECK (char_length(note) <= 10000),
        document_refs jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(document_refs) = 'array'),
        CONSTRAINT advocacy_state_changes_first CHECK ((action IS NULL) = (state = 'DRAFTED'))
      )`);
    await q.query(`CREATE INDEX advocacy_state_changes_item ON advocacy_state_changes (advocacy_item_id, id)`);
    await q.query(`
      CREATE TABLE advocacy_item_shared_issues (
        advocacy_item_id uuid NOT NULL REFERENCES advocacy_items(id),
        shared_issue_id uuid NOT NULL REFERENCES shared_issues(id),
        PRIMARY KEY (advocacy_item_id, shared_issue_id)
      )`);
    await q.query(`CREATE INDEX advocacy_item_shared_issues_shared ON advocacy_item_shared_issues (shared_issue_id)`);

    // SECURITY DEFINER so that the policies of shared_issues and its members can ask about members
    // without a policy looking back at its own table (Postgres refuses that as infinite recursion).
    await q.query(`
      CREATE FUNCTION app_shared_issue_visible(p_shared_issue uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
      $$ SELECT app_current_org() IS NOT NULL AND (
                app_current_kind() = 'COORDINATOR'
             OR EXISTS (SELECT 1 FROM shared_issue_members m JOIN issues i ON i.id = m.issue_id
                         WHERE m.shared_issue_id = p_shared_issue AND app_current_org() IN (i.organisation_id, i.refiner_organisation_id))) $$`);
    await q.query(`
      CREATE FUNCTION app_advocacy_item_visible(p_item uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
      $$ SELECT app_current_org() IS NOT NULL AND (
                app_current_kind() = 'COORDINATOR'
             OR EXISTS (SELECT 1 FROM advocacy_item_shared_issues l JOIN shared_issue_members m ON m.shared_issue_id = l.shared_issue_id JOIN issues i ON i.id = m.issue_id
                         WHERE l.advocacy_item_id = p_item AND app_current_org() IN (i.organisation_id, i.refiner_organisation_id))) $$`);
    await q.query(`REVOKE ALL ON FUNCTION app_shared_issue_visible(uuid), app_advocacy_item_visible(uuid) FROM PUBLIC`);

    const coordinator = `(app_current_kind() = 'COORDINATOR')`;
    const policies: [string, string][] = [
      ['shared_issues', 'app_shared_issue_visible(id)'],
      ['shared_issue_members', 'app_shared_issue_visible(shared_issue_id)'],
      ['shared_issue_events', 'app_shared_issue_visible(shared_issue_id)'],
      ['advocacy_items', 'app_advocacy_item_visible(id)'],
      ['advocacy_state_changes', 'app_advocacy_item_visible(advocacy_item_id)'],
      ['advocacy_item_shared_issues', 'app_advocacy_item_visible(advocacy_item_id)'],
    ];
    for (const [table, visible] of policies) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (${visible})`);
      // Only the coordinating agency writes through the application role; the grouping job is the owner.
      await q.query(`CREATE POLICY ${table}_write ON ${table} FOR INSERT WITH CHECK ${coordinator}`);
    }
    await q.query(`CREATE POLICY shared_issues_update ON shared_issues FOR UPDATE USING ${coordinator} WITH CHECK ${coordinator}`);
    await q.query(`CREATE POLICY shared_issue_members_update ON shared_issue_members FOR UPDATE USING ${coordinator} WITH CHECK ${coordinator}`);
    await q.query(`CREATE POLICY shared_issue_members_delete ON shared_issue_members FOR DELETE USING ${coordinator}`);
    await q.query(`CREATE POLICY advocacy_items_update ON advocacy_items FOR UPDATE USING ${coordinator} WITH CHECK ${coordinator}`);

    await q.query(`GRANT SELECT, INSERT, UPDATE ON shared_issues, shared_issue_members, advocacy_items TO yntymak_app`);
    await q.query(`GRANT DELETE ON shared_issue_members TO yntymak_app`);
    await q.query(`GRANT SELECT, INSERT ON shared_issue_events, advocacy_state_changes, advocacy_item_shared_issues TO yntymak_app`);
    await q.query(`GRANT USAGE ON SEQUENCE shared_issue_events_id_seq, advocacy_state_changes_id_seq TO yntymak_app`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_shared_issue_visible(uuid), app_advocacy_item_visible(uuid) TO yntymak_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['advocacy_item_shared_issues', 'advocacy_state_changes', 'advocacy_items', 'shared_issue_events', 'shared_issue_members']) await q.query(`DROP TABLE IF EXISTS ${table}`);
    await q.query(`DROP FUNCTION IF EXISTS app_advocacy_item_visible(uuid)`);
    await q.query(`DROP FUNCTION IF EXISTS app_shared_issue_visible(uuid)`);
    await q.query(`DROP TABLE IF EXISTS shared_issues`);
  }
}
