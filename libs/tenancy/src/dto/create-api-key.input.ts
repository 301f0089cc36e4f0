import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsString, Length } from 'class-validator';
import { Transform } from 'class-transformer';
import { ROLES, Role } from '@yntymak/context';
import { RoleEnum } from '../types/organisation.type';

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, e.g. "IATI sync job". 1 to 100 characters.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 100)
  name: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES as unknown as Role[])
  role: Role;
}
