import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { currentPrincipal } from '@yntymak/context';
import { RequireKind, RequireRole } from './auth/access.decorators';
import { CreateOrganisationUseCase } from './create-organisation.use-case';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { IdArgs, OrganisationsArgs } from './dto/list.args';
import { TenancyQueries } from './tenancy.queries';
import { CreateOrganisationPayload } from './types/create-organisation.payload';
import { Me } from './types/me.type';
import { OrganisationConnection, OrganisationType } from './types/organisation.type';

@Resolver()
export class TenancyResolver {
  constructor(
    private readonly queries: TenancyQueries,
    private readonly createOrganisationUseCase: CreateOrganisationUseCase,
  ) {}

  @Query(() => Me, { description: 'Who the caller is, from its API key. Costs no database query.' })
  me(): Me {
    const p = currentPrincipal();
    const organisation = Object.assign(new OrganisationType(), {
      id: p.organisationId,
      name: p.organisationName,
      kind: p.organisationKind,
      iatiIdentifier: p.organisationIatiIdentifier,
      createdAt: p.organisationCreatedAt,
    });
    return { organisation, apiKeyId: p.apiKeyId, role: p.role };
  }

  @Query(() => OrganisationConnection, { description: 'The directory of organisations, visible to every organisation.' })
  organisations(@Args() args: OrganisationsArgs): Promise<OrganisationConnection> {
    return this.queries.organisationsPage(args);
  }

  @Query(() => OrganisationType)
  organisation(@Args() args: IdArgs): Promise<OrganisationType> {
    return this.queries.organisation(args.id);
  }

  @Mutation(() => CreateOrganisationPayload, { description: "Coordinating agency admins: register an organisation and get its first ADMIN key." })
  @RequireKind('COORDINATOR')
  @RequireRole('ADMIN')
  createOrganisation(@Args('input') input: CreateOrganisationInput): Promise<CreateOrganisationPayload> {
    return this.createOrganisationUseCase.execute(input);
  }
}
