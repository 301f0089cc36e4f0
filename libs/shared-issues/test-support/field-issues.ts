import { randomUUID } from 'node:crypto';

type RunSql = <T = Record<string, any>>(text: string, params?: unknown[]) => Promise<T[]>;

/** Five mountain villages of Naryn oblast (reference data): three in At-Bashy rayon, two in Naryn rayon. */
export const NARYN_VILLAGES = ['41704220830010', '41704220836010', '41704220845010', '41704245818010', '41704245825010'];

/** The dairy-goat breed-purity proposals of docs/issues.md, in English, Russian and Kyrgyz. */
export const BREED_PURITY = [
  'Keep dairy-goat breeds pure at national level; link farmers to pure-bred goat farms',
  'Связать фермеров с племенными хозяйствами чистопородных молочных коз, чтобы сохранить породу',
  'Сүттүү эчкилердин тукумун таза сактоо үчүн фермерлерди асыл тукум эчки чарбалары менен байланыштыруу',
  'Сохранить чистоту пород молочных коз на национальном уровне',
  'Dairy goats are crossbred with local goats and the breed is lost: keep the breeds pure and link farmers to pure-bred goat farms',
];

export const VILLAGE_FACTS: [number, number, number][] = [
  [2100, 3450, 212],
  [2050, 2870, 164],
  [2180, 1990, 131],
  [2230, 1540, 97],
  [2020, 2310, 148],
];

export async function anOrganisation(sql: RunSql, name: string, kind = 'IMPLEMENTER'): Promise<string> {
  const id = randomUUID();
  await sql(`INSERT INTO organisations (id, name, kind) VALUES ($1, $2, $3)`, [id, name, kind]);
  return id;
}

export async function unitId(sql: RunSql, code: string): Promise<string> {
  const [row] = await sql<{ id: string }>(`SELECT id FROM admin_units WHERE code = $1`, [code]);
  if (!row) throw new Error(`no admin unit ${code} in the reference data`);
  return row.id;
}

/**
 * An issue as the issues context stores it once refined and forwarded (ADDRESSED, with a deadline),
 * written as the owner: the shared-issue tests need issues, not the raising workflow.
 */
export async function anAddressedIssue(
  sql: RunSql,
  o: { organisationId: string; unitCode: string; proposal: string; facts?: [number, number, number]; level?: string; intervention?: string; themes?: string[]; title?: string; state?: string },
): Promise<string> {
  const id = randomUUID();
  const state = o.state ?? 'ADDRESSED';
  await sql(
    `INSERT INTO issues (id, organisation_id, admin_unit_id, theme_codes, intervention_code, title, proposal, proposed_level, decision_level, state, deadline_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, CASE WHEN $9 IN ('ADDRESSED','UNDER_CONSIDERATION') THEN now() + interval '30 days' END)`,
    [id, o.organisationId, await unitId(sql, o.unitCode), o.themes ?? ['LIVESTOCK'], o.intervention ?? 'DAIRY_GOATS', JSON.stringify({ en: o.title ?? o.proposal.slice(0, 60) }), JSON.stringify({ en: o.proposal }), o.level ?? 'LOCAL', state],
  );
  if (o.facts) {
    const [altitude, population, vulnerable] = o.facts;
    await sql(
      `INSERT INTO issue_evidence (issue_id, position, indicator, value, unit, source, fact_date) VALUES
         ($1, 0, 'ALTITUDE', $2, 'm', 'ayil okmotu', '2025'), ($1, 1, 'POPULATION', $3, 'persons', 'ayil okmotu social passports', '2025'),
         ($1, 2, 'VULNERABLE_HOUSEHOLDS', $4, 'households', 'ayil okmotu social passports', '2025')`,
      [id, altitude, population, vulnerable],
    );
  }
  return id;
}

/** What the issues context writes when an issue changes: the grouping job reacts to it. */
export async function issueEvent(sql: RunSql, issueId: string, type = 'issue.transitioned'): Promise<void> {
  await sql(`INSERT INTO outbox_events (event_id, type, aggregate_type, aggregate_id, organisation_id) VALUES ($1, $2, 'issue', $3, NULL)`, [randomUUID(), type, issueId]);
}
