import DataLoader from 'dataloader';
import { peekScope } from '@yntymak/context';

const perScope = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A DataLoader that lives as long as the current request (or job): nested fields of a page are
 * fetched in one query per kind, and nothing is cached across requests or tenants.
 */
export function requestLoader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<Array<V | Error>>): DataLoader<K, V> {
  const scope = peekScope();
  if (!scope) throw new Error(`requestLoader(${name}) used outside a request or job scope`);
  let loaders = perScope.get(scope);
  if (!loaders) perScope.set(scope, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders batch results by the keys DataLoader asked for; a missing key becomes null. */
export function byKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): Array<V | null> {
  const map = new Map(rows.map((row) => [keyOf(row), row] as const));
  return keys.map((k) => map.get(k) ?? null);
}
