import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PARTY_ROLES, PROJECT_STATUSES, PROJECT_VISIBILITIES, PartyRole, ProjectStatus, ProjectVisibility, TARGET_GROUPS, TargetGroup } from '../domain/project';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const ProjectStatusEnum = enumOf(PROJECT_STATUSES);
export const ProjectVisibilityEnum = enumOf(PROJECT_VISIBILITIES);
export const PartyRoleEnum = enumOf(PARTY_ROLES);
export const TargetGroupEnum = enumOf(TARGET_GROUPS);
registerEnumType(ProjectStatusEnum, { name: 'ProjectStatus' });
registerEnumType(ProjectVisibilityEnum, {
  name: 'ProjectVisibility',
  description: 'PUBLISHED: seen by all. DRAFT: owner and coordinator only, not checked for overlaps. CONFIDENTIAL_PIPELINE: owner and coordinator only, checked for overlaps (blind alerts to others).',
});
registerEnumType(PartyRoleEnum, { name: 'PartyRole', description: 'FUNDER → INTERMEDIARY → IMPLEMENTER: how money reaches the field.' });
registerEnumType(TargetGroupEnum, { name: 'TargetGroup' });

@InputType()
export class LocalisedTextInput {
  @Field(() => String, { nullable: true, description: 'Kyrgyz' }) @IsOptional() @IsString() @MaxLength(10000) ky?: string;
  @Field(() => String, { nullable: true, description: 'Russian' }) @IsOptional() @IsString() @MaxLength(10000) ru?: string;
  @Field(() => String, { nullable: true, description: 'English' }) @IsOptional() @IsString() @MaxLength(10000) en?: string;
}

@InputType()
export class TitleInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) ky?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) ru?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) en?: string;
}

@InputType()
export class BudgetInput {
  @Field(() => Float, { description: 'Zero or more, at most two decimals.' }) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1e14) amount: number;
  @Field({ description: 'ISO 4217 code, e.g. USD, EUR, KGS.' }) @IsString() @Matches(/^[A-Z]{3}$/, { message: 'currency must be three capital letters (ISO 4217)' }) currency: string;
  @Field({ defaultValue: false, description: 'Only the owner and the coordinator see the amount.' }) @IsBoolean() confidential: boolean = false;
}

@InputType()
export class TargetGroupInput {
  @Field(() => TargetGroupEnum) @IsIn(TARGET_GROUPS as unknown as TargetGroup[]) code: TargetGroup;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10_000_000) people?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(5_000_000) households?: number;
}

@InputType()
export class PartyInput {
  @Field(() => ID) @IsUUID('all', { message: 'organisationId must be an organisation id' }) organisationId: string;
  @Field(() => PartyRoleEnum) @IsIn(PARTY_ROLES as unknown as PartyRole[]) role: PartyRole;
  @Field(() => Float, { nullable: true, description: "A funder's share of the budget, in percent." }) @IsOptional() @IsNumber() @Min(0.01) @Max(100) sharePercent?: number;
  @Field(() => ID, { nullable: true, description: 'The party this one receives the money from (the funding chain).' })
  @IsOptional()
  @IsUUID('all', { message: 'receivesFromOrganisationId must be an organisation id' })
  receivesFromOrganisationId?: string;
}

/** Every field of a project. On update, a field left out stays as it is; a list given replaces the old one. */
@InputType({ isAbstract: true })
export abstract class ProjectFieldsInput {
  @Field(() => LocalisedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => LocalisedTextInput) description?: LocalisedTextInput;
  @Field(() => ProjectStatusEnum, { nullable: true }) @IsOptional() @IsIn(PROJECT_STATUSES as unknown as ProjectStatus[]) status?: ProjectStatus;
  @Field(() => ProjectVisibilityEnum, { nullable: true }) @IsOptional() @IsIn(PROJECT_VISIBILITIES as unknown as ProjectVisibility[]) visibility?: ProjectVisibility;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsString() @MaxLength(10) startDate?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsString() @MaxLength(10) endDate?: string | null;
  @Field(() => BudgetInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => BudgetInput) budget?: BudgetInput | null;
  @Field(() => [String], { nullable: true, description: 'Admin units, by id or by SOATE code, at any level; 1 to 500.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  coverage?: string[];
  @Field(() => [String], { nullable: true, description: 'Theme codes, 1 to 20.' }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, 64, { each: true }) themes?: string[];
  @Field(() => [String], { nullable: true, description: 'Intervention type codes, up to 30.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  interventions?: string[];
  @Field(() => [TargetGroupInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => TargetGroupInput) targetGroups?: TargetGroupInput[];
  @Field(() => [PartyInput], { nullable: true, description: 'Funders (with shares), intermediaries and implementers; up to 50.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PartyInput)
  parties?: PartyInput[];
  @Field(() => String, { nullable: true, description: 'IATI activity identifier, unique among your projects.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:/-]{2,149}$/, { message: 'iatiIdentifier must look like an IATI activity identifier, e.g. XM-DAC-41301-KG-2025-01' })
  iatiIdentifier?: string | null;
  @Field(() => String, { nullable: true, description: 'Your own reference for this project.' }) @IsOptional() @IsString() @MaxLength(200) externalReference?: string | null;
}

@InputType()
export class CreateProjectInput extends ProjectFieldsInput {
  @Field(() => TitleInput, { description: 'At least one of ky, ru, en.' }) @ValidateNested() @Type(() => TitleInput) title: TitleInput;
}

@InputType()
export class ProjectChangesInput extends ProjectFieldsInput {
  @Field(() => TitleInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => TitleInput) title?: TitleInput;
}

@InputType()
export class UpdateProjectInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a project id' }) id: string;
  @Field(() => Int, { description: 'The version you read; a stale version gets CONFLICT with the current one.' }) @IsInt() @Min(1) expectedVersion: number;
  @Field(() => ProjectChangesInput) @ValidateNested() @Type(() => ProjectChangesInput) changes: ProjectChangesInput;
}

@InputType()
export class ArchiveProjectInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a project id' }) id: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
}
