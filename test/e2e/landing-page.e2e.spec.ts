import { TestSystem, startSystem } from '../support/harness';

async function getGraphqlPage(system: TestSystem): Promise<{ status: number; body: string }> {
  const res = await fetch(`${system.gateway.url}/graphql`, { headers: { accept: 'text/html' } });
  return { status: res.status, body: await res.text() };
}

/** The Apollo Sandbox page is a development tool: served with NODE_ENV=development, never in production even when asked. */
describe('the GraphQL landing page', () => {
  it('is Apollo Sandbox, opened on a first query, in development', async () => {
    const system = await startSystem({ env: { NODE_ENV: 'development' } });
    try {
      const page = await getGraphqlPage(system);
      expect(page.status).toBe(200);
      expect(page.body).toContain('embeddable-sandbox');
      expect(page.body).toContain('npm run demo');
    } finally {
      await system.close();
    }
  });

  it('is not served in production, even with GRAPHQL_SANDBOX=true', async () => {
    const system = await startSystem({ env: { NODE_ENV: 'production', GRAPHQL_SANDBOX: 'true', WEBHOOK_REQUIRE_HTTPS: 'false' } });
    try {
      const page = await getGraphqlPage(system);
      expect(page.body).not.toContain('embeddable-sandbox');
      expect(page.status).toBe(400);
    } finally {
      await system.close();
    }
  });
});
