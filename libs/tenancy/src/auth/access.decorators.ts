import { SetMetadata } from '@nestjs/common';
import { OrganisationKind, Role } from '@yntymak/context';

export const REQUIRED_ROLE = 'yntymak:required-role';
export const REQUIRED_KINDS = 'yntymak:required-kinds';

/** The least role of the caller's key for this operation. Without it, any role may call. */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);

/** Only organisations of these kinds may call this operation. */
export const RequireKind = (...kinds: OrganisationKind[]) => SetMetadata(REQUIRED_KINDS, kinds);
