import { createHash } from 'node:crypto';
import { ProjectRecord } from '@yntymak/projects';

/**
 * What makes a change to a pair "material": where (coverage), what (themes, interventions), for
 * whom (target groups), when (dates) and whether one side went confidential. A new title, a typo
 * or a budget change is not material: a reviewer's decision survives it.
 */
export function materialFingerprint(a: ProjectRecord, b: ProjectRecord): string {
  const side = (p: ProjectRecord) => [
    p.id,
    [...p.coverage].sort().join(','),
    [...p.themes].sort().join(','),
    [...p.interventions].sort().join(','),
    p.targetGroups.map((g) => g.code).sort().join(','),
    p.startDate ?? '',
    p.endDate ?? '',
    p.visibility === 'CONFIDENTIAL_PIPELINE' ? 'pipeline' : 'open',
  ];
  const [first, second] = a.id < b.id ? [a, b] : [b, a];
  return createHash('sha256').update(JSON.stringify([side(first), side(second)])).digest('base64url').slice(0, 22);
}
