import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TenantDb, PG_UNIQUE_VIOLATION, pgConstraint, pgErrorCode } from '@yntymak/database';
import { ConflictError } from '@yntymak/errors';
import { EventType, appendEvent } from '@yntymak/outbox';
import { ApiKeyRepository } from './api-key.repository';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { issueApiKey } from './domain/api-key-secret';
import { OrganisationRepository } from './organisation.repository';
import { ApiKeyType } from './types/api-key.type';
import { CreateOrganisationPayload } from './types/create-organisation.payload';
import { OrganisationType } from './types/organisation.type';

/** The coordinating agency registers an organisation and receives its first admin key, in one transaction. */
@Injectable()
export class CreateOrganisationUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly organisations: OrganisationRepository,
    private readonly keys: ApiKeyRepository,
  ) {}

  async execute(input: CreateOrganisationInput): Promise<CreateOrganisationPayload> {
    try {
      return await this.db.run(async (tx) => {
        const organisation = await this.organisations.insert(tx, {
          id: randomUUID(),
          name: input.name,
          kind: input.kind,
          iatiIdentifier: input.iatiIdentifier ?? null,
          createdBy: tx.principal.organisationId,
        });
        const issued = issueApiKey();
        const keyId = randomUUID();
        await this.keys.insert(tx, {
          id: keyId,
          organisationId: organisation.id,
          name: input.adminKeyName ?? 'First admin key',
          role: 'ADMIN',
          hash: issued.hash,
          displayPrefix: issued.displayPrefix,
          createdByKeyId: tx.principal.apiKeyId,
        });
        await appendEvent(tx, {
          type: EventType.OrganisationCreated,
          aggregateType: 'organisation',
          aggregateId: organisation.id,
          payload: { kind: organisation.kind },
          organisationId: organisation.id,
        });
        await appendEvent(tx, { type: EventType.ApiKeyCreated, aggregateType: 'api_key', aggregateId: keyId, payload: { role: 'ADMIN' }, organisationId: organisation.id });
        // now() is fixed for the transaction, so the key's created_at equals the organisation's.
        // (The coordinator cannot read the key back: it belongs to the new organisation.)
        const key = {
          id: keyId,
          organisationId: organisation.id,
          name: input.adminKeyName ?? 'First admin key',
          role: 'ADMIN' as const,
          displayPrefix: issued.displayPrefix,
          createdAt: organisation.createdAt,
          revokedAt: null,
        };
        return { organisation: OrganisationType.from(organisation), adminKey: { apiKey: ApiKeyType.from(key), secret: issued.secret } };
      });
    } catch (error) {
      throw mapUniqueViolation(error);
    }
  }
}

function mapUniqueViolation(error: unknown): unknown {
  if (pgErrorCode(error) !== PG_UNIQUE_VIOLATION) return error;
  const constraint = pgConstraint(error);
  if (constraint === 'organisations_name_key') return new ConflictError('ORGANISATION_NAME_TAKEN', 'An organisation with this name already exists.', 'name');
  if (constraint === 'organisations_iati_key') {
    return new ConflictError('IATI_IDENTIFIER_TAKEN', 'An organisation with this IATI identifier already exists.', 'iatiIdentifier');
  }
  return error;
}
