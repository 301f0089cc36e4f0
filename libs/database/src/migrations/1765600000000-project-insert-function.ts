import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A new project in one round trip, and a cheaper index refresh (docs/projects-performance.md,
 * "createProject throughput").
 *
 * - project_insert(): the projects row, its five lists, its project_unit_index rows and its first
 *   history entry, as separate statements inside one call. SECURITY INVOKER: every statement runs
 *   as the application role under the same row-level-security policies as before (the lists'
 *   write policies see the projects row because each statement is its own command). It replaces
 *   five round trips of the create path, and answers the row's created_at, so that the create
 *   needs no read-back.
 * - project_unit_index_refresh(): the same rows for one project, written with scalar conditions
 *   instead of a call to project_unit_index_rebuild(ARRAY[id]). A plan over `= ANY($1)` never won
 *   against the custom plans, so every call planned the rebuild's INSERT … SELECT again (1.2 ms a
 *   call at 1,000,000 projects); one project's plan is cached once per connection.
 *
 * down() restores the refresh body of ProjectSearchIndex1764324000000 and drops project_insert.
 */
export class ProjectInsertFunction1765600000000 implements MigrationInterface {
  name = 'ProjectInsertFunction1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(refreshSql(SCALAR_REFRESH));
    await q.query(`
      CREATE FUNCTION project_insert(
        p_id uuid, p_organisation_id uuid, p_status text, p_visibility text, p_title jsonb, p_description jsonb,
        p_start_date date, p_end_date date, p_budget_amount numeric, p_budget_currency text, p_budget_confidential boolean,
        p_iati_identifier text, p_external_reference text, p_search_text text, p_key_id uuid,
        p_units uuid[], p_themes text[], p_interventions text[],
        p_group_codes text[], p_group_people int[], p_group_households int[],
        p_party_organisations uuid[], p_party_roles text[], p_party_shares numeric[], p_party_receives_from uuid[],
        p_action text, p_changes jsonb, p_request_id text
      ) RETURNS text LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $$
      BEGIN
        INSERT INTO projects (id, organisation_id, status, visibility, title, description, start_date, end_date, budget_amount, budget_currency,
                              budget_confidential, iati_identifier, external_reference, search_text, created_by_key_id, updated_by_key_id)
        VALUES (p_id, p_organisation_id, p_status, p_visibility, p_title, p_description, p_start_date, p_end_date, p_budget_amount, p_budget_currency,
                p_budget_confidential, p_iati_identifier, p_external_reference, p_search_text, p_key_id, p_key_id);
        INSERT INTO project_units (project_id, admin_unit_id) SELECT p_id, unnest(p_units);
        INSERT INTO project_themes (project_id, theme_code) SELECT p_id, unnest(p_themes);
        INSERT INTO project_interventions (project_id, intervention_code) SELECT p_id, unnest(p_interventions);
        INSERT INTO project_target_groups (project_id, group_code, people, households)
          SELECT p_id, g.code, g.people, g.households FROM unnest(p_group_codes, p_group_people, p_group_households) AS g(code, people, households);
        INSERT INTO project_parties (project_id, organisation_id, role, share_percent, receives_from_organisation_id)
          SELECT p_id, x.organisation_id, x.role, x.share, x.receives_from
            FROM unnest(p_party_organisations, p_party_roles, p_party_shares, p_party_receives_from) AS x(organisation_id, role, share, receives_from);
        PERFORM project_unit_index_refresh(p_id);
        INSERT INTO project_history (project_id, organisation_id, version, action, actor_key_id, request_id, changes)
        VALUES (p_id, p_organisation_id, 1, p_action, p_key_id, p_request_id, p_changes);
        -- created_at and updated_at, as PROJECT_SELECT writes them (both default to now()).
        RETURN to_json(now()) #>> '{}';
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION project_insert(${INSERT_ARGS}) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION project_insert(${INSERT_ARGS}) TO yntymak_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS project_insert(${INSERT_ARGS})`);
    await q.query(refreshSql(REBUILD_REFRESH));
  }
}

const INSERT_ARGS =
  'uuid, uuid, text, text, jsonb, jsonb, date, date, numeric, text, boolean, text, text, text, uuid, uuid[], text[], text[], text[], int[], int[], uuid[], text[], numeric[], uuid[], text, jsonb, text';

function refreshSql(body: string): string {
  return `
      CREATE OR REPLACE FUNCTION project_unit_index_refresh(p_project uuid) RETURNS bigint
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        written bigint;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM projects WHERE id = p_project AND organisation_id = app_current_org()) THEN
          RAISE EXCEPTION 'project % is not one of the calling organisation''s projects', p_project USING ERRCODE = '42501';
        END IF;${body}
      END $$`;
}

/** project_unit_index_rebuild's statements for one project (the same rows). */
const SCALAR_REFRESH = `
        DELETE FROM project_unit_index WHERE project_id = p_project;
        INSERT INTO project_unit_index (project_id, unit_pre, organisation_id, published, draft, archived, starts_on, ends_on, theme_mask, created_at)
        SELECT p.id, u.pre, p.organisation_id, p.visibility = 'PUBLISHED', p.visibility = 'DRAFT', p.archived_at IS NOT NULL,
               coalesce(p.start_date, '-infinity'::date), coalesce(p.end_date, 'infinity'::date),
               (SELECT coalesce(bit_or(theme_mask_bit(b.bit)), 0) FROM project_themes pt JOIN theme_bits b ON b.theme_code = pt.theme_code WHERE pt.project_id = p_project),
               p.created_at
          FROM projects p
          CROSS JOIN (
            SELECT o.pre FROM project_units pu JOIN admin_unit_order o ON o.unit_id = pu.admin_unit_id WHERE pu.project_id = p_project
            UNION ALL
            SELECT CASE WHEN EXISTS (SELECT 1 FROM project_units pu WHERE pu.project_id = p_project) THEN 0 ELSE -1 END
          ) u
         WHERE p.id = p_project;
        GET DIAGNOSTICS written = ROW_COUNT;
        RETURN written;`;

/** The body of ProjectSearchIndex1764324000000. */
const REBUILD_REFRESH = `
        RETURN project_unit_index_rebuild(ARRAY[p_project]);`;
