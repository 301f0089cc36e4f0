import { ApolloServerPlugin } from '@apollo/server';
import { DefinitionNode, FragmentDefinitionNode, GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode, TypeNode } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from './connection';

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

/** A list field costs its children once per item it may return (an over-large `first` is refused by validation, with its own message). */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + childComplexity * Math.min(MAX_PAGE_SIZE, Math.max(1, args.first)) : undefined;

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/**
 * What an operation's cost depends on besides its text: the values of its Int variables, the only
 * ones that can reach a `first` argument (GraphQL refuses a variable of another type there). A
 * mutation whose variables are input objects costs the same whatever they hold.
 */
function costKey(operation: OperationDefinitionNode, variables: Record<string, unknown>): string {
  const ints = (operation.variableDefinitions ?? []).filter((d) => namedType(d.type) === 'Int').map((d) => variables[d.variable.name.value] ?? null);
  return JSON.stringify(ints);
}

/** Costs remembered per operation and per key; a few per operation are plenty (pages are asked in a handful of sizes). */
const COSTS_PER_OPERATION = 32;

function limitError(reason: 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX', message: string, limit: number, actual: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason, limit, actual, http: { status: 400 } },
  });
}

/**
 * Refuses, before anything runs, an operation nested deeper or costing more than the limits.
 * Apollo reuses the parsed document of a repeated query, so the depth is computed once per
 * document, and the cost once per document and values of its Int variables (costKey): computing
 * it walked the document with a fresh TypeInfo on every request, 7 % of a createProject's
 * gateway time.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  const depths = new WeakMap<object, number>();
  const costs = new WeakMap<object, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) return;
          let depth = depths.get(operation);
          if (depth === undefined) {
            const fragments = new Map<string, FragmentDefinitionNode>();
            document.definitions.forEach((d: DefinitionNode) => d.kind === Kind.FRAGMENT_DEFINITION && fragments.set(d.name.value, d));
            depth = depthOf(operation.selectionSet, fragments, new Set());
            depths.set(operation, depth);
          }
          if (depth > limits.maxDepth) {
            throw limitError('QUERY_TOO_DEEP', `This query is nested ${depth} levels deep; the limit is ${limits.maxDepth}. Ask for fewer nested fields.`, limits.maxDepth, depth);
          }
          const key = costKey(operation, request.variables ?? {});
          let known = costs.get(operation);
          let complexity = known?.get(key);
          if (complexity === undefined) {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
            if (!known) costs.set(operation, (known = new Map()));
            if (known.size < COSTS_PER_OPERATION) known.set(key, complexity);
          }
          if (complexity > limits.maxComplexity) {
            throw limitError(
              'QUERY_TOO_COMPLEX',
              `This query could return too much at once (cost ${complexity}, limit ${limits.maxComplexity}). Ask for smaller pages (first) or fewer fields.`,
              limits.maxComplexity,
              complexity,
            );
          }
        },
      };
    },
  };
}
