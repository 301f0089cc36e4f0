import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@yntymak/graphql-kit';
import { DecisionLevel } from '../domain/reference-codes';
import { GovernmentBodyRow } from '../repositories/government-body.repository';
import { DecisionLevelEnum } from './enums';
import { LocalizedNameType } from './localized-name.type';

@ObjectType('GovernmentBody', { description: 'A body that decides at some level: an ayil okmotu, a rayon department, a ministry...' })
export class GovernmentBodyType {
  @Field(() => ID) id: string;
  @Field({ description: 'Stable code: KIND:UNITCODE for bodies of a unit (AYIL_OKMOTU:41704235816000), the body code for national ones.' }) code: string;
  @Field({ description: 'AYIL_OKMOTU, RAYON_EDUCATION_DEPARTMENT, ... or, for national bodies, MINISTRY, CABINET, PARLIAMENT, ...' }) kind: string;
  @Field(() => DecisionLevelEnum) decisionLevel: DecisionLevel;
  @Field(() => LocalizedNameType) names: LocalizedNameType;
  @Field(() => [String], { description: 'Theme and intervention type codes such a body typically decides.' }) competences: string[];
  @Field(() => ID, { nullable: true, description: 'The unit it serves; null for national bodies.' }) adminUnitId: string | null;
  @Field(() => ID, { nullable: true, description: 'The organisation (kind GOVERNMENT_BODY) that is this body, once linked.' }) organisationId: string | null;

  static from(row: GovernmentBodyRow): GovernmentBodyType {
    return Object.assign(new GovernmentBodyType(), {
      id: row.id,
      code: row.code,
      kind: row.kind,
      decisionLevel: row.decisionLevel,
      names: LocalizedNameType.of(row),
      competences: row.competences,
      adminUnitId: row.adminUnitId,
      organisationId: row.organisationId,
    });
  }
}

@ObjectType()
export class GovernmentBodyEdge {
  @Field() cursor: string;
  @Field(() => GovernmentBodyType) node: GovernmentBodyType;
}

@ObjectType({ description: 'Bodies from the local level up to the national one.' })
export class GovernmentBodyConnection {
  @Field(() => [GovernmentBodyEdge]) edges: GovernmentBodyEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
