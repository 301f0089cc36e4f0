import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@yntymak/graphql-kit';
import { ADMIN_LEVELS, ADMIN_UNIT_KINDS, AdminLevel, AdminUnitKind } from '../domain/reference-codes';
import { AdminLevelEnum, AdminUnitKindEnum } from '../types/enums';

@InputType()
export class AdminUnitFilterInput {
  @Field(() => AdminLevelEnum, { nullable: true })
  @IsOptional()
  @IsIn(ADMIN_LEVELS)
  level?: AdminLevel;

  @Field(() => AdminUnitKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(ADMIN_UNIT_KINDS)
  kind?: AdminUnitKind;

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this unit.' })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be an admin unit id (a UUID)' })
  parentId?: string;

  @Field(() => ID, { nullable: true, description: 'Only units below this one, at any depth (e.g. the villages of an oblast with level: SETTLEMENT).' })
  @IsOptional()
  @IsUUID('all', { message: 'withinId must be an admin unit id (a UUID)' })
  withinId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'A name in Kyrgyz, Russian or English, in Cyrillic or Latin, whole or its beginning; typos and spelling variants are tolerated. Digits search SOATE codes.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  search?: string;

  @Field({ defaultValue: false, description: 'Also units no longer (or not yet) valid, such as ayil aimaks merged by a reform.' })
  @IsBoolean()
  includeHistorical: boolean = false;
}

@ArgsType()
export class AdminUnitsArgs extends ConnectionArgs {
  @Field(() => AdminUnitFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AdminUnitFilterInput)
  filter?: AdminUnitFilterInput;
}

@ArgsType()
export class AdminUnitArgs {
  @Field(() => ID, { nullable: true, description: 'Give id or code, not both.' })
  @IsOptional()
  @IsUUID('all', { message: 'id must be an admin unit id (a UUID)' })
  id?: string;

  @Field(() => String, { nullable: true, description: 'A SOATE code (14 digits), an ISO 3166-2:KG code (KG-Y) or an OCHA P-code (KG02205000000).' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  code?: string;
}

@ArgsType()
export class ChildrenArgs {
  @Field({ defaultValue: false })
  @IsBoolean()
  includeHistorical: boolean = false;
}

@ArgsType()
export class FactsArgs {
  @Field(() => String, { nullable: true, description: 'Only this indicator, e.g. POPULATION.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  indicator?: string;
}
