import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ORGANISATION_KINDS, OrganisationKind, ROLES, Role } from '@yntymak/context';
import { Connection } from '@yntymak/graphql-kit';
import { OrganisationRow } from '../organisation.repository';

export const OrganisationKindEnum = Object.fromEntries(ORGANISATION_KINDS.map((k) => [k, k])) as Record<OrganisationKind, OrganisationKind>;
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind', description: 'What an organisation is in the coordination.' });

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as Record<Role, Role>;
registerEnumType(RoleEnum, { name: 'Role', description: 'What an API key may do: VIEWER reads, EDITOR also writes, ADMIN also manages keys.' });

@ObjectType('Organisation')
export class OrganisationType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => OrganisationKindEnum) kind: OrganisationKind;
  @Field(() => String, { nullable: true, description: 'IATI organisation identifier, e.g. XM-DAC-41301.' }) iatiIdentifier: string | null;
  @Field() createdAt: string;

  static from(row: OrganisationRow): OrganisationType {
    return Object.assign(new OrganisationType(), { id: row.id, name: row.name, kind: row.kind, iatiIdentifier: row.iatiIdentifier, createdAt: row.createdAt });
  }
}

@ObjectType()
export class OrganisationConnection extends Connection(OrganisationType, 'Organisation') {}
