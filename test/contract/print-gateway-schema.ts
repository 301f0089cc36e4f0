import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AppConfig } from '@yntymak/config';
import { createGateway } from '../../apps/gateway/src/create-gateway';

export const SCHEMA_FILE_HEADER = [
  '# The GraphQL schema of the Yntymak gateway, printed from the code.',
  '# Do not edit: run `npm run schema:write` after changing the API, and commit this file with the change.',
  '# Breaking changes against schema.released.gql: `npm run schema:check` (docs/api/schema.md).',
  '',
].join('\n');

/**
 * Boots the real gateway module (not listening) and prints the schema it serves, sorted, with a
 * fixed header. Booting the module rather than listing resolvers by hand means a resolver added
 * to any library shows up here without anyone remembering to register it.
 */
export async function printGatewaySchema(config: AppConfig): Promise<string> {
  const app = await createGateway(config);
  try {
    await app.init();
    const { schema } = app.get(GraphQLSchemaHost);
    return `${SCHEMA_FILE_HEADER}\n${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
