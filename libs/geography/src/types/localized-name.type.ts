import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('LocalizedName', { description: 'A name in Kyrgyz, Russian and English.' })
export class LocalizedNameType {
  @Field() ky: string;
  @Field() ru: string;
  @Field() en: string;

  static of(row: { nameKy: string; nameRu: string; nameEn: string }): LocalizedNameType {
    return Object.assign(new LocalizedNameType(), { ky: row.nameKy, ru: row.nameRu, en: row.nameEn });
  }
}
