import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The project registry: projects with their coverage, themes, interventions, target groups and
 * parties (funders, intermediaries, implementers), an audit trail, and a versioned table of
 * exchange rates for comparing budgets. Row-level security: the owner writes; everyone reads
 * published projects; drafts and confidential pipeline projects only through the coordinator's
 * cross-tenant grant. Child rows inherit their project's visibility through an EXISTS policy.
 */
export class Projects1764237600000 implements MigrationInterface {
  name = 'Projects1764237600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE projects (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        status text NOT NULL CHECK (status IN ('PLANNED','ACTIVE','COMPLETED','SUSPENDED','ARCHIVED')),
        visibility text NOT NULL CHECK (visibility IN ('PUBLISHED','DRAFT','CONFIDENTIAL_PIPELINE')),
        title jsonb NOT NULL CHECK (jsonb_typeof(title) = 'object' AND (title ?| array['ky','ru','en'])),
        description jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(description) = 'object'),
        start_date date,
        end_date date,
        period daterange GENERATED ALWAYS AS (daterange(start_date, end_date, '[]')) STORED,
        budget_amount numeric(18,2) CHECK (budget_amount >= 0),
        budget_currency char(3),
        budget_confidential boolean NOT NULL DEFAULT false,
        iati_identifier text CHECK (iati_identifier ~ '^[A-Za-z0-9][A-Za-z0-9._:/-]{2,149}$'),
        external_reference text CHECK (char_length(external_reference) <= 200),
        search_text text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        created_by_key_id uuid,
        updated_by_key_id uuid,
        CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date),
        CHECK ((budget_amount IS NULL) = (budget_currency IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX projects_iati_per_owner ON projects (organisation_id, iati_identifier) WHERE iati_identifier IS NOT NULL`);
    await q.query(`CREATE INDEX projects_created ON projects (created_at, id)`);
    await q.query(`CREATE INDEX projects_owner_created ON projects (organisation_id, created_at, id)`);
    await q.query(`CREATE INDEX projects_period ON projects USING gist (period)`);
    await q.query(`CREATE INDEX projects_search ON projects USING gin (search_text gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE project_units (
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        admin_unit_id uuid NOT NULL REFERENCES admin_units(id),
        PRIMARY KEY (project_id, admin_unit_id)
      )`);
    await q.query(`CREATE INDEX project_units_unit ON project_units (admin_unit_id, project_id)`);
    await q.query(`
      CREATE TABLE project_themes (
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        theme_code text NOT NULL REFERENCES themes(code),
        PRIMARY KEY (project_id, theme_code)
      )`);
    await q.query(`CREATE INDEX project_themes_theme ON project_themes (theme_code, project_id)`);
    await q.query(`
      CREATE TABLE project_interventions (
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        intervention_code text NOT NULL REFERENCES intervention_types(code),
        PRIMARY KEY (project_id, intervention_code)
      )`);
    await q.query(`CREATE INDEX project_interventions_code ON project_interventions (intervention_code, project_id)`);
    await q.query(`
      CREATE TABLE project_target_groups (
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        group_code text NOT NULL,
        people integer CHECK (people >= 0),
        households integer CHECK (households >= 0),
        PRIMARY KEY (project_id, group_code)
      )`);
    await q.query(`
      CREATE TABLE project_parties (
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        role text NOT NULL CHECK (role IN ('FUNDER','INTERMEDIARY','IMPLEMENTER')),
        share_percent numeric(5,2) CHECK (share_percent > 0 AND share_percent <= 100),
        receives_from_organisation_id uuid REFERENCES organisations(id),
        PRIMARY KEY (project_id, organisation_id, role)
      )`);
    await q.query(`CREATE INDEX project_parties_org ON project_parties (organisation_id, project_id)`);

    await q.query(`
      CREATE TABLE project_history (
        id bigserial PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL,
        version integer NOT NULL,
        action text NOT NULL CHECK (action IN ('CREATED','UPDATED','ARCHIVED','IMPORTED')),
        actor_key_id uuid,
        request_id text,
        changes jsonb NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (project_id, version)
      )`);

    // Budgets compare across currencies through one rate set at a time; a new set is a new release.
    await q.query(`
      CREATE TABLE exchange_rate_sets (
        id text PRIMARY KEY,
        published_on date NOT NULL,
        source text NOT NULL,
        is_current boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE UNIQUE INDEX exchange_rate_sets_one_current ON exchange_rate_sets ((true)) WHERE is_current`);
    await q.query(`
      CREATE TABLE exchange_rates (
        rate_set_id text NOT NULL REFERENCES exchange_rate_sets(id),
        currency char(3) NOT NULL,
        usd_per_unit numeric(20,10) NOT NULL CHECK (usd_per_unit > 0),
        PRIMARY KEY (rate_set_id, currency)
      )`);

    // A filter on a unit that also wants the programmes above it (oblast, national).
    await q.query(`
      CREATE FUNCTION admin_units_related(p_unit uuid) RETURNS SETOF uuid LANGUAGE sql STABLE AS
      $$ SELECT admin_units_within(p_unit)
         UNION
         SELECT a.id FROM admin_units a JOIN admin_units u ON u.id = p_unit AND a.path @> u.path $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION admin_units_related(uuid) TO yntymak_app`);

    await q.query(`ALTER TABLE projects ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY projects_read ON projects FOR SELECT USING (organisation_id = app_current_org() OR visibility = 'PUBLISHED' OR app_cross_tenant())`);
    await q.query(`CREATE POLICY projects_insert ON projects FOR INSERT WITH CHECK (organisation_id = app_current_org())`);
    await q.query(`CREATE POLICY projects_update ON projects FOR UPDATE USING (organisation_id = app_current_org()) WITH CHECK (organisation_id = app_current_org())`);
    for (const table of ['project_units', 'project_themes', 'project_interventions', 'project_target_groups', 'project_parties']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      // The subquery runs under projects' own policy: a child row is visible exactly when its project is.
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (EXISTS (SELECT 1 FROM projects p WHERE p.id = project_id))`);
      await q.query(`CREATE POLICY ${table}_write ON ${table} FOR ALL USING (EXISTS (SELECT 1 FROM projects p WHERE p.id = project_id AND p.organisation_id = app_current_org()))
                     WITH CHECK (EXISTS (SELECT 1 FROM projects p WHERE p.id = project_id AND p.organisation_id = app_current_org()))`);
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO yntymak_app`);
    }
    await q.query(`ALTER TABLE project_history ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY project_history_read ON project_history FOR SELECT USING (EXISTS (SELECT 1 FROM projects p WHERE p.id = project_id))`);
    await q.query(`CREATE POLICY project_history_insert ON project_history FOR INSERT WITH CHECK (organisation_id = app_current_org())`);

    await q.query(`GRANT SELECT, INSERT, UPDATE ON projects TO yntymak_app`);
    await q.query(`GRANT SELECT, INSERT ON project_history TO yntymak_app`);
    await q.query(`GRANT USAGE ON SEQUENCE project_history_id_seq TO yntymak_app`);
    await q.query(`GRANT SELECT ON exchange_rate_sets, exchange_rates TO yntymak_app`);

    await seedRates(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS admin_units_related(uuid)`);
    for (const table of ['exchange_rates', 'exchange_rate_sets', 'project_history', 'project_parties', 'project_target_groups', 'project_interventions', 'project_themes', 'project_units', 'projects']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}

/**
 * Approximate 2025 annual averages (USD per unit), enough to rank and filter budgets; an operator
 * replaces them with an official set (e.g. the National Bank's) as a new rate set.
 */
async function seedRates(q: QueryRunner): Promise<void> {
  await q.query(`INSERT INTO exchange_rate_sets (id, published_on, source, is_current) VALUES ('approx-2025', '2025-12-31', 'Approximate 2025 annual averages; replace with an official rate set', true)`);
  const rates: Array<[string, number]> = [
    ['USD', 1], ['EUR', 1.13], ['GBP', 1.32], ['CHF', 1.2], ['JPY', 0.0067], ['CNY', 0.139], ['RUB', 0.0121], ['KZT', 0.00196],
    ['KGS', 0.01144], ['UZS', 0.0000795], ['TJS', 0.0953], ['TRY', 0.0255], ['SEK', 0.102], ['NOK', 0.097], ['DKK', 0.151],
    ['CAD', 0.72], ['AUD', 0.65], ['KRW', 0.00071], ['INR', 0.0116], ['AED', 0.2723], ['SAR', 0.2667], ['KWD', 3.26],
  ];
  await q.query(
    `INSERT INTO exchange_rates (rate_set_id, currency, usd_per_unit) SELECT 'approx-2025', c, r FROM unnest($1::text[], $2::numeric[]) AS t(c, r)`,
    [rates.map((r) => r[0]), rates.map((r) => r[1])],
  );
}
