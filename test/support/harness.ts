import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@yntymak/config';
import { createDataSource } from '@yntymak/database';
import { bootstrapCoordinator } from '@yntymak/tenancy';
import { GqlClient, TestDatabase, createTestDatabase, testConfig } from '@yntymak/testing';
import { createGateway } from '../../apps/gateway/src/create-gateway';
import { createWorker } from '../../apps/worker/src/create-worker';

export interface RunningGateway {
  app: INestApplication;
  url: string;
  client: GqlClient;
  close(): Promise<void>;
}

export async function startGateway(config: AppConfig): Promise<RunningGateway> {
  const app = await createGateway(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${address.port}`;
  return { app, url: base, client: new GqlClient(`${base}/graphql`), close: () => app.close() };
}

export function startWorker(config: AppConfig): Promise<INestApplicationContext> {
  return createWorker(config);
}

/** One isolated system for a test file: its database, queue prefix, a gateway and the coordinator's key. */
export interface TestSystem {
  db: TestDatabase;
  config: AppConfig;
  gateway: RunningGateway;
  coordinatorKey: string;
  coordinatorId: string;
  /** A client that calls as the coordinating agency's admin. */
  coordinator: GqlClient;
  close(): Promise<void>;
}

export async function startSystem(options: { worker?: boolean; env?: Record<string, string> } = {}): Promise<TestSystem & { worker?: INestApplicationContext }> {
  const db = await createTestDatabase();
  const config = testConfig(db.ownerUrl, options.env);
  const owner: DataSource = await createDataSource({ url: db.ownerUrl, poolSize: 1, applicationName: 'test-bootstrap' }).initialize();
  const { organisationId, secret } = await bootstrapCoordinator(owner, 'Coordination Agency (test)');
  await owner.destroy();
  const gateway = await startGateway(config);
  const worker = options.worker ? await startWorker(config) : undefined;
  return {
    db,
    config,
    gateway,
    worker,
    coordinatorKey: secret,
    coordinatorId: organisationId,
    coordinator: gateway.client.as(secret),
    close: async () => {
      await worker?.close();
      await gateway.close();
      await db.drop();
    },
  };
}

export const CREATE_ORGANISATION = `
  mutation Create($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation { id name kind iatiIdentifier }
      adminKey { secret apiKey { id role displayPrefix organisationId } }
    }
  }`;

/** Registers an organisation through the API and returns its id and first admin key. */
export async function anOrganisation(system: TestSystem, name: string, kind = 'DONOR'): Promise<{ id: string; key: string; keyId: string; client: GqlClient }> {
  const data = await system.coordinator.data<any>(CREATE_ORGANISATION, { input: { name, kind } });
  const created = data.createOrganisation;
  return { id: created.organisation.id, key: created.adminKey.secret, keyId: created.adminKey.apiKey.id, client: system.gateway.client.as(created.adminKey.secret) };
}
