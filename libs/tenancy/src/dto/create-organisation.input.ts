import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { Transform } from 'class-transformer';
import { OrganisationKind } from '@yntymak/context';
import { OrganisationKindEnum } from '../types/organisation.type';

export const CREATABLE_KINDS: OrganisationKind[] = ['DONOR', 'IMPLEMENTER', 'GOVERNMENT_BODY', 'LOCAL_GROUP'];
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value);

@InputType()
export class CreateOrganisationInput {
  @Field({ description: 'Official name, 2 to 200 characters, unique (case-insensitive).' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @Field(() => OrganisationKindEnum, { description: 'DONOR, IMPLEMENTER, GOVERNMENT_BODY or LOCAL_GROUP.' })
  @IsIn(CREATABLE_KINDS, { message: 'kind must be DONOR, IMPLEMENTER, GOVERNMENT_BODY or LOCAL_GROUP: there is one coordinating agency' })
  kind: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'IATI organisation identifier, e.g. XM-DAC-41301 or GB-CHC-202918.' })
  @IsOptional()
  @Transform(trim)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:/-]{1,99}$/, { message: 'iatiIdentifier must look like an IATI organisation identifier, e.g. XM-DAC-41301' })
  iatiIdentifier?: string;

  @Field(() => String, { nullable: true, description: 'Name of the first admin key; default "First admin key".' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  adminKeyName?: string;
}
