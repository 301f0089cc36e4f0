import { Client } from 'pg';
import { round } from './compute-percentiles';
import { printProgress } from './print-progress';
import { SyntheticProject } from './synthetic-projects';

const ANALYZE_EVERY = 100_000;

export interface BulkLoadFigures {
  /** Seconds spent in each kind of statement, summed over connections. */
  phases: Record<string, number>;
  projects: number;
  childRows: number;
  indexRows: number;
  seconds: number;
}

/**
 * Writes projects as the owner through the bulk path: per chunk, one transaction of set-based
 * `INSERT ... SELECT FROM unnest(...)` statements (projects, coverage, themes, interventions,
 * target groups, parties), then project_unit_index_rebuild(ids), the database function that
 * derives the search index rows from what was just stored (the same derivation the application's
 * writes use). Several connections load chunks side by side; a progress bar goes to stderr.
 */
export async function bulkLoadProjects(
  ownerUrl: string,
  total: number,
  next: (serial: number) => SyntheticProject,
  options: { chunkSize?: number; connections?: number } = {},
): Promise<BulkLoadFigures> {
  const chunkSize = options.chunkSize ?? 10_000;
  const connections = Math.max(1, options.connections ?? 2);
  const clients = await Promise.all(
    Array.from({ length: connections }, async (_, i) => {
      const client = new Client({ connectionString: ownerUrl, application_name: `bench-projects-load-${i}` });
      await client.connect();
      // Durability of each chunk does not matter to a benchmark's seed; the figures measured later do not depend on it.
      await client.query(`SET synchronous_commit = off`);
      await client.query(`SET jit = off`);
      return client;
    }),
  );
  const started = performance.now();
  let handedOut = 0;
  let done = 0;
  let childRows = 0;
  let indexRows = 0;
  let lastSaid = 0;
  const phases: Record<string, number> = {};
  const say = (force = false) => {
    const now = performance.now();
    if (!force && now - lastSaid < 2000) return;
    lastSaid = now;
    const s = (now - started) / 1000;
    const rate = done / Math.max(s, 0.001);
    const width = 30;
    const filled = Math.round((done / total) * width);
    const eta = rate > 0 ? (total - done) / rate : Number.NaN;
    printProgress(
      `  [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor((100 * done) / total)).padStart(3)}% ` +
        `${done.toLocaleString('en')}/${total.toLocaleString('en')} projects, ${round(rate, 0).toLocaleString('en')}/s, ${round(s, 0)} s elapsed${done < total ? `, ETA ${round(eta, 0)} s` : ''}`,
    );
  };

  const work = async (client: Client) => {
    while (handedOut < total) {
      const from = handedOut;
      const size = Math.min(chunkSize, total - from);
      handedOut += size;
      const generating = performance.now();
      const chunk = Array.from({ length: size }, (_, i) => next(from + i + 1));
      phases.generate = (phases.generate ?? 0) + (performance.now() - generating) / 1000;
      const written = await writeChunk(client, chunk, phases);
      const before = done;
      done += size;
      // Statistics grow with the tables: an autoanalyze early in the load can leave the planner
      // believing a project has thousands of coverage rows, and project_unit_index_rebuild's
      // cached plan then probes every unit for every project (10,000 projects took 50 s instead
      // of 0.5 s). Analyze after the first chunk and then at every ANALYZE_EVERY projects.
      if (before === 0 || Math.floor(done / ANALYZE_EVERY) > Math.floor(before / ANALYZE_EVERY)) {
        const analyzing = performance.now();
        await client.query(`ANALYZE projects, project_units, project_themes, project_interventions, project_unit_index`);
        phases.analyze = (phases.analyze ?? 0) + (performance.now() - analyzing) / 1000;
      }
      childRows += written.childRows;
      indexRows += written.indexRows;
      say();
    }
  };
  try {
    await Promise.all(clients.map(work));
    say(true);
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
  return { phases, projects: done, childRows, indexRows, seconds: (performance.now() - started) / 1000 };
}

async function writeChunk(client: Client, chunk: SyntheticProject[], phases: Record<string, number>): Promise<{ childRows: number; indexRows: number }> {
  let mark = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = (phases[name] ?? 0) + (now - mark) / 1000;
    mark = now;
  };
  const ids = chunk.map((p) => p.id);
  const pairs = <T>(list: (p: SyntheticProject) => T[]) => {
    const owner: string[] = [];
    const values: T[] = [];
    for (const p of chunk) {
      for (const v of list(p)) {
        owner.push(p.id);
        values.push(v);
      }
    }
    return [owner, values] as const;
  };
  await client.query('BEGIN');
  try {
    await client.query(
      `INSERT INTO projects (id, organisation_id, status, visibility, title, description, start_date, end_date, budget_amount, budget_currency,
                             budget_confidential, iati_identifier, search_text, created_at, updated_at, archived_at)
       SELECT r.id, r.org, r.status, r.visibility, r.title::jsonb, r.description::jsonb, r.starts, r.ends, r.amount, r.currency,
              r.confidential, r.iati, r.search, r.created, r.created, r.archived
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::date[], $9::numeric[], $10::text[],
                     $11::boolean[], $12::text[], $13::text[], $14::timestamptz[], $15::timestamptz[])
           AS r(id, org, status, visibility, title, description, starts, ends, amount, currency, confidential, iati, search, created, archived)`,
      [
        ids,
        chunk.map((p) => p.organisationId),
        chunk.map((p) => p.status),
        chunk.map((p) => p.visibility),
        chunk.map((p) => JSON.stringify(p.title)),
        chunk.map((p) => JSON.stringify(p.description)),
        chunk.map((p) => p.startDate),
        chunk.map((p) => p.endDate),
        chunk.map((p) => p.budget?.amount ?? null),
        chunk.map((p) => p.budget?.currency ?? null),
        chunk.map((p) => p.budget?.confidential ?? false),
        chunk.map((p) => p.iatiIdentifier),
        chunk.map((p) => p.searchText),
        chunk.map((p) => p.createdAt),
        chunk.map((p) => p.archivedAt),
      ],
    );
    phase('projects');
    let childRows = 0;
    const [unitOwners, units] = pairs((p) => p.coverage);
    childRows += (await client.query(`INSERT INTO project_units (project_id, admin_unit_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [unitOwners, units])).rowCount ?? 0;
    const [themeOwners, themes] = pairs((p) => p.themes);
    childRows += (await client.query(`INSERT INTO project_themes (project_id, theme_code) SELECT * FROM unnest($1::uuid[], $2::text[])`, [themeOwners, themes])).rowCount ?? 0;
    const [interventionOwners, interventions] = pairs((p) => p.interventions);
    childRows += (await client.query(`INSERT INTO project_interventions (project_id, intervention_code) SELECT * FROM unnest($1::uuid[], $2::text[])`, [interventionOwners, interventions])).rowCount ?? 0;
    const [groupOwners, groups] = pairs((p) => p.targetGroups);
    childRows += (
      await client.query(`INSERT INTO project_target_groups (project_id, group_code, people, households) SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::int[])`, [
        groupOwners,
        groups.map((g) => g.code),
        groups.map((g) => g.people),
        groups.map((g) => g.households),
      ])
    ).rowCount ?? 0;
    const [partyOwners, parties] = pairs((p) => p.parties);
    childRows += (
      await client.query(
        `INSERT INTO project_parties (project_id, organisation_id, role, share_percent, receives_from_organisation_id)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::numeric[], $5::uuid[])`,
        [partyOwners, parties.map((x) => x.organisationId), parties.map((x) => x.role), parties.map((x) => x.sharePercent), parties.map((x) => x.receivesFromOrganisationId)],
      )
    ).rowCount ?? 0;
    phase('children');
    const { rows } = await client.query<{ n: string }>(`SELECT project_unit_index_rebuild($1::uuid[]) AS n`, [ids]);
    phase('project_unit_index');
    await client.query('COMMIT');
    phase('commit');
    return { childRows, indexRows: Number(rows[0].n) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
