import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ORGANISATION_KINDS, OrganisationKind } from '@yntymak/context';
import { ConnectionArgs } from '@yntymak/graphql-kit';
import { OrganisationKindEnum } from '../types/organisation.type';

@ArgsType()
export class OrganisationsArgs extends ConnectionArgs {
  @Field(() => OrganisationKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS as unknown as OrganisationKind[])
  kind?: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class ApiKeysArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Default: the caller's organisation. Another organisation's keys: coordinating agency admins only." })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id (a UUID)' })
  organisationId?: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  includeRevoked: boolean = false;
}

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;
}
