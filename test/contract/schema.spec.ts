import { readFileSync } from 'node:fs';
import { TestDatabase, createTestDatabase, testConfig } from '@yntymak/testing';
import { printGatewaySchema } from './print-gateway-schema';
import { SCHEMA_FILE } from './schema-files';

/** schema.gql is the API contract under review: it must be exactly what the code serves. */
describe('schema.gql', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('is the schema the gateway serves', async () => {
    const served = await printGatewaySchema(testConfig(db.ownerUrl));
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (served !== committed) {
      throw new Error(
        'schema.gql differs from the schema the code serves. Run `npm run schema:write`, review the diff ' +
          '(and `npm run schema:check` for breaking changes), and commit schema.gql with your change.',
      );
    }
    expect(served).toContain('type Query');
  });
});
