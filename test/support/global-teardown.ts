import { withServer } from './test-run';

/** Drops this run's template and any test database a crashed file left behind. */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env.YNT_TEST_RUN;
  if (!runId) return;
  await withServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname LIKE $2`, [`ynt_t_${runId}_%`, `ynt_tpl_${runId}`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
