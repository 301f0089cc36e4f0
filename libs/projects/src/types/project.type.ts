import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Principal } from '@yntymak/context';
import { Connection } from '@yntymak/graphql-kit';
import { Party, ProjectStatus, ProjectVisibility, TargetGroup } from '../domain/project';
import { PartyRoleEnum, ProjectStatusEnum, ProjectVisibilityEnum, TargetGroupEnum } from '../dto/project.input';
import { ProjectRecord } from '../project.repository';

@ObjectType()
export class LocalisedText {
  @Field(() => String, { nullable: true }) ky?: string;
  @Field(() => String, { nullable: true }) ru?: string;
  @Field(() => String, { nullable: true }) en?: string;
}

@ObjectType()
export class ProjectBudget {
  @Field(() => Float, { nullable: true, description: 'Null when the budget is confidential and you are neither its owner nor the coordinator.' }) amount: number | null;
  @Field() currency: string;
  @Field() confidential: boolean;
}

@ObjectType()
export class TargetGroupCount {
  @Field(() => TargetGroupEnum) code: TargetGroup;
  @Field(() => Int, { nullable: true }) people: number | null;
  @Field(() => Int, { nullable: true }) households: number | null;
}

@ObjectType()
export class ProjectParty {
  @Field(() => ID) organisationId: string;
  @Field(() => PartyRoleEnum) role: Party['role'];
  @Field(() => Float, { nullable: true }) sharePercent: number | null;
  @Field(() => ID, { nullable: true }) receivesFromOrganisationId: string | null;
}

@ObjectType('Project')
export class ProjectType {
  @Field(() => ID) id: string;
  @Field(() => ID) ownerId: string;
  @Field(() => Int, { description: 'Send it back as expectedVersion when you update.' }) version: number;
  @Field(() => ProjectStatusEnum) status: ProjectStatus;
  @Field(() => ProjectVisibilityEnum) visibility: ProjectVisibility;
  @Field(() => LocalisedText) title: LocalisedText;
  @Field(() => LocalisedText) description: LocalisedText;
  @Field(() => String, { nullable: true }) startDate: string | null;
  @Field(() => String, { nullable: true }) endDate: string | null;
  @Field(() => ProjectBudget, { nullable: true }) budget: ProjectBudget | null;
  @Field(() => [TargetGroupCount]) targetGroups: TargetGroupCount[];
  @Field(() => [ProjectParty], { description: 'Funders, intermediaries and implementers: the funding chain.' }) parties: ProjectParty[];
  @Field(() => [ID], { description: 'Ids of the admin units covered (see coverage for the units).' }) coverageIds: string[];
  @Field(() => [String]) themeCodes: string[];
  @Field(() => [String]) interventionCodes: string[];
  @Field(() => String, { nullable: true }) iatiIdentifier: string | null;
  @Field(() => String, { nullable: true }) externalReference: string | null;
  @Field() createdAt: string;
  @Field() updatedAt: string;
  @Field(() => String, { nullable: true }) archivedAt: string | null;

  /** The one mapper from storage to the API: the place where a viewer's rights drop fields. */
  static from(record: ProjectRecord, viewer: Principal): ProjectType {
    const privileged = record.organisationId === viewer.organisationId || viewer.organisationKind === 'COORDINATOR';
    return Object.assign(new ProjectType(), {
      id: record.id,
      ownerId: record.organisationId,
      version: record.version,
      status: record.status,
      visibility: record.visibility,
      title: record.title,
      description: record.description,
      startDate: record.startDate,
      endDate: record.endDate,
      budget: record.budget && {
        amount: record.budget.confidential && !privileged ? null : record.budget.amount,
        currency: record.budget.currency,
        confidential: record.budget.confidential,
      },
      targetGroups: record.targetGroups,
      parties: record.parties,
      coverageIds: record.coverage,
      themeCodes: record.themes,
      interventionCodes: record.interventions,
      iatiIdentifier: record.iatiIdentifier,
      externalReference: record.externalReference,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      archivedAt: record.archivedAt,
    });
  }
}

@ObjectType()
export class ProjectConnection extends Connection(ProjectType, 'Project') {}

@ObjectType()
export class FieldChangeType {
  @Field() field: string;
  @Field(() => String, { nullable: true, description: 'JSON of the value before.' }) from: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the value after.' }) to: string | null;
}

@ObjectType('ProjectHistoryEntry')
export class ProjectHistoryEntry {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field() action: string;
  @Field(() => ID, { nullable: true, description: 'The API key that made the change.' }) actorKeyId: string | null;
  @Field(() => String, { nullable: true }) requestId: string | null;
  @Field() at: string;
  @Field(() => [FieldChangeType]) changes: FieldChangeType[];
  createdAt: string;
}

@ObjectType()
export class ProjectHistoryConnection extends Connection(ProjectHistoryEntry, 'ProjectHistoryEntry') {}
