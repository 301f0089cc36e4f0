import { ApolloServerPlugin } from '@apollo/server';
import type { Counter, Histogram } from 'prom-client';

/** Counts and times each GraphQL operation by name, type and outcome. */
export function operationMetricsPlugin(operations: Counter<'operation' | 'type' | 'outcome'>, duration: Histogram<'operation' | 'type'>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          const labels = { operation: operationName ?? 'anonymous', type: operation?.operation ?? 'unknown' };
          operations.inc({ ...labels, outcome: errors?.length ? 'error' : 'ok' });
          duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
