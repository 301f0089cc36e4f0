import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { DECISION_LEVELS, DecisionLevel, ISSUE_ACTIONS, IssueActionType } from '@yntymak/issues-domain';
import { DecisionLevelEnum, IssueActionEnum } from './issue-enums';

@InputType()
export class IssueTextInput {
  @Field(() => String, { nullable: true, description: 'Kyrgyz' }) @IsOptional() @IsString() @MaxLength(10000) ky?: string;
  @Field(() => String, { nullable: true, description: 'Russian' }) @IsOptional() @IsString() @MaxLength(10000) ru?: string;
  @Field(() => String, { nullable: true, description: 'English' }) @IsOptional() @IsString() @MaxLength(10000) en?: string;
}

@InputType()
export class EvidenceFactInput {
  @Field({ description: 'ALTITUDE, POPULATION, HOUSEHOLDS, VULNERABLE_HOUSEHOLDS, AREA_HA, INCOME_SOM, POVERTY_RATE, LIVESTOCK_HEAD_COUNT, DISTANCE_KM' })
  @IsString()
  @Length(1, 64)
  indicator: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) value: number;
  @Field({ description: 'The indicator’s unit: m, persons, households, ha, som, percent, head, km.' }) @IsString() @Length(1, 20) unit: string;
  @Field({ description: 'Where the figure comes from: "ayil okmotu social passports".' }) @IsString() @MaxLength(500) source: string;
  @Field({ description: 'When it was true: YYYY, YYYY-MM or YYYY-MM-DD.' }) @IsString() @MaxLength(10) date: string;
}

@InputType()
export class RoutingOverrideInput {
  @Field(() => DecisionLevelEnum) @IsIn(DECISION_LEVELS as unknown as DecisionLevel[]) level: DecisionLevel;
  @Field({ description: 'Why the rules’ proposal is not right: whoever receives the issue reads it.' }) @IsString() @MaxLength(2000) reason: string;
  @Field(() => [ID], { nullable: true, description: 'Only these bodies of the issue’s escalation chain (by default the bodies of that level).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'bodyIds must be government body ids' })
  bodyIds?: string[];
}

@InputType()
export class RaiseIssueInput {
  @Field(() => ID, { description: 'The admin unit the issue is about (usually a village or an ayil aimak).' }) @IsUUID('all', { message: 'adminUnitId must be an admin unit id' }) adminUnitId: string;
  @Field(() => [String], { description: 'Theme codes, at least one.' }) @ArrayMinSize(1, { message: 'themes needs at least one theme' }) @ArrayMaxSize(20) @IsString({ each: true }) themes: string[];
  @Field(() => String, { nullable: true, description: 'The intervention type the issue concerns (its usual decision level counts).' }) @IsOptional() @IsString() @Length(1, 64) interventionCode?: string;
  @Field(() => IssueTextInput, { description: 'In at least one of ky/ru/en.' }) @ValidateNested() @Type(() => IssueTextInput) title: IssueTextInput;
  @Field(() => IssueTextInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => IssueTextInput) summary?: IssueTextInput;
  @Field(() => IssueTextInput, { description: 'The concrete proposal, in at least one of ky/ru/en. Routing reads it.' }) @ValidateNested() @Type(() => IssueTextInput) proposal: IssueTextInput;
  @Field(() => [EvidenceFactInput], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => EvidenceFactInput) evidence?: EvidenceFactInput[];
  @Field(() => ID, { nullable: true, description: 'The project the issue arose in (one you can see).' }) @IsOptional() @IsUUID('all', { message: 'projectId must be a project id' }) projectId?: string;
  @Field({ defaultValue: false }) @IsBoolean() needsLawChange: boolean = false;
  @Field({ defaultValue: false }) @IsBoolean() needsNormativeAct: boolean = false;
  @Field(() => RoutingOverrideInput, { nullable: true, description: 'The author’s level instead of the rules’ proposal, with a reason.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RoutingOverrideInput)
  override?: RoutingOverrideInput;
  @Field(() => ID, { nullable: true, description: 'The implementer whose coordinator refines and forwards this issue (a village service provider’s implementer). Without it, the raiser forwards its own issues.' })
  @IsOptional()
  @IsUUID('all', { message: 'refinerOrganisationId must be an organisation id' })
  refinerOrganisationId?: string;
  @Field({ defaultValue: false, description: 'Public issues are readable by every organisation.' }) @IsBoolean() isPublic: boolean = false;
  @Field({ defaultValue: false, description: 'Submit at once instead of keeping a draft.' }) @IsBoolean() submit: boolean = false;
}

@InputType()
export class RefineIssueInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an issue id' }) id: string;
  @Field(() => Int, { description: 'The version you read.' }) @IsInt() @Min(1) expectedVersion: number;
  @Field(() => IssueTextInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => IssueTextInput) title?: IssueTextInput;
  @Field(() => IssueTextInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => IssueTextInput) summary?: IssueTextInput;
  @Field(() => IssueTextInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => IssueTextInput) proposal?: IssueTextInput;
  @Field(() => String, { nullable: true, description: 'What was changed and why, for the raiser.' }) @IsOptional() @IsString() @MaxLength(10000) note?: string;
}

@InputType()
export class IssueDocumentInput {
  @Field({ description: 'A stored document id, URL or registration number.' }) @IsString() @MaxLength(500) ref: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) title?: string;
}

@InputType()
export class TransitionIssueInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an issue id' }) id: string;
  @Field(() => IssueActionEnum) @IsIn(ISSUE_ACTIONS as unknown as IssueActionType[]) action: IssueActionType;
  @Field(() => Int, { description: 'The version you read.' }) @IsInt() @Min(1) expectedVersion: number;
  @Field(() => String, { nullable: true, description: 'Required to return, reject, re-route, escalate and reopen.' }) @IsOptional() @IsString() @MaxLength(10000) note?: string;
  @Field(() => [IssueDocumentInput], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => IssueDocumentInput) documents?: IssueDocumentInput[];
  @Field(() => ID, { nullable: true, description: 'REROUTE: the body that is competent.' }) @IsOptional() @IsUUID('all', { message: 'targetBodyId must be a government body id' }) targetBodyId?: string;
}

@InputType()
export class LinkGovernmentBodyInput {
  @Field(() => ID, { description: 'An organisation of kind GOVERNMENT_BODY.' }) @IsUUID('all', { message: 'organisationId must be an organisation id' }) organisationId: string;
  @Field(() => ID) @IsUUID('all', { message: 'governmentBodyId must be a government body id' }) governmentBodyId: string;
}
