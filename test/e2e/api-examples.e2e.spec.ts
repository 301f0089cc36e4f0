import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { parse, validate } from 'graphql';
import { MemoryKeyStore } from '../../apps/cli/src/demo-key-store';
import { DemoSummary, loadDemo } from '../../apps/cli/src/demo-loader';
import { TestSystem, startSystem } from '../support/harness';

const EXAMPLES = path.resolve(__dirname, '../../docs/api/examples');

interface Example {
  file: string;
  document: string;
  as: string;
  expect?: string;
  variables: Record<string, unknown>;
}

/** Each example's header: `# As: coordinator | <demo slug>`, `# Expect: <path that must be non-empty>`, `# Variables: {json}`. */
function readExamples(): Example[] {
  return readdirSync(EXAMPLES)
    .sort()
    .flatMap((persona) =>
      readdirSync(path.join(EXAMPLES, persona))
        .filter((f) => f.endsWith('.graphql'))
        .sort()
        .map((f) => {
          const document = readFileSync(path.join(EXAMPLES, persona, f), 'utf8');
          const header = (name: string) => new RegExp(`^# ${name}: (.+)$`, 'm').exec(document)?.[1].trim();
          return { file: `${persona}/${f}`, document, as: header('As') ?? 'missing', expect: header('Expect'), variables: JSON.parse(header('Variables') ?? '{}') };
        }),
    );
}

/**
 * The docs cannot rot: every example under docs/api/examples is valid against the schema the
 * gateway serves, and runs against the demo data without errors, with a non-empty answer where
 * its header expects one.
 */
describe('the API examples in docs/api/examples', () => {
  const examples = readExamples();
  let system: TestSystem;
  let demo: DemoSummary;

  beforeAll(async () => {
    system = await startSystem({ worker: true, env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
    demo = await loadDemo({ url: `${system.gateway.url}/graphql`, coordinatorKey: system.coordinatorKey, keys: new MemoryKeyStore(), progress: () => undefined });
  }, 300_000);
  afterAll(async () => {
    await system?.close();
  });

  it('covers every kind of user', () => {
    const personas = new Set(examples.map((e) => e.file.split('/')[0]));
    expect([...personas].sort()).toEqual(['coordinator', 'donor', 'government', 'implementer', 'webhook-receiver']);
  });

  it.each(readExamples().map((e) => [e.file]))('%s is valid against the served schema', (file) => {
    const example = examples.find((e) => e.file === file)!;
    const { schema } = system.gateway.app.get(GraphQLSchemaHost);
    expect(validate(schema, parse(example.document)).map((e) => e.message)).toEqual([]);
  });

  it.each(readExamples().map((e) => [e.file]))('%s runs against the demo data', async (file) => {
    const example = examples.find((e) => e.file === file)!;
    const key = example.as === 'coordinator' ? system.coordinatorKey : demo.organisations.find((o) => o.slug === example.as)?.key;
    expect(key).toEqual(expect.stringMatching(/^ynt_/));
    const variables = (await resolvePlaceholders(example.variables)) as Record<string, unknown>;
    const res = await system.gateway.client.as(key!).request(example.document, variables);
    expect(res.errors ?? []).toEqual([]);
    if (example.expect) {
      const value = example.expect.split('.').reduce<any>((v, k) => v?.[k], res.data);
      expect(Array.isArray(value) ? value.length : value ? 1 : 0).toBeGreaterThan(0);
    }
  });

  /** `$org:SLUG`, `$project:IATI`, `$unitOf:IATI` (the project's first unit), `$overlap:IATI` (its strongest overlap), `$webhookUrl`. */
  async function resolvePlaceholders(value: unknown): Promise<unknown> {
    if (Array.isArray(value)) return Promise.all(value.map(resolvePlaceholders));
    if (value && typeof value === 'object') return Object.fromEntries(await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await resolvePlaceholders(v)])));
    if (typeof value !== 'string' || !value.startsWith('$')) return value;
    const [kind, arg] = value.slice(1).split(':');
    if (kind === 'webhookUrl') return 'http://127.0.0.1:9/yntymak-hooks';
    if (kind === 'org') return demo.organisations.find((o) => o.slug === arg)!.id;
    const [project] = await system.db.sql<{ id: string }>(`SELECT id FROM projects WHERE iati_identifier = $1`, [arg]);
    if (kind === 'project') return project.id;
    if (kind === 'unitOf') return (await system.db.sql<{ id: string }>(`SELECT admin_unit_id AS id FROM project_units WHERE project_id = $1 LIMIT 1`, [project.id]))[0].id;
    if (kind === 'overlap') {
      const rows = await system.db.sql<{ id: string }>(`SELECT id FROM project_overlaps WHERE $1 IN (project_a_id, project_b_id) ORDER BY score DESC LIMIT 1`, [project.id]);
      return rows[0].id;
    }
    throw new Error(`unknown placeholder ${value}`);
  }
});
