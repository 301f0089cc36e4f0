import { Field, ObjectType } from '@nestjs/graphql';
import { DecisionLevel } from '../domain/reference-codes';
import { InterventionTypeRow, ThemeRow } from '../repositories/taxonomy.repository';
import { DecisionLevelEnum } from './enums';
import { LocalizedNameType } from './localized-name.type';

@ObjectType('Theme', { description: 'A theme of development work, mapped to OECD DAC 5-digit purpose codes.' })
export class ThemeType {
  @Field() code: string;
  @Field(() => LocalizedNameType) names: LocalizedNameType;
  @Field(() => String, { nullable: true }) parentCode: string | null;
  @Field(() => [String], { description: 'OECD DAC 5-digit purpose codes (IATI Sector vocabulary 1).' }) dacCodes: string[];

  static from(row: ThemeRow): ThemeType {
    return Object.assign(new ThemeType(), { code: row.code, names: LocalizedNameType.of(row), parentCode: row.parentCode, dacCodes: row.dacCodes });
  }
}

@ObjectType('InterventionType', { description: 'A micro-intervention of the field (greenhouse, dairy goats, ...), with who usually decides it.' })
export class InterventionTypeType {
  @Field() code: string;
  @Field(() => LocalizedNameType) names: LocalizedNameType;
  @Field(() => [String]) themeCodes: string[];
  @Field(() => DecisionLevelEnum) decisionLevel: DecisionLevel;
  @Field({ description: 'The kind of government body (or the national body) that usually decides it, e.g. AYIL_OKMOTU.' }) decisionBodyKind: string;
  @Field(() => String, { nullable: true }) notes: string | null;

  static from(row: InterventionTypeRow): InterventionTypeType {
    return Object.assign(new InterventionTypeType(), {
      code: row.code,
      names: LocalizedNameType.of(row),
      themeCodes: row.themeCodes,
      decisionLevel: row.decisionLevel,
      decisionBodyKind: row.decisionBodyKind,
      notes: row.notes,
    });
  }
}
