import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface SchemaChange {
  level: 'BREAKING' | 'DANGEROUS' | 'NON_BREAKING';
  path?: string;
  message: string;
}

/**
 * Compares two printed schemas with GraphQL Inspector (a maintained implementation of the
 * breaking-change rules; not hand-written here) and returns every change with its criticality.
 */
export async function compareSchemas(releasedSdl: string, currentSdl: string): Promise<SchemaChange[]> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(currentSdl));
  return changes.map((change) => ({
    level: levelOf(change.criticality.level),
    path: change.path,
    message: change.criticality.reason ? `${change.message} (${change.criticality.reason})` : change.message,
  }));
}

function levelOf(level: CriticalityLevel): SchemaChange['level'] {
  switch (level) {
    case CriticalityLevel.Breaking:
      return 'BREAKING';
    case CriticalityLevel.Dangerous:
      return 'DANGEROUS';
    case CriticalityLevel.NonBreaking:
      return 'NON_BREAKING';
  }
}
