import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { FactRow } from '../repositories/admin-unit-fact.repository';

@ObjectType('FactSource')
export class FactSourceType {
  @Field() id: string;
  @Field() title: string;
  @Field() publisher: string;
  @Field(() => String, { nullable: true, description: 'URL or reference to the publication.' }) reference: string | null;
  @Field(() => String, { nullable: true, description: 'Licence and attribution to give.' }) licence: string | null;
}

@ObjectType('AdminUnitFact', { description: 'A dated, sourced fact about a unit (population, poverty rate, ...). A newer value is a new fact, never an overwrite.' })
export class AdminUnitFactType {
  @Field(() => ID) id: string;
  @Field({ description: 'e.g. POPULATION, POVERTY_RATE, VULNERABLE_HOUSEHOLDS.' }) indicator: string;
  @Field(() => Float) value: number;
  @Field({ description: 'Unit of measure: persons, percent, tonnes, ...' }) unit: string;
  @Field(() => String, { nullable: true, description: 'Year, month or day the value refers to (YYYY, YYYY-MM or YYYY-MM-DD); null when the source does not say.' })
  period: string | null;
  @Field(() => FactSourceType, { nullable: true }) source: FactSourceType | null;
  @Field(() => String, { nullable: true, description: 'Where a fact entered by an organisation comes from.' }) sourceNote: string | null;
  @Field(() => ID, { nullable: true, description: 'The organisation that entered it; null for reference data.' }) organisationId: string | null;
  @Field(() => String, { nullable: true, description: 'The data release it came with; null when entered by an organisation.' }) dataRelease: string | null;
  @Field() recordedAt: string;

  static from(row: FactRow): AdminUnitFactType {
    const source = row.sourceId
      ? Object.assign(new FactSourceType(), { id: row.sourceId, title: row.sourceTitle, publisher: row.sourcePublisher, reference: row.sourceReference, licence: row.sourceLicence })
      : null;
    return Object.assign(new AdminUnitFactType(), {
      id: row.id,
      indicator: row.indicator,
      value: Number(row.value),
      unit: row.unit,
      period: row.period,
      source,
      sourceNote: row.sourceNote,
      organisationId: row.organisationId,
      dataRelease: row.dataRelease,
      recordedAt: row.recordedAt,
    });
  }
}
