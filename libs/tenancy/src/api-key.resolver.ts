import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from './auth/access.decorators';
import { CreateApiKeyUseCase, RevokeApiKeyUseCase } from './api-key.use-cases';
import { CreateApiKeyInput } from './dto/create-api-key.input';
import { ApiKeysArgs } from './dto/list.args';
import { RevokeApiKeyInput } from './dto/revoke-api-key.input';
import { TenancyQueries } from './tenancy.queries';
import { ApiKeyConnection, ApiKeyType, CreatedApiKey } from './types/api-key.type';

@Resolver(() => ApiKeyType)
@RequireRole('ADMIN')
export class ApiKeyResolver {
  constructor(
    private readonly queries: TenancyQueries,
    private readonly createApiKeyUseCase: CreateApiKeyUseCase,
    private readonly revokeApiKeyUseCase: RevokeApiKeyUseCase,
  ) {}

  @Query(() => ApiKeyConnection, { description: "Admins: your organisation's keys (never their secrets)." })
  apiKeys(@Args() args: ApiKeysArgs): Promise<ApiKeyConnection> {
    return this.queries.apiKeysPage(args);
  }

  @Mutation(() => CreatedApiKey, { description: 'Admins: a new key for your organisation. The secret is returned once.' })
  createApiKey(@Args('input') input: CreateApiKeyInput): Promise<CreatedApiKey> {
    return this.createApiKeyUseCase.execute(input);
  }

  @Mutation(() => ApiKeyType, { description: 'Admins: revoke one of your keys at once, in every gateway. Revoking twice is harmless.' })
  revokeApiKey(@Args('input') input: RevokeApiKeyInput): Promise<ApiKeyType> {
    return this.revokeApiKeyUseCase.execute(input.id);
  }
}
