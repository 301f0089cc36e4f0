import { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS = `('LOCAL','DISTRICT','REGIONAL','NATIONAL')`;
const STATES = `('DRAFT','SUBMITTED','IN_REFINEMENT','ADDRESSED','UNDER_CONSIDERATION','RESOLVED','REJECTED','WITHDRAWN')`;
const ACTOR_ROLES = `('RAISER','RAISER_COORDINATOR','ADDRESSED_BODY','COORDINATOR','SYSTEM')`;
// The domain's actions plus the two writes that are not state changes: raising and refining.
const EVENT_ACTIONS = `('RAISE','REFINE','SUBMIT','START_REFINEMENT','RETURN_TO_RAISER','FORWARD','ACKNOWLEDGE','RESOLVE','REJECT','REROUTE','ESCALATE','WITHDRAW','REOPEN','DEADLINE_AT_TOP')`;
const I18N = (column: string) => `jsonb_typeof(${column}) = 'object' AND (${column} ?| array['ky','ru','en'])`;

/**
 * Field issues (docs/issues.md, ADR 0012): an issue raised by an organisation about an admin unit,
 * its evidence facts, the government bodies it is addressed to at each step, and its history; and
 * the link of GOVERNMENT_BODY organisations to the reference-data bodies they are.
 *
 * Visibility (row-level security): the raising organisation, the implementer that refines its issues
 * and the coordinating agency see all of an issue; a government-body organisation sees the issues
 * that were ever addressed to its bodies; everyone else sees only public issues. Child tables
 * inherit their issue's visibility through an EXISTS policy. Deadline escalation is system work and
 * runs as the owner.
 */
export class Issues1765101600000 implements MigrationInterface {
  name = 'Issues1765101600000';

  async up(q: QueryRunner): Promise<void> {
    // Which organisation speaks for which body. Kept apart from government_bodies, which the seeder
    // owns and rewrites with each data release; one organisation may be several bodies.
    await q.query(`
      CREATE TABLE organisation_government_bodies (
        government_body_id uuid PRIMARY KEY REFERENCES government_bodies(id),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        linked_at timestamptz NOT NULL DEFAULT now(),
        linked_by_organisation_id uuid NOT NULL REFERENCES organisations(id)
      )`);
    await q.query(`CREATE INDEX organisation_government_bodies_org ON organisation_government_bodies (organisation_id)`);

    await q.query(`
      CREATE TABLE issues (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        refiner_organisation_id uuid REFERENCES organisations(id),
        admin_unit_id uuid NOT NULL REFERENCES admin_units(id),
        theme_codes text[] NOT NULL CHECK (cardinality(theme_codes) BETWEEN 1 AND 20),
        intervention_code text REFERENCES intervention_types(code),
        project_id uuid REFERENCES projects(id),
        title jsonb NOT NULL CHECK (${I18N('title')}),
        summary jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(summary) = 'object'),
        proposal jsonb NOT NULL CHECK (${I18N('proposal')}),
        refined_title jsonb CHECK (refined_title IS NULL OR ${I18N('refined_title')}),
        refined_summary jsonb CHECK (refined_summary IS NULL OR jsonb_typeof(refined_summary) = 'object'),
        refined_proposal jsonb CHECK (refined_proposal IS NULL OR ${I18N('refined_proposal')}),
        refined_at timestamptz,
        refined_by_organisation_id uuid REFERENCES organisations(id),
        needs_law_change boolean NOT NULL DEFAULT false,
        needs_normative_act boolean NOT NULL DEFAULT false,
        proposed_level text NOT NULL CHECK (proposed_level IN ${LEVELS}),
        decision_level text NOT NULL CHECK (decision_level IN ${LEVELS}),
        routing jsonb NOT NULL DEFAULT '{}',
        override_reason text CHECK (char_length(override_reason) <= 2000),
        state text NOT NULL CHECK (state IN ${STATES}),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        is_public boolean NOT NULL DEFAULT false,
        address_round integer NOT NULL DEFAULT 0 CHECK (address_round >= 0),
        escalation_count integer NOT NULL DEFAULT 0 CHECK (escalation_count >= 0),
        deadline_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by_key_id uuid,
        CONSTRAINT issues_refiner_other CHECK (refiner_organisation_id IS DISTINCT FROM organisation_id),
        -- A deadline runs exactly while a body's answer is awaited.
        CONSTRAINT issues_deadline_awaiting CHECK ((deadline_at IS NOT NULL) = (state IN ('ADDRESSED','UNDER_CONSIDERATION')))
      )`);
    await q.query(`CREATE INDEX issues_created ON issues (created_at, id)`);
    await q.query(`CREATE INDEX issues_owner_created ON issues (organisation_id, created_at, id)`);
    await q.query(`CREATE INDEX issues_refiner ON issues (refiner_organisation_id, created_at, id) WHERE refiner_organisation_id IS NOT NULL`);
    await q.query(`CREATE INDEX issues_unit ON issues (admin_unit_id)`);
    await q.query(`CREATE INDEX issues_themes ON issues USING gin (theme_codes)`);
    // The worker's sweep of overdue issues whose timer was lost.
    await q.query(`CREATE INDEX issues_deadline ON issues (deadline_at) WHERE deadline_at IS NOT NULL`);

    await q.query(`
      CREATE TABLE issue_evidence (
        issue_id uuid NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 0),
        indicator text NOT NULL CHECK (indicator ~ '^[A-Z][A-Z0-9_]{1,63}$'),
        value numeric NOT NULL,
        unit text NOT NULL CHECK (unit <> ''),
        source text NOT NULL CHECK (char_length(source) BETWEEN 1 AND 500),
        fact_date text NOT NULL CHECK (fact_date ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
        PRIMARY KEY (issue_id, position)
      )`);

    // One row per body per addressing round: FORWARD, ESCALATE, REROUTE and REOPEN each open a round.
    // The current addressees are the rows of the issue's address_round.
    await q.query(`
      CREATE TABLE issue_addressees (
        issue_id uuid NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        round integer NOT NULL CHECK (round >= 1),
        government_body_id uuid NOT NULL REFERENCES government_bodies(id),
        decision_level text NOT NULL CHECK (decision_level IN ${LEVELS}),
        role text NOT NULL,
        reason text NOT NULL DEFAULT '',
        addressed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issue_id, round, government_body_id)
      )`);
    await q.query(`CREATE INDEX issue_addressees_body ON issue_addressees (government_body_id, issue_id)`);

    await q.query(`
      CREATE TABLE issue_events (
        id bigserial PRIMARY KEY,
        issue_id uuid NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        version integer NOT NULL,
        action text NOT NULL CHECK (action IN ${EVENT_ACTIONS}),
        from_state text CHECK (from_state IN ${STATES}),
        to_state text NOT NULL CHECK (to_state IN ${STATES}),
        actor_role text NOT NULL CHECK (actor_role IN ${ACTOR_ROLES}),
        actor_organisation_id uuid REFERENCES organisations(id),
        actor_key_id uuid,
        note text CHECK (char_length(note) <= 10000),
        reason text,
        document_refs jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(document_refs) = 'array'),
        target_body_id uuid REFERENCES government_bodies(id),
        body_ids uuid[] NOT NULL DEFAULT '{}',
        from_level text CHECK (from_level IN ${LEVELS}),
        to_level text CHECK (to_level IN ${LEVELS}),
        deadline_at timestamptz,
        -- Deadline escalations carry escalationKey(issue, level, deadline): the unique index makes
        -- two workers, retries and restarts act once per deadline.
        escalation_key text,
        request_id text,
        at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT issue_events_system CHECK ((actor_role = 'SYSTEM') = (actor_organisation_id IS NULL)),
        UNIQUE (issue_id, version)
      )`);
    await q.query(`CREATE UNIQUE INDEX issue_events_escalation_key ON issue_events (escalation_key) WHERE escalation_key IS NOT NULL`);

    // Whether the current organisation speaks for a body the issue was ever addressed to. SECURITY
    // DEFINER so that the issues policy can look at addressees without the addressees policy looking
    // back at issues (which Postgres refuses as infinite recursion).
    await q.query(`
      CREATE FUNCTION app_issue_addressed_to_me(p_issue uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
      $$ SELECT EXISTS (SELECT 1 FROM issue_addressees a JOIN organisation_government_bodies l ON l.government_body_id = a.government_body_id
                         WHERE a.issue_id = p_issue AND l.organisation_id = app_current_org()) $$`);
    // Whether the current organisation is a party to the issue (may write to it; the use cases decide what).
    await q.query(`
      CREATE FUNCTION app_issue_party(p_issue uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
      $$ SELECT app_current_org() IS NOT NULL AND (
                app_current_kind() = 'COORDINATOR'
             OR EXISTS (SELECT 1 FROM issues i WHERE i.id = p_issue AND app_current_org() IN (i.organisation_id, i.refiner_organisation_id))
             OR app_issue_addressed_to_me(p_issue)) $$`);
    await q.query(`REVOKE ALL ON FUNCTION app_issue_addressed_to_me(uuid), app_issue_party(uuid) FROM PUBLIC`);

    await q.query(`ALTER TABLE issues ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY issues_read ON issues FOR SELECT USING (
        organisation_id = app_current_org() OR refiner_organisation_id = app_current_org()
        OR app_current_kind() = 'COORDINATOR'
        OR (is_public AND app_current_org() IS NOT NULL)
        OR app_issue_addressed_to_me(id))`);
    await q.query(`CREATE POLICY issues_insert ON issues FOR INSERT WITH CHECK (organisation_id = app_current_org())`);
    await q.query(`CREATE POLICY issues_update ON issues FOR UPDATE USING (app_issue_party(id)) WITH CHECK (app_issue_party(id))`);

    for (const table of ['issue_evidence', 'issue_addressees', 'issue_events']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      // The subquery runs under issues' own policy: a child row is visible exactly when its issue is.
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (EXISTS (SELECT 1 FROM issues i WHERE i.id = issue_id))`);
    }
    await q.query(`CREATE POLICY issue_evidence_insert ON issue_evidence FOR INSERT WITH CHECK (app_issue_party(issue_id))`);
    await q.query(`CREATE POLICY issue_addressees_insert ON issue_addressees FOR INSERT WITH CHECK (app_issue_party(issue_id))`);
    await q.query(`CREATE POLICY issue_events_insert ON issue_events FOR INSERT WITH CHECK (actor_organisation_id = app_current_org() AND app_issue_party(issue_id))`);

    await q.query(`ALTER TABLE organisation_government_bodies ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY organisation_government_bodies_read ON organisation_government_bodies FOR SELECT USING (app_current_org() IS NOT NULL)`);
    await q.query(`
      CREATE POLICY organisation_government_bodies_write ON organisation_government_bodies FOR INSERT
        WITH CHECK (app_current_kind() = 'COORDINATOR' AND linked_by_organisation_id = app_current_org())`);
    await q.query(`CREATE POLICY organisation_government_bodies_unlink ON organisation_government_bodies FOR DELETE USING (app_current_kind() = 'COORDINATOR')`);

    await q.query(`GRANT SELECT, INSERT, UPDATE ON issues TO yntymak_app`);
    await q.query(`GRANT SELECT, INSERT ON issue_evidence, issue_addressees, issue_events TO yntymak_app`);
    await q.query(`GRANT USAGE ON SEQUENCE issue_events_id_seq TO yntymak_app`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON organisation_government_bodies TO yntymak_app`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_issue_addressed_to_me(uuid), app_issue_party(uuid) TO yntymak_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['issue_events', 'issue_addressees', 'issue_evidence']) await q.query(`DROP TABLE IF EXISTS ${table}`);
    await q.query(`DROP FUNCTION IF EXISTS app_issue_party(uuid)`);
    await q.query(`DROP FUNCTION IF EXISTS app_issue_addressed_to_me(uuid)`);
    await q.query(`DROP TABLE IF EXISTS issues`);
    await q.query(`DROP TABLE IF EXISTS organisation_government_bodies`);
  }
}
