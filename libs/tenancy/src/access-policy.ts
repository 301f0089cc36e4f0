import { Injectable } from '@nestjs/common';
import { Principal } from '@yntymak/context';
import { CrossTenantReadGrant } from '@yntymak/database';

export type CrossTenantPurpose = 'organisation-keys' | 'projects';

/**
 * The one place that decides who may read other organisations' rows. Default deny: only the
 * coordinating agency, and only for purposes listed here. Row-level security enforces the grant.
 */
@Injectable()
export class AccessPolicy {
  crossTenantRead(principal: Principal, purpose: CrossTenantPurpose): CrossTenantReadGrant | null {
    if (principal.organisationKind !== 'COORDINATOR') return null;
    switch (purpose) {
      case 'organisation-keys':
        return principal.role === 'ADMIN' ? CrossTenantReadGrant.issue(principal, purpose) : null;
      case 'projects':
        // The coordinator reviews drafts and confidential pipeline projects: any of its keys may read them.
        return CrossTenantReadGrant.issue(principal, purpose);
    }
  }
}
