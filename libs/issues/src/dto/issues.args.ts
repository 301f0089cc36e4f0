import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@yntymak/graphql-kit';
import { DECISION_LEVELS, DecisionLevel, ISSUE_STATES, IssueState } from '@yntymak/issues-domain';
import { DecisionLevelEnum, IssueStateEnum } from './issue-enums';

@InputType()
export class IssueFilter {
  @Field(() => [IssueStateEnum], { nullable: true }) @IsOptional() @IsIn(ISSUE_STATES as unknown as IssueState[], { each: true }) states?: IssueState[];
  @Field(() => [DecisionLevelEnum], { nullable: true }) @IsOptional() @IsIn(DECISION_LEVELS as unknown as DecisionLevel[], { each: true }) levels?: DecisionLevel[];
  @Field(() => ID, { nullable: true, description: 'Issues about this unit or any unit in it.' }) @IsOptional() @IsUUID('all', { message: 'adminUnitId must be an admin unit id' }) adminUnitId?: string;
  @Field(() => [String], { nullable: true, description: 'Issues with at least one of these themes.' }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) themes?: string[];
  @Field(() => [ID], { nullable: true, description: 'Raising organisations.' }) @IsOptional() @ArrayMaxSize(50) @IsUUID('all', { each: true, message: 'raiserIds must be organisation ids' }) raiserIds?: string[];
  @Field({ defaultValue: false, description: 'Only issues addressed now to a body your organisation speaks for.' }) @IsBoolean() addressedToMe: boolean = false;
  @Field({ defaultValue: false, description: 'Only issues that went up on a deadline or an appeal.' }) @IsBoolean() escalatedOnly: boolean = false;
}

@ArgsType()
export class IssuesArgs extends ConnectionArgs {
  @Field(() => IssueFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => IssueFilter) filter?: IssueFilter;
}

@ArgsType()
export class IssueIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an issue id' }) id: string;
}
