import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@yntymak/context';
import { OrganisationType, RoleEnum } from './organisation.type';

@ObjectType({ description: 'Who the caller is: the organisation and the key it used.' })
export class Me {
  @Field(() => OrganisationType) organisation: OrganisationType;
  @Field(() => ID) apiKeyId: string;
  @Field(() => RoleEnum) role: Role;
}
