import { ApolloServerPlugin } from '@apollo/server';
import type { Counter, Histogram } from 'prom-client';

const MAX_NAMES = 200;

/**
 * Counts and times each GraphQL operation by name, type and outcome. Operation names come from
 * clients, so the label is bounded: plain names only, and at most 200 distinct ones per process.
 */
export function operationMetricsPlugin(operations: Counter<'operation' | 'type' | 'outcome'>, duration: Histogram<'operation' | 'type'>): ApolloServerPlugin {
  const seen = new Set<string>();
  const label = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
    if (seen.has(name)) return name;
    if (seen.size >= MAX_NAMES) return 'other';
    seen.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          const labels = { operation: label(operationName), type: operation?.operation ?? 'unknown' };
          operations.inc({ ...labels, outcome: errors?.length ? 'error' : 'ok' });
          duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
