import { Injectable } from '@nestjs/common';
import { Principal, currentPrincipal } from '@yntymak/context';
import { TenantDb, TenantTx } from '@yntymak/database';
import { NotFoundError } from '@yntymak/errors';
import { ConnectionShape, CursorKey, decodeCursor, toConnection } from '@yntymak/graphql-kit';
import { AccessPolicy } from '@yntymak/tenancy';
import { ProjectHistoryArgs, ProjectsArgs } from './dto/projects.args';
import { SORTS, SearchPrepared, projectFilterSql, searchPageSql, searchPrepareSql, usesSearchIndex } from './project-filter.sql';
import { ProjectRecord, ProjectRepository } from './project.repository';
import { ProjectHistoryEntry, ProjectType } from './types/project.type';

/** A page's row before its project is read: the id and the sort value its cursor carries. */
interface PageKey {
  id: string;
  sort_value: string;
}

/** A list's total and its page's keys. */
interface SearchResult {
  n: number;
  keys: PageKey[];
}

/**
 * Reads of the registry. Visibility is row-level security's: published projects for everyone,
 * drafts and confidential pipeline projects for their owner, and for the coordinator through its
 * cross-tenant grant.
 */
@Injectable()
export class ProjectQueries {
  constructor(
    private readonly db: TenantDb,
    private readonly projects: ProjectRepository,
    private readonly policy: AccessPolicy,
  ) {}

  private read<T>(fn: (tx: TenantTx) => Promise<T>): Promise<T> {
    const principal = currentPrincipal();
    const grant = this.policy.crossTenantRead(principal, 'projects');
    return grant ? this.db.readAcrossTenants(grant, fn) : this.db.run(fn);
  }

  async project(id: string): Promise<ProjectType> {
    const [record] = await this.read((tx) => this.projects.findVisible(tx, [id]));
    if (!record) throw new NotFoundError('project');
    return ProjectType.from(record, currentPrincipal());
  }

  /** For DataLoaders of other contexts: visible projects by id, in any order. */
  byIds(ids: readonly string[]): Promise<ProjectRecord[]> {
    return this.read((tx) => this.projects.findVisible(tx, ids));
  }

  async page(args: ProjectsArgs): Promise<ConnectionShape<ProjectType>> {
    const viewer: Principal = currentPrincipal();
    const after = args.after ? decodeCursor(args.after) : undefined;
    return this.read(async (tx) => {
      const { n, keys } = usesSearchIndex(args.filter) ? await this.searchIndexed(tx, args, after) : await this.searchProjects(tx, args, after);
      const records = new Map((keys.length ? await this.projects.findVisible(tx, keys.map((k) => k.id)) : []).map((r) => [r.id, r]));
      const rows = keys.filter((k) => records.has(k.id)).map((k) => ({ createdAt: k.sort_value, id: k.id, record: records.get(k.id)! }));
      return toConnection(rows, args.first, n, (row) => ProjectType.from(row.record, viewer));
    });
  }

  /**
   * Lists by unit, theme or period: project_unit_index (see docs/projects-performance.md). Then the
   * page's projects by findVisible: one statement more, but measured faster under row-level
   * security than the same rows aggregated into this statement as JSON.
   */
  private async searchIndexed(tx: TenantTx, args: ProjectsArgs, after: CursorKey | undefined): Promise<SearchResult> {
    const filter = args.filter!;
    const prepare = searchPrepareSql(filter);
    const [prepared] = await tx.rows<SearchPrepared>(prepare.sql, prepare.params);
    if (prepared.ranges && !prepared.ranges.length) return { n: 0, keys: [] };
    const { sql, params } = searchPageSql(filter, args.sort, after && { value: after.createdAt, id: after.id }, args.first + 1, prepared);
    const [{ n, keys }] = await tx.rows<SearchResult>(sql, params);
    return { n, keys };
  }

  /** Other lists (owner, status, text, budget): the projects table and its own indexes. */
  private async searchProjects(tx: TenantTx, args: ProjectsArgs, after: CursorKey | undefined): Promise<SearchResult> {
    const { where, params } = projectFilterSql(args.filter);
    const sort = SORTS[args.sort];
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ n }] = await tx.rows<{ n: number }>(`SELECT count(*)::int AS n FROM projects p ${filter}`, params);
    const pageParams = [...params];
    const pageWhere = [...where];
    if (after) {
      const op = sort.descending ? '<' : '>';
      pageWhere.push(`(${sort.expression}, p.id) ${op} ($${pageParams.push(after.createdAt)}::${sort.cast}, $${pageParams.push(after.id)}::uuid)`);
    }
    const dir = sort.descending ? 'DESC' : 'ASC';
    const keys = await tx.rows<PageKey>(
      `SELECT p.id, to_json(${sort.expression}) #>> '{}' AS sort_value FROM projects p ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''}
       ORDER BY ${sort.expression} ${dir}, p.id ${dir} LIMIT $${pageParams.push(args.first + 1)}`,
      pageParams,
    );
    return { n, keys };
  }

  async history(args: ProjectHistoryArgs): Promise<ConnectionShape<ProjectHistoryEntry>> {
    const after = args.after ? decodeCursor(args.after) : undefined;
    return this.read(async (tx) => {
      const [visible] = await tx.rows(`SELECT 1 FROM projects WHERE id = $1`, [args.id]);
      if (!visible) throw new NotFoundError('project');
      const [{ n }] = await tx.rows<{ n: number }>(`SELECT count(*)::int AS n FROM project_history WHERE project_id = $1`, [args.id]);
      const params: unknown[] = [args.id];
      // History ids only grow, so the id alone is a stable cursor.
      const cursor = after ? `AND id > $${params.push(after.id)}::bigint` : '';
      const rows = await tx.rows<{ id: string; version: number; action: string; actor_key_id: string | null; request_id: string | null; at: string; changes: Array<{ field: string; from: unknown; to: unknown }> }>(
        `SELECT id::text, version, action, actor_key_id, request_id, to_json(at) #>> '{}' AS at, changes FROM project_history
          WHERE project_id = $1 ${cursor} ORDER BY id LIMIT $${params.push(args.first + 1)}`,
        params,
      );
      return toConnection(
        rows.map((r) => ({ ...r, createdAt: r.at })),
        args.first,
        n,
        (r) =>
          Object.assign(new ProjectHistoryEntry(), {
            id: r.id,
            version: r.version,
            action: r.action,
            actorKeyId: r.actor_key_id,
            requestId: r.request_id,
            at: r.at,
            createdAt: r.at,
            changes: r.changes.map((c) => ({ field: c.field, from: c.from === null ? null : JSON.stringify(c.from), to: c.to === null ? null : JSON.stringify(c.to) })),
          }),
      );
    });
  }
}
