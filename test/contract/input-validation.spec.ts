import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { GraphQLInputObjectType, buildSchema } from 'graphql';
import { getMetadataStorage } from 'class-validator';
import { GatewayModule } from '../../apps/gateway/src/gateway.module';
import { SCHEMA_FILE } from './schema-files';

/**
 * Every field of every GraphQL input type is validated. The gateway's ValidationPipe used to
 * enforce this on every request (whitelist + forbidNonWhitelisted refuse a property without a
 * class-validator decorator); GraphQL already refuses fields outside the schema, so what that
 * checked per request is a property of the code, and it is checked here once instead (7 % of a
 * createProject's gateway CPU, docs/projects-performance.md).
 */
describe('GraphQL input types', () => {
  it('have a class-validator rule on every field', () => {
    expect(GatewayModule).toBeDefined(); // loads every library, so every input class is declared
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    type Target = Parameters<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[0];
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Target, unknown[]> };
    const classes = new Map([...storage.validationMetadatas.keys()].map((target) => [target.name, target]));
    const inputs = Object.values(schema.getTypeMap()).filter((t): t is GraphQLInputObjectType => t instanceof GraphQLInputObjectType);
    expect(inputs.length).toBeGreaterThan(20);
    const unvalidated: string[] = [];
    for (const input of inputs) {
      const target = classes.get(input.name);
      const ruled = new Set(target ? getMetadataStorage().getTargetValidationMetadatas(target, '', false, false).map((m) => m.propertyName) : []);
      for (const field of Object.keys(input.getFields())) if (!ruled.has(field)) unvalidated.push(`${input.name}.${field}`);
    }
    expect(unvalidated).toEqual([]);
  });
});
