import { Injectable } from '@nestjs/common';
import { Principal, currentPrincipal } from '@yntymak/context';
import { TenantDb } from '@yntymak/database';
import { NotFoundError } from '@yntymak/errors';
import { ConnectionShape, decodeCursor, toConnection } from '@yntymak/graphql-kit';
import { ProjectQueries, ProjectRecord, ProjectType } from '@yntymak/projects';
import { OverlapClustersArgs, OverlapsArgs } from './dto/overlap.args';
import { OverlapRepository, OverlapRow } from './overlap.repository';
import { BlindProjectSummary, OverlapCluster, OverlapEventType, OverlapSide, OverlapType } from './types/overlap.type';

const isScore = (value: string) => /^[01](\.\d+)?$/.test(value);

/** Reads of overlaps with both projects side by side, as far as the caller may see each one. */
@Injectable()
export class OverlapQueries {
  constructor(
    private readonly db: TenantDb,
    private readonly overlaps: OverlapRepository,
    private readonly projects: ProjectQueries,
  ) {}

  async overlap(id: string): Promise<OverlapType> {
    const row = await this.db.run((tx) => this.overlaps.find(tx, id));
    if (!row) throw new NotFoundError('overlap');
    return (await this.present([row]))[0];
  }

  async page(args: OverlapsArgs): Promise<ConnectionShape<OverlapType>> {
    const after = args.after ? decodeCursor(args.after, 'after', isScore) : undefined;
    const { rows, total } = await this.db.run((tx) => this.overlaps.page(tx, args.filter, after, args.first + 1));
    const presented = new Map((await this.present(rows)).map((o) => [o.id, o]));
    return toConnection(rows.map((r) => ({ id: r.id, createdAt: r.score })), args.first, total, (r) => presented.get(r.id)!);
  }

  /** Connected groups of projects over open and confirmed overlaps (union-find over what the caller may see). */
  async clusters(args: OverlapClustersArgs): Promise<OverlapCluster[]> {
    const { rows } = await this.db.run((tx) =>
      this.overlaps.page(tx, { statuses: ['OPEN', 'CONFIRMED_DUPLICATE'], adminUnit: args.adminUnit, themeCode: args.themeCode }, undefined, 5000),
    );
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      const p = parent.get(x) ?? x;
      if (p === x) return x;
      const root = find(p);
      parent.set(x, root);
      return root;
    };
    for (const r of rows) parent.set(find(r.project_a_id), find(r.project_b_id));
    const groups = new Map<string, OverlapCluster>();
    for (const r of rows) {
      const root = find(r.project_a_id);
      const g = groups.get(root) ?? { projectIds: [], organisationIds: [], overlapIds: [], maxScore: 0 };
      g.projectIds.push(r.project_a_id, r.project_b_id);
      g.organisationIds.push(r.organisation_a_id, r.organisation_b_id);
      g.overlapIds.push(r.id);
      g.maxScore = Math.max(g.maxScore, Number(r.score));
      groups.set(root, g);
    }
    return [...groups.values()]
      .map((g) => ({ ...g, projectIds: [...new Set(g.projectIds)].sort(), organisationIds: [...new Set(g.organisationIds)].sort() }))
      .sort((a, b) => b.projectIds.length - a.projectIds.length || b.maxScore - a.maxScore);
  }

  private async present(rows: OverlapRow[]): Promise<OverlapType[]> {
    const viewer = currentPrincipal();
    const ids = [...new Set(rows.flatMap((r) => [r.project_a_id, r.project_b_id]))];
    const [records, history] = await Promise.all([
      ids.length ? this.projects.byIds(ids) : Promise.resolve([] as ProjectRecord[]),
      rows.length ? this.db.run((tx) => this.overlaps.history(tx, rows.map((r) => r.id))) : Promise.resolve([]),
    ]);
    const visible = new Map(records.map((r) => [r.id, r]));
    return rows.map((row) => toOverlapType(row, visible, history.filter((h) => h.overlap_id === row.id), viewer));
  }
}

function side(projectId: string, blind: object | null, visible: Map<string, ProjectRecord>, viewer: Principal): OverlapSide {
  const record = visible.get(projectId);
  return { project: record ? ProjectType.from(record, viewer) : null, blind: record ? null : ((blind as BlindProjectSummary | null) ?? null) };
}

function toOverlapType(row: OverlapRow, visible: Map<string, ProjectRecord>, history: Array<{ kind: string; decision: string | null; note: string | null; organisation_id: string | null; detail: object | null; at: string }>, viewer: Principal): OverlapType {
  return Object.assign(new OverlapType(), {
    id: row.id,
    score: Number(row.score),
    kind: row.kind,
    status: row.status,
    explanation: row.explanation,
    components: Object.entries(row.components).map(([signal, c]) => ({ signal, value: c.value, level: c.level, weight: c.weight })),
    engineVersion: row.engine_version,
    detectedAt: row.detected_at,
    changedAt: row.changed_at,
    closedAt: row.closed_at,
    createdAt: row.detected_at,
    projectA: side(row.project_a_id, row.blind_a, visible, viewer),
    projectB: side(row.project_b_id, row.blind_b, visible, viewer),
    history: history.map(
      (h): OverlapEventType => ({ kind: h.kind, decision: h.decision, note: h.note, organisationId: h.organisation_id, detail: h.detail ? JSON.stringify(h.detail) : null, at: h.at }),
    ),
  });
}
