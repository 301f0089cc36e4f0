import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { DECISION_LEVELS } from '@yntymak/issues-domain';
import { ConnectionArgs } from '@yntymak/graphql-kit';
import { DOSSIER_FORMATS, DossierFormat, DossierFormatEnum, SHARED_ISSUE_STATES, SharedIssueStateEnum } from '../types/shared-issue.type';

@InputType()
export class SharedIssueFilter {
  @Field(() => [SharedIssueStateEnum], { nullable: true, description: 'Default: OPEN and ESCALATED.' })
  @IsOptional()
  @IsIn(SHARED_ISSUE_STATES as unknown as string[], { each: true, message: 'states must each be OPEN, ESCALATED, MERGED or DISSOLVED' })
  states?: (typeof SHARED_ISSUE_STATES)[number][];
  @Field(() => String, { nullable: true, description: 'LOCAL, DISTRICT, REGIONAL or NATIONAL.' })
  @IsOptional()
  @IsIn(DECISION_LEVELS as unknown as string[], { message: 'decisionLevel must be LOCAL, DISTRICT, REGIONAL or NATIONAL' })
  decisionLevel?: (typeof DECISION_LEVELS)[number];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 64) themeCode?: string;
  @Field(() => ID, { nullable: true, description: 'The shared issue this issue is in.' }) @IsOptional() @IsUUID('all', { message: 'issueId must be an issue id' }) issueId?: string;
}

@ArgsType()
export class SharedIssuesArgs extends ConnectionArgs {
  @Field(() => SharedIssueFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => SharedIssueFilter) filter?: SharedIssueFilter;
}

@ArgsType()
export class SharedIssueIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a shared issue id' }) id: string;
}

@ArgsType()
export class SharedIssueDossierArgs extends SharedIssueIdArgs {
  @Field(() => DossierFormatEnum, { defaultValue: 'MARKDOWN' }) @IsIn(DOSSIER_FORMATS as unknown as string[]) format: DossierFormat = 'MARKDOWN';
}

@InputType()
export class MergeSharedIssuesInput {
  @Field(() => ID, { description: 'The shared issue that stays.' }) @IsUUID('all', { message: 'targetId must be a shared issue id' }) targetId: string;
  @Field(() => [ID], { description: 'The shared issues folded into it (1 to 20).' })
  @IsArray()
  @ArrayMinSize(1, { message: 'sourceIds must name at least one shared issue' })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'sourceIds must be shared issue ids' })
  sourceIds: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) note?: string;
}

@InputType()
export class SplitSharedIssueInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a shared issue id' }) id: string;
  @Field(() => [ID], { description: 'The member issues that become a shared issue of their own.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'issueIds must name at least one member issue' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'issueIds must be issue ids' })
  issueIds: string[];
  @Field(() => String, { nullable: true, description: 'Title of the new shared issue; default: the first moved issue\'s.' }) @IsOptional() @IsString() @Length(1, 300) title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) note?: string;
}

@InputType()
export class EscalateSharedIssueInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a shared issue id' }) id: string;
  @Field(() => String, { nullable: true, description: 'Shown at the top of the dossier.' }) @IsOptional() @IsString() @MaxLength(4000) note?: string;
}
