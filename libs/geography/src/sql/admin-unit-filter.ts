import { AdminLevel, AdminUnitKind } from '../domain/reference-codes';

export interface AdminUnitFilter {
  level?: AdminLevel;
  kind?: AdminUnitKind;
  /** Direct children of this unit. */
  parentId?: string;
  /** Units below this one at any depth (not the unit itself). */
  withinId?: string;
  /** Also units that are no longer (or not yet) valid today. */
  includeHistorical: boolean;
}

/**
 * WHERE conditions on admin_units `u` for a filter, appending their parameters. With history,
 * "within" follows the crosswalk too (admin_units_within): below a merged ayil aimak are also the
 * old aimaks it absorbed and their villages. Without it, the current tree is enough.
 */
export function adminUnitFilterSql(filter: AdminUnitFilter, params: unknown[]): string[] {
  const where: string[] = [];
  if (!filter.includeHistorical) where.push(`u.validity @> current_date`);
  if (filter.level) where.push(`u.level = $${params.push(filter.level)}`);
  if (filter.kind) where.push(`u.kind = $${params.push(filter.kind)}`);
  if (filter.parentId) where.push(`u.parent_id = $${params.push(filter.parentId)}::uuid`);
  if (filter.withinId) {
    const w = `$${params.push(filter.withinId)}::uuid`;
    where.push(
      filter.includeHistorical
        ? `u.id IN (SELECT admin_units_within(${w})) AND u.id <> ${w}`
        : `u.path <@ (SELECT path FROM admin_units WHERE id = ${w}) AND u.id <> ${w}`,
    );
  }
  return where;
}
