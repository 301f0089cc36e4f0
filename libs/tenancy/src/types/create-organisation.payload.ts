import { Field, ObjectType } from '@nestjs/graphql';
import { CreatedApiKey } from './api-key.type';
import { OrganisationType } from './organisation.type';

@ObjectType()
export class CreateOrganisationPayload {
  @Field(() => OrganisationType) organisation: OrganisationType;
  @Field(() => CreatedApiKey, { description: "The new organisation's first ADMIN key. Hand it over securely; it is not shown again." })
  adminKey: CreatedApiKey;
}
