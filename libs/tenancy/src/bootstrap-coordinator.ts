import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { issueApiKey } from './domain/api-key-secret';

export class CoordinatorExistsError extends Error {
  constructor(readonly existingName: string) {
    super(`A coordinating agency already exists ("${existingName}"). Its admins create further keys with the createApiKey mutation.`);
  }
}

/**
 * Creates the installation's coordinating agency and its first ADMIN key, as the database owner
 * (there is no principal yet). Refuses when one exists; the partial unique index makes a race
 * between two bootstraps fail too.
 */
export async function bootstrapCoordinator(owner: DataSource, name: string): Promise<{ organisationId: string; secret: string }> {
  return owner.transaction(async (em) => {
    const existing: Array<{ name: string }> = await em.query(`SELECT name FROM organisations WHERE kind = 'COORDINATOR'`);
    if (existing.length) throw new CoordinatorExistsError(existing[0].name);
    const organisationId = randomUUID();
    const keyId = randomUUID();
    const issued = issueApiKey();
    await em.query(`INSERT INTO organisations (id, name, kind) VALUES ($1, $2, 'COORDINATOR')`, [organisationId, name]);
    await em.query(`INSERT INTO api_keys (id, organisation_id, name, role, key_hash, display_prefix) VALUES ($1, $2, 'Bootstrap admin key', 'ADMIN', $3, $4)`, [
      keyId,
      organisationId,
      issued.hash,
      issued.displayPrefix,
    ]);
    await em.query(
      `INSERT INTO outbox_events (type, aggregate_type, aggregate_id, organisation_id, payload) VALUES
         ('organisation.created', 'organisation', $1::text, $1::uuid, '{"kind":"COORDINATOR"}'),
         ('api_key.created', 'api_key', $2::text, $1::uuid, '{"role":"ADMIN"}')`,
      [organisationId, keyId],
    );
    return { organisationId, secret: issued.secret };
  });
}
