import { Injectable } from '@nestjs/common';
import { currentPrincipal } from '@yntymak/context';
import { TenantDb, TenantTx } from '@yntymak/database';
import { NotFoundError } from '@yntymak/errors';
import { ConnectionShape, decodeCursor, toConnection } from '@yntymak/graphql-kit';
import { AccessPolicy } from './access-policy';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKeysArgs, OrganisationsArgs } from './dto/list.args';
import { OrganisationRepository } from './organisation.repository';
import { ApiKeyType } from './types/api-key.type';
import { OrganisationType } from './types/organisation.type';

/** Reads of the organisation directory and of API keys. */
@Injectable()
export class TenancyQueries {
  constructor(
    private readonly db: TenantDb,
    private readonly organisations: OrganisationRepository,
    private readonly keys: ApiKeyRepository,
    private readonly policy: AccessPolicy,
  ) {}

  async organisation(id: string): Promise<OrganisationType> {
    const row = await this.db.run((tx) => this.organisations.findById(tx, id));
    if (!row) throw new NotFoundError('organisation');
    return OrganisationType.from(row);
  }

  organisationsByIds(ids: readonly string[]): Promise<OrganisationType[]> {
    return this.db.run(async (tx) => (await this.organisations.findByIds(tx, ids)).map(OrganisationType.from));
  }

  organisationsPage(args: OrganisationsArgs): Promise<ConnectionShape<OrganisationType>> {
    const after = args.after ? decodeCursor(args.after) : undefined;
    return this.db.run(async (tx) => {
      const { rows, total } = await this.organisations.page(tx, { kind: args.kind, search: args.search }, after, args.first + 1);
      return toConnection(rows, args.first, total, OrganisationType.from);
    });
  }

  /**
   * The caller's own keys; another organisation's keys only for the coordinating agency's admin,
   * through the access policy. Anyone else asking for another organisation gets NOT_FOUND.
   */
  apiKeysPage(args: ApiKeysArgs): Promise<ConnectionShape<ApiKeyType>> {
    const principal = currentPrincipal();
    const organisationId = args.organisationId ?? principal.organisationId;
    const after = args.after ? decodeCursor(args.after) : undefined;
    const read = async (tx: TenantTx) => {
      const { rows, total } = await this.keys.page(tx, organisationId, args.includeRevoked, after, args.first + 1);
      return toConnection(rows, args.first, total, ApiKeyType.from);
    };
    if (organisationId === principal.organisationId) return this.db.run(read);
    const grant = this.policy.crossTenantRead(principal, 'organisation-keys');
    if (!grant) throw new NotFoundError('organisation', 'organisationId');
    return this.db.readAcrossTenants(grant, async (tx) => {
      if (!(await this.organisations.findById(tx, organisationId))) throw new NotFoundError('organisation', 'organisationId');
      return read(tx);
    });
  }
}
