import { Injectable } from '@nestjs/common';
import { TenantDb } from '@yntymak/database';
import { BadInputError, ConflictError } from '@yntymak/errors';
import { EventType, appendEvent } from '@yntymak/outbox';
import { LinkGovernmentBodyInput } from '../dto/issue.input';
import { GovernmentBodyLink } from '../types/issue.type';

/**
 * The coordinating agency says which GOVERNMENT_BODY organisation speaks for a body of the
 * reference data: from then on that organisation sees and answers the issues addressed to the
 * body. A body has one organisation; linking it again to the same one changes nothing.
 */
@Injectable()
export class LinkGovernmentBodyUseCase {
  constructor(private readonly db: TenantDb) {}

  execute(input: LinkGovernmentBodyInput): Promise<GovernmentBodyLink> {
    return this.db.run(async (tx) => {
      const org = await tx.one<{ kind: string }>(`SELECT kind FROM organisations WHERE id = $1`, [input.organisationId]);
      if (!org) throw new BadInputError('organisationId', 'No organisation with this id exists.', 'UNKNOWN_ORGANISATION');
      if (org.kind !== 'GOVERNMENT_BODY') throw new BadInputError('organisationId', `Only an organisation of kind GOVERNMENT_BODY speaks for a government body, not one of kind ${org.kind}.`, 'NOT_A_GOVERNMENT_BODY');
      const body = await tx.one(`SELECT 1 FROM government_bodies WHERE id = $1`, [input.governmentBodyId]);
      if (!body) throw new BadInputError('governmentBodyId', 'No government body with this id exists.', 'UNKNOWN_BODY');
      const [existing] = await tx.rows<{ organisationId: string; linkedAt: string }>(
        `SELECT organisation_id AS "organisationId", linked_at::text AS "linkedAt" FROM organisation_government_bodies WHERE government_body_id = $1`,
        [input.governmentBodyId],
      );
      if (existing && existing.organisationId !== input.organisationId) {
        throw new ConflictError('BODY_ALREADY_LINKED', 'This body already has an organisation speaking for it: unlink it first.', 'governmentBodyId');
      }
      if (existing) return { organisationId: input.organisationId, governmentBodyId: input.governmentBodyId, linkedAt: existing.linkedAt };
      const [row] = await tx.rows<{ linkedAt: string }>(
        `INSERT INTO organisation_government_bodies (government_body_id, organisation_id, linked_by_organisation_id) VALUES ($1, $2, $3)
         ON CONFLICT (government_body_id) DO NOTHING RETURNING linked_at::text AS "linkedAt"`,
        [input.governmentBodyId, input.organisationId, tx.principal.organisationId],
      );
      if (!row) throw new ConflictError('BODY_ALREADY_LINKED', 'This body was linked at the same moment by another request.', 'governmentBodyId');
      await appendEvent(tx, { type: EventType.GovernmentBodyLinked, aggregateType: 'government_body', aggregateId: input.governmentBodyId, organisationId: null, payload: { organisationId: input.organisationId } });
      return { organisationId: input.organisationId, governmentBodyId: input.governmentBodyId, linkedAt: row.linkedAt };
    });
  }
}
