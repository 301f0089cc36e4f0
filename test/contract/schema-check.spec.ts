import { existsSync, readFileSync } from 'node:fs';
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
});
