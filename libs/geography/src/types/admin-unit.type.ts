import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AdminLevel, AdminUnitKind } from '../domain/reference-codes';
import { AdminUnitRow } from '../sql/admin-unit-columns';
import { AdminLevelEnum, AdminUnitKindEnum } from './enums';
import { LocalizedNameType } from './localized-name.type';

@ObjectType('AdminUnit', { description: 'A unit of the Kyrgyz administrative-territorial division, valid over a period. Its id never changes between data releases.' })
export class AdminUnitType {
  @Field(() => ID) id: string;
  @Field({ description: 'Stable business code: the 14-digit SOATE code of the release that introduced the unit.' }) code: string;
  @Field(() => String, { nullable: true, description: 'Official SOATE/СОАТЕ code in the current classifier.' }) soate: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-2:KG code (oblasts, Bishkek, Osh).' }) iso31662: string | null;
  @Field(() => String, { nullable: true, description: 'OCHA COD-AB P-code (country, oblasts, rayons, cities of oblast significance).' }) ochaPcode: string | null;
  @Field(() => AdminLevelEnum) level: AdminLevel;
  @Field(() => AdminUnitKindEnum) kind: AdminUnitKind;
  @Field(() => LocalizedNameType) names: LocalizedNameType;
  @Field(() => [String], { description: 'Languages (ky, ru, en) whose name was derived (transliterated), not taken from a source.' }) namesDerived: string[];
  @Field(() => [String], { description: 'Other spellings the unit is known and found by.' }) altNames: string[];
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => Int, { description: '0 for the country, 1 for oblasts, ...' }) depth: number;
  @Field({ description: 'First day of validity (YYYY-MM-DD).' }) validFrom: string;
  @Field(() => String, { nullable: true, description: 'Last day of validity; null while the unit exists.' }) validTo: string | null;
  @Field({ description: 'Valid today.' }) isCurrent: boolean;
  @Field({ description: 'The data release that last changed this unit.' }) dataRelease: string;

  /** Codes of the ancestors, country first; for the ancestors field. */
  ancestorCodes: string[];

  static from(row: AdminUnitRow): AdminUnitType {
    return Object.assign(new AdminUnitType(), {
      id: row.id,
      code: row.code,
      soate: row.soate,
      iso31662: row.iso31662,
      ochaPcode: row.ochaPcode,
      level: row.level,
      kind: row.kind,
      names: LocalizedNameType.of(row),
      namesDerived: row.namesDerived,
      altNames: row.altNames,
      parentId: row.parentId,
      depth: row.depth,
      validFrom: row.validFrom,
      validTo: row.validTo,
      isCurrent: row.isCurrent,
      dataRelease: row.dataRelease,
      ancestorCodes: row.path.split('.').slice(0, -1),
    });
  }
}
