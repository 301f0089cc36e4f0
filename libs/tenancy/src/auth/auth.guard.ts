import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { OrganisationKind, Principal, Role, peekScope, roleAtLeast, setPrincipal } from '@yntymak/context';
import { ForbiddenError } from '@yntymak/errors';
import { Authenticator } from './authenticator';
import { REQUIRED_KINDS, REQUIRED_ROLE } from './access.decorators';

interface GqlContext {
  req?: { headers: Record<string, string | string[] | undefined> };
  /** Set for graphql-ws operations: the connection was authenticated at connection_init. */
  principal?: Principal;
}

/**
 * Every GraphQL operation is authenticated; the principal goes into the request's execution scope
 * (AsyncLocalStorage), where services, the tenant transaction and logs find it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Plain HTTP routes are the public operational endpoints (health, metrics).
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context).getContext<GqlContext>();
    const principal = gql.principal ?? peekScope()?.principal ?? (await this.authenticator.authenticate(gql.req?.headers.authorization));
    if (peekScope()) setPrincipal(principal);

    const targets = [context.getHandler(), context.getClass()];
    const role = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets);
    if (role && !roleAtLeast(principal.role, role)) {
      throw new ForbiddenError('ROLE_TOO_WEAK', `This operation needs a key with role ${role} or higher; your key has role ${principal.role}.`);
    }
    const kinds = this.reflector.getAllAndOverride<OrganisationKind[] | undefined>(REQUIRED_KINDS, targets);
    if (kinds && !kinds.includes(principal.organisationKind)) {
      throw new ForbiddenError('ORGANISATION_KIND_NOT_ALLOWED', `Only ${kinds.join(' or ')} organisations may do this; yours is ${principal.organisationKind}.`);
    }
    return true;
  }
}
