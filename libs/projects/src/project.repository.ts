import { Injectable } from '@nestjs/common';
import { PreparedSql, TenantTx } from '@yntymak/database';
import { Party, ProjectFields, ProjectStatus, ProjectVisibility, TargetGroupCount } from './domain/project';

/** A stored project as the registry reads it back. */
export interface ProjectRecord extends ProjectFields {
  id: string;
  organisationId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

interface ProjectRow {
  id: string;
  organisation_id: string;
  version: number;
  status: ProjectStatus;
  visibility: ProjectVisibility;
  title: ProjectFields['title'];
  description: ProjectFields['description'];
  start_date: string | null;
  end_date: string | null;
  budget_amount: string | null;
  budget_currency: string | null;
  budget_confidential: boolean;
  iati_identifier: string | null;
  external_reference: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  coverage: string[];
  themes: string[];
  interventions: string[];
  target_groups: TargetGroupCount[];
  parties: Party[];
}

/**
 * One SELECT for a project and all its lists; child rows pass the same row-level security as the
 * project. Lists come in code order (byte order whatever the database's locale), the order
 * insertedRecord() gives a new project without reading it back.
 */
export const PROJECT_SELECT = `
  SELECT p.id, p.organisation_id, p.version, p.status, p.visibility, p.title, p.description,
         to_char(p.start_date, 'YYYY-MM-DD') AS start_date, to_char(p.end_date, 'YYYY-MM-DD') AS end_date,
         p.budget_amount, p.budget_currency, p.budget_confidential, p.iati_identifier, p.external_reference,
         to_json(p.created_at) #>> '{}' AS created_at, to_json(p.updated_at) #>> '{}' AS updated_at, to_json(p.archived_at) #>> '{}' AS archived_at,
         ARRAY(SELECT admin_unit_id::text FROM project_units WHERE project_id = p.id ORDER BY admin_unit_id) AS coverage,
         ARRAY(SELECT theme_code FROM project_themes WHERE project_id = p.id ORDER BY theme_code COLLATE "C") AS themes,
         ARRAY(SELECT intervention_code FROM project_interventions WHERE project_id = p.id ORDER BY intervention_code COLLATE "C") AS interventions,
         coalesce((SELECT json_agg(json_build_object('code', group_code, 'people', people, 'households', households) ORDER BY group_code COLLATE "C")
                     FROM project_target_groups WHERE project_id = p.id), '[]') AS target_groups,
         coalesce((SELECT json_agg(json_build_object('organisationId', organisation_id, 'role', role, 'sharePercent', share_percent::float8,
                                                     'receivesFromOrganisationId', receives_from_organisation_id) ORDER BY role COLLATE "C", organisation_id)
                     FROM project_parties WHERE project_id = p.id), '[]') AS parties
    FROM projects p`;

export function toRecord(row: ProjectRow): ProjectRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    version: row.version,
    status: row.status,
    visibility: row.visibility,
    title: row.title,
    description: row.description,
    startDate: row.start_date,
    endDate: row.end_date,
    budget: row.budget_amount === null ? null : { amount: Number(row.budget_amount), currency: row.budget_currency!, confidential: row.budget_confidential },
    coverage: row.coverage,
    themes: row.themes,
    interventions: row.interventions,
    targetGroups: row.target_groups,
    parties: row.parties,
    iatiIdentifier: row.iati_identifier,
    externalReference: row.external_reference,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A project just inserted, as PROJECT_SELECT would read it back: the same fields in the same list
 * order, so that a create answers without a second statement. `fields` are validated (two decimals
 * at most in amounts and shares, dates as YYYY-MM-DD, coverage as unit ids); a test compares the
 * two for a project that uses every field.
 */
export function insertedRecord(id: string, organisationId: string, p: ProjectFields, createdAt: string): ProjectRecord {
  return {
    ...p,
    id,
    organisationId,
    version: 1,
    coverage: [...p.coverage].sort(byCode),
    themes: [...p.themes].sort(byCode),
    interventions: [...p.interventions].sort(byCode),
    targetGroups: [...p.targetGroups].sort((x, y) => byCode(x.code, y.code)),
    parties: [...p.parties].sort((x, y) => byCode(x.role, y.role) || byCode(x.organisationId, y.organisationId)),
    createdAt,
    updatedAt: createdAt,
    archivedAt: null,
  };
}

/** Projects by id through any query function: the registry's own transactions, or the worker's system connection. */
export async function loadProjectRecords(query: (sql: string, params: unknown[]) => Promise<unknown[]>, ids: readonly string[]): Promise<ProjectRecord[]> {
  const rows = (await query(`${PROJECT_SELECT} WHERE p.id = ANY($1::uuid[])`, [ids])) as ProjectRow[];
  return rows.map(toRecord);
}

// The statements of the create and update paths, planned once per connection (PreparedSql).
const FIND_OWNED = PreparedSql.define('project-find-owned', `${PROJECT_SELECT} WHERE p.id = $1 AND p.organisation_id = $2`);
const FIND_OWNED_FOR_UPDATE = PreparedSql.define('project-find-owned-for-update', `${PROJECT_SELECT} WHERE p.id = $1 AND p.organisation_id = $2 FOR UPDATE OF p`);
/** A new project, its lists, its index rows and its first history entry: one round trip (migration 1765600000000). */
const INSERT_PROJECT = PreparedSql.define(
  'project-insert',
  `SELECT project_insert($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28) AS created_at`,
);
const REFRESH_INDEX = PreparedSql.define('project-unit-index-refresh', `SELECT project_unit_index_refresh($1::uuid)`);
const INSERT_HISTORY = PreparedSql.define(
  'project-history-insert',
  `INSERT INTO project_history (project_id, organisation_id, version, action, actor_key_id, request_id, changes) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
);

export interface NewHistoryEntry {
  action: 'CREATED' | 'IMPORTED';
  changes: unknown;
  requestId: string | null;
}

type ListField = 'coverage' | 'themes' | 'interventions' | 'targetGroups' | 'parties';

/** SQL of the project registry. Writes are scoped to the owner as well as the id. */
@Injectable()
export class ProjectRepository {
  async findOwned(tx: TenantTx, organisationId: string, id: string, lock: boolean): Promise<ProjectRecord | undefined> {
    const row = await tx.one<ProjectRow>(lock ? FIND_OWNED_FOR_UPDATE : FIND_OWNED, [id, organisationId]);
    return row && toRecord(row);
  }

  async findVisible(tx: TenantTx, ids: readonly string[]): Promise<ProjectRecord[]> {
    const rows = await tx.rows<ProjectRow>(`${PROJECT_SELECT} WHERE p.id = ANY($1::uuid[])`, [ids]);
    return rows.map(toRecord);
  }

  async currentVersion(tx: TenantTx, organisationId: string, id: string): Promise<number | undefined> {
    return (await tx.one<{ version: number }>(`SELECT version FROM projects WHERE id = $1 AND organisation_id = $2`, [id, organisationId]))?.version;
  }

  /** A new project with all its lists and its first history entry (CREATED or IMPORTED); answers it as stored. */
  async insert(tx: TenantTx, id: string, organisationId: string, p: ProjectFields, searchText: string, history: NewHistoryEntry): Promise<ProjectRecord> {
    const g = p.targetGroups;
    const q = p.parties;
    const [row] = await tx.rows<{ created_at: string }>(INSERT_PROJECT, [
      id,
      organisationId,
      ...this.columns(p),
      searchText,
      tx.principal.apiKeyId,
      p.coverage,
      p.themes,
      p.interventions,
      g.map((x) => x.code),
      g.map((x) => x.people),
      g.map((x) => x.households),
      q.map((x) => x.organisationId),
      q.map((x) => x.role),
      q.map((x) => x.sharePercent),
      q.map((x) => x.receivesFromOrganisationId),
      history.action,
      JSON.stringify(history.changes),
      history.requestId,
    ]);
    return insertedRecord(id, organisationId, p, row.created_at);
  }

  /** Compare-and-set on the version: 0 rows means someone else updated first. */
  async update(tx: TenantTx, organisationId: string, id: string, expectedVersion: number, p: ProjectFields, searchText: string, changedLists: ListField[]): Promise<number> {
    const touched = await tx.exec(
      `UPDATE projects SET status = $3, visibility = $4, title = $5, description = $6, start_date = $7, end_date = $8, budget_amount = $9,
              budget_currency = $10, budget_confidential = $11, iati_identifier = $12, external_reference = $13, search_text = $14,
              version = version + 1, updated_at = now(), updated_by_key_id = $15
        WHERE id = $1 AND organisation_id = $2 AND version = $16`,
      [id, organisationId, ...this.columns(p), searchText, tx.principal.apiKeyId, expectedVersion],
    );
    if (touched === 1) {
      await this.replaceLists(tx, id, p, changedLists, true);
      await this.refreshSearchIndex(tx, id);
    }
    return touched;
  }

  async archive(tx: TenantTx, organisationId: string, id: string, expectedVersion: number): Promise<number> {
    const touched = await tx.exec(
      `UPDATE projects SET status = 'ARCHIVED', archived_at = now(), version = version + 1, updated_at = now(), updated_by_key_id = $3
        WHERE id = $1 AND organisation_id = $2 AND version = $4 AND archived_at IS NULL`,
      [id, organisationId, tx.principal.apiKeyId, expectedVersion],
    );
    if (touched === 1) await this.refreshSearchIndex(tx, id);
    return touched;
  }

  /**
   * Rewrites the project's rows in project_unit_index (the list's and overlap detection's index)
   * from what this transaction has just stored. The database function derives them from projects,
   * project_units and project_themes and refuses a project of another organisation.
   */
  private async refreshSearchIndex(tx: TenantTx, id: string): Promise<void> {
    await tx.rows(REFRESH_INDEX, [id]);
  }

  private columns(p: ProjectFields): unknown[] {
    return [
      p.status,
      p.visibility,
      JSON.stringify(p.title),
      JSON.stringify(p.description),
      p.startDate,
      p.endDate,
      p.budget?.amount ?? null,
      p.budget?.currency ?? null,
      p.budget?.confidential ?? false,
      p.iatiIdentifier,
      p.externalReference,
    ];
  }

  /** Set-based: one statement per list, whatever its length. */
  private async replaceLists(tx: TenantTx, id: string, p: ProjectFields, lists: ListField[], clearFirst: boolean): Promise<void> {
    const has = (f: ListField) => lists.includes(f);
    if (has('coverage')) {
      if (clearFirst) await tx.exec(`DELETE FROM project_units WHERE project_id = $1`, [id]);
      await tx.exec(`INSERT INTO project_units (project_id, admin_unit_id) SELECT $1, unnest($2::uuid[])`, [id, p.coverage]);
    }
    if (has('themes')) {
      if (clearFirst) await tx.exec(`DELETE FROM project_themes WHERE project_id = $1`, [id]);
      await tx.exec(`INSERT INTO project_themes (project_id, theme_code) SELECT $1, unnest($2::text[])`, [id, p.themes]);
    }
    if (has('interventions')) {
      if (clearFirst) await tx.exec(`DELETE FROM project_interventions WHERE project_id = $1`, [id]);
      await tx.exec(`INSERT INTO project_interventions (project_id, intervention_code) SELECT $1, unnest($2::text[])`, [id, p.interventions]);
    }
    if (has('targetGroups')) {
      if (clearFirst) await tx.exec(`DELETE FROM project_target_groups WHERE project_id = $1`, [id]);
      const g = p.targetGroups;
      await tx.exec(`INSERT INTO project_target_groups (project_id, group_code, people, households) SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[])`, [
        id,
        g.map((x) => x.code),
        g.map((x) => x.people),
        g.map((x) => x.households),
      ]);
    }
    if (has('parties')) {
      if (clearFirst) await tx.exec(`DELETE FROM project_parties WHERE project_id = $1`, [id]);
      const q = p.parties;
      await tx.exec(
        `INSERT INTO project_parties (project_id, organisation_id, role, share_percent, receives_from_organisation_id)
         SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::numeric[], $5::uuid[])`,
        [id, q.map((x) => x.organisationId), q.map((x) => x.role), q.map((x) => x.sharePercent), q.map((x) => x.receivesFromOrganisationId)],
      );
    }
  }

  async recordHistory(tx: TenantTx, row: { projectId: string; organisationId: string; version: number; action: string; changes: unknown; requestId: string | null }): Promise<void> {
    await tx.exec(INSERT_HISTORY, [
      row.projectId,
      row.organisationId,
      row.version,
      row.action,
      tx.principal.apiKeyId,
      row.requestId,
      JSON.stringify(row.changes),
    ]);
  }
}
