import { ProjectRecord } from '@yntymak/projects';
import { ReferenceSnapshot } from './reference-snapshot';

export interface BlindSummary {
  themes: string[];
  area: string[];
  startDate: string | null;
  endDate: string | null;
}

/**
 * What the other owner may learn of a confidential pipeline project: themes, area and period —
 * no owner, no title, no budget. The coordinator sees the project itself.
 */
export function blindSummary(record: ProjectRecord, reference: ReferenceSnapshot): BlindSummary | null {
  if (record.visibility !== 'CONFIDENTIAL_PIPELINE') return null;
  return {
    themes: [...record.themes].sort(),
    area: record.coverage.map((id) => reference.context.unitNames.get(id) ?? id).sort(),
    startDate: record.startDate,
    endDate: record.endDate,
  };
}
