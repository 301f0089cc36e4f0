import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { Principal } from './principal';

/** What is running: one HTTP request, one job, or one command. Logs and the tenant transaction read it. */
export interface ExecutionScope {
  kind: 'request' | 'job' | 'command';
  /** Request id, job id or command name. */
  id: string;
  principal?: Principal;
}

const storage = new AsyncLocalStorage<ExecutionScope>();

export function runInScope<T>(scope: ExecutionScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function newRequestScope(requestId?: string): ExecutionScope {
  return { kind: 'request', id: requestId && /^[\w.-]{1,100}$/.test(requestId) ? requestId : randomUUID() };
}

/** The current scope, or undefined outside any (start-up, tests). For logging only. */
export function peekScope(): ExecutionScope | undefined {
  return storage.getStore();
}

/** The acting principal. Throws when unset: data access without a known tenant is a bug, never a default. */
export function currentPrincipal(): Principal {
  const principal = storage.getStore()?.principal;
  if (!principal) throw new Error('No authenticated principal in the current execution scope');
  return principal;
}

/** Sets the principal on the current scope (the auth guard does this once per request). */
export function setPrincipal(principal: Principal): void {
  const scope = storage.getStore();
  if (!scope) throw new Error('setPrincipal called outside an execution scope');
  scope.principal = principal;
}
