import { ArgsType, Field, Float, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Min, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@yntymak/graphql-kit';
import { PROJECT_STATUSES, PROJECT_VISIBILITIES, ProjectStatus, ProjectVisibility } from '../domain/project';
import { ProjectStatusEnum, ProjectVisibilityEnum } from './project.input';

export const PROJECT_SORTS = ['CREATED_AT_ASC', 'CREATED_AT_DESC', 'START_DATE_ASC', 'START_DATE_DESC', 'UPDATED_AT_DESC'] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];
export const ProjectSortEnum = Object.fromEntries(PROJECT_SORTS.map((s) => [s, s])) as Record<ProjectSort, ProjectSort>;
registerEnumType(ProjectSortEnum, { name: 'ProjectSort' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class BudgetRangeInput {
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) min?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) max?: number;
  @Field({ defaultValue: 'USD', description: 'The currency of min and max; budgets in other currencies are converted with the current rate set.' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be three capital letters (ISO 4217)' })
  currency: string = 'USD';
}

@InputType()
export class ProjectFilter {
  @Field(() => [ID], { nullable: true, description: 'Owner organisations.' }) @IsOptional() @ArrayMaxSize(50) @IsUUID('all', { each: true, message: 'ownerIds must be organisation ids' }) ownerIds?: string[];
  @Field(() => String, { nullable: true, description: 'An admin unit id or SOATE code: projects in it or anywhere below it (also through the reform crosswalk).' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  adminUnit?: string;
  @Field({ defaultValue: false, description: 'With adminUnit: also projects that cover a unit above it (an oblast or national programme).' }) @IsBoolean() includeUnitsAbove: boolean = false;
  @Field(() => [String], { nullable: true, description: 'Theme codes; a theme includes its sub-themes.' }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) themes?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @IsString({ each: true }) interventions?: string[];
  @Field(() => [ProjectStatusEnum], { nullable: true }) @IsOptional() @IsIn(PROJECT_STATUSES as unknown as ProjectStatus[], { each: true }) statuses?: ProjectStatus[];
  @Field(() => [ProjectVisibilityEnum], { nullable: true }) @IsOptional() @IsIn(PROJECT_VISIBILITIES as unknown as ProjectVisibility[], { each: true }) visibilities?: ProjectVisibility[];
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: projects whose period contains this day.' }) @IsOptional() @Matches(DATE, { message: 'activeOn must be YYYY-MM-DD' }) activeOn?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: with periodTo, projects whose period overlaps this one.' }) @IsOptional() @Matches(DATE, { message: 'periodFrom must be YYYY-MM-DD' }) periodFrom?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, { message: 'periodTo must be YYYY-MM-DD' }) periodTo?: string;
  @Field(() => String, { nullable: true, description: 'Words in titles or descriptions, in any of ky/ru/en, Cyrillic or Latin.' }) @IsOptional() @IsString() @Length(2, 200) text?: string;
  @Field(() => BudgetRangeInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => BudgetRangeInput) budget?: BudgetRangeInput;
  @Field({ defaultValue: false }) @IsBoolean() includeArchived: boolean = false;
}

@ArgsType()
export class ProjectsArgs extends ConnectionArgs {
  @Field(() => ProjectFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ProjectFilter) filter?: ProjectFilter;
  @Field(() => ProjectSortEnum, { defaultValue: 'CREATED_AT_ASC' }) @IsIn(PROJECT_SORTS as unknown as ProjectSort[]) sort: ProjectSort = 'CREATED_AT_ASC';
}

@ArgsType()
export class ProjectIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a project id' }) id: string;
}

@ArgsType()
export class ProjectHistoryArgs extends ConnectionArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a project id' }) id: string;
}

