export const ORGANISATION_KINDS = ['COORDINATOR', 'DONOR', 'IMPLEMENTER', 'GOVERNMENT_BODY', 'LOCAL_GROUP'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ROLES = ['VIEWER', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: an API key of one organisation, with that key's role. */
export interface Principal {
  organisationId: string;
  organisationKind: OrganisationKind;
  organisationName: string;
  /** Kept with the key so that `me` needs no query; refreshed with the key cache. */
  organisationIatiIdentifier: string | null;
  organisationCreatedAt: string;
  apiKeyId: string;
  role: Role;
}

/** ADMIN may do what EDITOR may, EDITOR what VIEWER may. */
export function roleAtLeast(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}
