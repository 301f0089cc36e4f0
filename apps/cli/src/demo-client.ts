/** A GraphQL error as the gateway returns it. */
export interface DemoGraphqlError {
  message: string;
  extensions?: { code?: string; reason?: string; field?: string };
}

export class DemoApiError extends Error {
  constructor(
    readonly operation: string,
    readonly errors: DemoGraphqlError[],
  ) {
    super(`${operation}: ${errors.map((e) => `${e.message} (${e.extensions?.code ?? 'no code'}${e.extensions?.reason ? `/${e.extensions.reason}` : ''})`).join('; ')}`);
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/**
 * The demo talks to the gateway like any client: GraphQL over HTTP with an API key. Loading
 * through the public API means the demo data went through the same validation, tenancy checks,
 * outbox events and detection jobs as real data.
 */
export class DemoClient {
  constructor(
    readonly url: string,
    readonly key?: string,
  ) {}

  as(key: string): DemoClient {
    return new DemoClient(this.url, key);
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.key ? { authorization: `Bearer ${this.key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: DemoGraphqlError[] };
    if (body.errors?.length) throw new DemoApiError(operationName(query), body.errors);
    return body.data as T;
  }
}

function operationName(query: string): string {
  return /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? query.trim().slice(0, 40);
}
