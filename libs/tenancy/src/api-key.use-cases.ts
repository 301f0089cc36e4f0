import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TenantDb } from '@yntymak/database';
import { ConflictError, NotFoundError } from '@yntymak/errors';
import { EventType, appendEvent } from '@yntymak/outbox';
import { ApiKeyRepository } from './api-key.repository';
import { KeyCache } from './auth/key-cache';
import { RevocationBus } from './auth/revocation-bus';
import { CreateApiKeyInput } from './dto/create-api-key.input';
import { issueApiKey } from './domain/api-key-secret';
import { OrganisationRepository } from './organisation.repository';
import { ApiKeyType, CreatedApiKey } from './types/api-key.type';

/** An organisation's admin creates a key for its own organisation. */
@Injectable()
export class CreateApiKeyUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly keys: ApiKeyRepository,
  ) {}

  execute(input: CreateApiKeyInput): Promise<CreatedApiKey> {
    return this.db.run(async (tx) => {
      const organisationId = tx.principal.organisationId;
      const issued = issueApiKey();
      const id = randomUUID();
      await this.keys.insert(tx, { id, organisationId, name: input.name, role: input.role, hash: issued.hash, displayPrefix: issued.displayPrefix, createdByKeyId: tx.principal.apiKeyId });
      await appendEvent(tx, { type: EventType.ApiKeyCreated, aggregateType: 'api_key', aggregateId: id, payload: { role: input.role } });
      const row = await this.keys.findById(tx, organisationId, id);
      return { apiKey: ApiKeyType.from(row!), secret: issued.secret };
    });
  }
}

/**
 * An organisation's admin revokes one of its keys. Idempotent. The last active admin key cannot
 * be revoked: the organisation would lock itself out.
 */
@Injectable()
export class RevokeApiKeyUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly keys: ApiKeyRepository,
    private readonly organisations: OrganisationRepository,
    private readonly cache: KeyCache,
    private readonly bus: RevocationBus,
  ) {}

  async execute(id: string): Promise<ApiKeyType> {
    const revoked = await this.db.run(async (tx) => {
      const organisationId = tx.principal.organisationId;
      await this.organisations.lockOwn(tx, organisationId);
      const key = await this.keys.findById(tx, organisationId, id);
      if (!key) throw new NotFoundError('API key');
      if (key.revokedAt) return { key, changed: false };
      if (key.role === 'ADMIN' && (await this.keys.countActiveAdmins(tx, organisationId)) <= 1) {
        throw new ConflictError('LAST_ADMIN_KEY', 'This is the last active ADMIN key of your organisation; create another ADMIN key before revoking it.', 'id');
      }
      const updated = await this.keys.revoke(tx, organisationId, id, tx.principal.apiKeyId);
      await appendEvent(tx, { type: EventType.ApiKeyRevoked, aggregateType: 'api_key', aggregateId: id, payload: {} });
      return { key: updated!, changed: true };
    });
    if (revoked.changed) {
      this.cache.forgetKey(id);
      await this.bus.publishBestEffort(id);
    }
    return ApiKeyType.from(revoked.key);
  }
}
