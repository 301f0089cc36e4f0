import { Injectable } from '@nestjs/common';
import { TenantDb, TenantTx } from '@yntymak/database';
import { BadInputError, NotFoundError } from '@yntymak/errors';
import { currentPrincipal } from '@yntymak/context';
import { AccessPolicy } from '@yntymak/tenancy';
import { WhoDoesWhatWhereArgs } from './who-does-what-where.args';
import { UnitPresence } from './who-does-what-where.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Row {
  unit_id: string;
  theme_code: string | null;
  projects: number;
  organisations: string[];
  budget_usd: string | null;
}

/**
 * Who does what where: for every unit of a level inside an area, the projects and organisations
 * per theme, rolled up from the units below; hot spots (3+ organisations on one theme) and gaps
 * (poorer-than-median units with no project on a theme asked for). Counts what the caller may see.
 */
@Injectable()
export class WhoDoesWhatWhereQuery {
  constructor(
    private readonly db: TenantDb,
    private readonly policy: AccessPolicy,
  ) {}

  async execute(args: WhoDoesWhatWhereArgs): Promise<UnitPresence[]> {
    if (args.periodFrom && args.periodTo && args.periodFrom > args.periodTo) throw new BadInputError('periodTo', 'periodTo is before periodFrom');
    const principal = currentPrincipal();
    const grant = this.policy.crossTenantRead(principal, 'projects');
    const read = (fn: (tx: TenantTx) => Promise<UnitPresence[]>) => (grant ? this.db.readAcrossTenants(grant, fn) : this.db.run(fn));
    return read(async (tx) => {
      const [root] = await tx.rows<{ id: string }>(UUID.test(args.adminUnit) ? `SELECT id FROM admin_units WHERE id = $1` : `SELECT id FROM admin_units WHERE code = $1`, [args.adminUnit]);
      if (!root) throw new NotFoundError('admin unit', 'adminUnit');
      const units = await tx.rows<{ id: string; code: string; name: string; poverty: string | null; population: string | null }>(
        `SELECT u.id, u.code, u.name_en AS name,
                (SELECT f.value::text FROM admin_unit_facts f WHERE f.admin_unit_id = u.id AND f.indicator = 'POVERTY_RATE' ORDER BY f.period DESC NULLS LAST LIMIT 1) AS poverty,
                (SELECT f.value::text FROM admin_unit_facts f WHERE f.admin_unit_id = u.id AND f.indicator = 'POPULATION' ORDER BY f.period DESC NULLS LAST LIMIT 1) AS population
           FROM admin_units u, admin_units r
          WHERE r.id = $1 AND u.path <@ r.path AND u.level = $2 AND u.valid_to IS NULL ORDER BY u.code`,
        [root.id, args.level],
      );
      const period = [args.periodFrom ?? null, args.periodTo ?? null];
      // Without a period: active today (or undated).
      const active = `(CASE WHEN $3::date IS NULL AND $4::date IS NULL THEN (p.period @> current_date OR p.period IS NULL)
                            ELSE p.period && daterange($3::date, $4::date, '[]') END)`;
      const themeFilter = `AND (cardinality($5::text[]) = 0 OR pt.theme_code IN (
        WITH RECURSIVE t AS (SELECT code FROM themes WHERE code = ANY($5::text[]) UNION SELECT c.code FROM themes c JOIN t ON c.parent_code = t.code) SELECT code FROM t))`;
      const rows = await tx.rows<Row>(
        `WITH targets AS (SELECT u.id, u.path FROM admin_units u, admin_units r WHERE r.id = $1 AND u.path <@ r.path AND u.level = $2 AND u.valid_to IS NULL),
              covered AS (
                SELECT t.id AS unit_id, p.id AS project_id, p.organisation_id,
                       CASE WHEN NOT p.budget_confidential OR p.organisation_id = app_current_org() OR app_cross_tenant()
                            THEN p.budget_amount * (SELECT r.usd_per_unit FROM exchange_rates r JOIN exchange_rate_sets s ON s.id = r.rate_set_id AND s.is_current WHERE r.currency = p.budget_currency)
                                 / (SELECT count(*) FROM project_units x WHERE x.project_id = p.id) END AS budget_usd
                  FROM targets t JOIN admin_units a ON a.path <@ t.path JOIN project_units pu ON pu.admin_unit_id = a.id
                  JOIN projects p ON p.id = pu.project_id AND p.archived_at IS NULL AND ${active}
                 GROUP BY t.id, p.id)
         SELECT c.unit_id, pt.theme_code, count(DISTINCT c.project_id)::int AS projects, array_agg(DISTINCT c.organisation_id::text) AS organisations,
                sum(c.budget_usd)::text AS budget_usd
           FROM covered c JOIN project_themes pt ON pt.project_id = c.project_id ${themeFilter}
          GROUP BY GROUPING SETS ((c.unit_id, pt.theme_code), (c.unit_id))`,
        [root.id, args.level, ...period, args.themeCodes ?? []],
      );
      const above = await tx.rows<{ unit_id: string; n: number }>(
        `SELECT t.id AS unit_id, count(DISTINCT p.id)::int AS n
           FROM admin_units t JOIN admin_units r ON r.id = $1 AND t.path <@ r.path AND t.level = $2 AND t.valid_to IS NULL
           JOIN admin_units a ON a.path @> t.path AND a.path <> t.path JOIN project_units pu ON pu.admin_unit_id = a.id
           JOIN projects p ON p.id = pu.project_id AND p.archived_at IS NULL AND ${active}
          GROUP BY t.id`,
        [root.id, args.level, ...period],
      );
      return present(units, rows, new Map(above.map((a) => [a.unit_id, a.n])), args.themeCodes ?? []);
    });
  }
}

function present(units: Array<{ id: string; code: string; name: string; poverty: string | null; population: string | null }>, rows: Row[], above: Map<string, number>, asked: string[]): UnitPresence[] {
  const rates = units.map((u) => (u.poverty === null ? null : Number(u.poverty))).filter((r): r is number => r !== null).sort((a, b) => a - b);
  const median = rates.length ? rates[Math.floor(rates.length / 2)] : null;
  return units.map((u) => {
    const mine = rows.filter((r) => r.unit_id === u.id);
    const total = mine.find((r) => r.theme_code === null);
    const themes = mine
      .filter((r) => r.theme_code !== null)
      .map((r) => ({ themeCode: r.theme_code!, projectCount: r.projects, organisationIds: r.organisations.sort(), budgetUsd: Math.round(Number(r.budget_usd ?? 0)), hotSpot: r.organisations.length >= 3 }))
      .sort((a, b) => b.projectCount - a.projectCount || a.themeCode.localeCompare(b.themeCode));
    const poverty = u.poverty === null ? null : Number(u.poverty);
    const present = new Set(themes.map((t) => t.themeCode));
    return {
      unitId: u.id,
      code: u.code,
      name: u.name,
      projectCount: total?.projects ?? 0,
      organisationCount: total?.organisations.length ?? 0,
      programmesFromAbove: above.get(u.id) ?? 0,
      themes,
      povertyRate: poverty,
      population: u.population === null ? null : Number(u.population),
      gaps: poverty !== null && median !== null && poverty >= median ? asked.filter((t) => !present.has(t)) : [],
    };
  });
}
