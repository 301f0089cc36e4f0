import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@yntymak/context';
import { Connection } from '@yntymak/graphql-kit';
import { ApiKeyRow } from '../api-key.repository';
import { RoleEnum } from './organisation.type';

@ObjectType('ApiKey', { description: 'An API key as it is stored: never the secret, which is shown once at creation.' })
export class ApiKeyType {
  @Field(() => ID) id: string;
  @Field(() => ID) organisationId: string;
  @Field() name: string;
  @Field(() => RoleEnum) role: Role;
  @Field({ description: 'The first characters of the key, to recognise it (e.g. in a leak report).' }) displayPrefix: string;
  @Field() createdAt: string;
  @Field(() => String, { nullable: true }) revokedAt: string | null;

  static from(row: ApiKeyRow): ApiKeyType {
    return Object.assign(new ApiKeyType(), row);
  }
}

@ObjectType()
export class ApiKeyConnection extends Connection(ApiKeyType, 'ApiKey') {}

@ObjectType({ description: 'A new key. `secret` is shown here once and never again: store it now.' })
export class CreatedApiKey {
  @Field(() => ApiKeyType) apiKey: ApiKeyType;
  @Field() secret: string;
}
