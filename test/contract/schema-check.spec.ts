import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareSchemas } from './schema-breaking-changes';
import { RELEASED_SCHEMA_FILE, SCHEMA_FILE } from './schema-files';

const RELEASED = /* GraphQL */ `
  type Project { id: ID! title: String! budget: Float }
  input ProjectsFilter { status: String }
  type Query { project(id: ID!): Project projects(filter: ProjectsFilter, first: Int): [Project!]! }
`;

describe('the breaking-change check', () => {
  it('flags a removed field as breaking', async () => {
    const current = RELEASED.replace(' budget: Float', '');
    const changes = await compareSchemas(RELEASED, current);
    expect(changes).toEqual([expect.objectContaining({ level: 'BREAKING', path: 'Project.budget', message: expect.stringContaining("Field 'budget' was removed") })]);
  });

  it('flags a new required argument as breaking', async () => {
    const current = RELEASED.replace('project(id: ID!)', 'project(id: ID!, organisationId: ID!)');
    const changes = await compareSchemas(RELEASED, current);
    expect(changes.map((c) => c.level)).toEqual(['BREAKING']);
  });

  it('lets an added field and an added optional argument through', async () => {
    const current = RELEASED.replace(' budget: Float', ' budget: Float currency: String').replace('first: Int)', 'first: Int, after: String)');
    const changes = await compareSchemas(RELEASED, current);
    expect(changes).toHaveLength(2);
    expect(changes.every((c) => c.level !== 'BREAKING')).toBe(true);
  });

  it('has a committed released schema that parses, to check against', async () => {
    expect(existsSync(RELEASED_SCHEMA_FILE)).toBe(true);
    await expect(compareSchemas(readFileSync(RELEASED_SCHEMA_FILE, 'utf8'), readFileSync(SCHEMA_FILE, 'utf8'))).resolves.toBeInstanceOf(Array);
  });

  it('npm run schema:check prints the breaking change and exits 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ynt-schema-'));
    writeFileSync(path.join(dir, 'released.gql'), RELEASED);
    writeFileSync(path.join(dir, 'current.gql'), RELEASED.replace(' budget: Float', ''));
    const root = path.resolve(__dirname, '../..');
    const run = (current: string) =>
      spawnSync(process.execPath, ['scripts/ts-run.js', 'test/contract/schema-check.command.ts', '--released', path.join(dir, 'released.gql'), '--current', path.join(dir, current)], { cwd: root, encoding: 'utf8' });
    const broken = run('current.gql');
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain("BREAKING     Field 'budget' was removed from object type 'Project'");
    expect(broken.stderr).toContain('1 breaking change(s) against the released schema');
    const same = run('released.gql');
    expect(same.status).toBe(0);
  }, 60_000);
});
