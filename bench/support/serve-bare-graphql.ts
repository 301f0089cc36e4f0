import 'reflect-metadata';
import { BareMeValue, createBareGraphqlApp } from './bare-graphql.module';
import { serveUntilStopped } from './start-server-process';

/** The bare NestJS + Apollo app in its own process; the constant `me` comes in BENCH_BARE_ME (JSON). */
serveUntilStopped(async () => {
  const value = JSON.parse(process.env.BENCH_BARE_ME ?? '') as BareMeValue;
  const app = await createBareGraphqlApp(value);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { url: `http://127.0.0.1:${port}/graphql`, close: () => app.close() };
});
