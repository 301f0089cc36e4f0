import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@yntymak/graphql-kit';

@ObjectType()
export class AlertProject {
  @Field(() => ID, { nullable: true, description: 'Null when the project is confidential to its owner (blind).' }) projectId: string | null;
  @Field(() => ID, { nullable: true }) ownerId: string | null;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => [String], { nullable: true, description: 'Blind view: themes only.' }) blindThemes: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Blind view: area only.' }) blindArea: string[] | null;
  @Field(() => String, { nullable: true }) blindStartDate: string | null;
  @Field(() => String, { nullable: true }) blindEndDate: string | null;
}

@ObjectType('Alert')
export class AlertType {
  @Field(() => ID) id: string;
  @Field({ description: 'overlap.detected, overlap.changed, overlap.reviewed...' }) kind: string;
  @Field(() => ID, { nullable: true }) overlapId: string | null;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field({ description: 'True when one project is a confidential pipeline project you see blind.' }) blind: boolean;
  @Field({ description: 'The one-line explanation.' }) message: string;
  @Field(() => String, { nullable: true }) overlapKind: string | null;
  @Field(() => String, { nullable: true }) overlapStatus: string | null;
  @Field(() => [AlertProject]) projects: AlertProject[];
  @Field() createdAt: string;
  @Field(() => String, { nullable: true }) readAt: string | null;
}

@ObjectType()
export class AlertConnection extends Connection(AlertType, 'Alert') {
  @Field(() => Int) unreadCount: number;
}

@ObjectType('AlertPreferences')
export class AlertPreferencesType {
  @Field(() => Float) minScore: number;
  @Field(() => [String]) themeCodes: string[];
  @Field(() => [ID]) adminUnitIds: string[];
  @Field(() => [String], { description: 'INBOX is always kept; SUBSCRIPTION and WEBHOOK can be turned off.' }) channels: string[];
}
