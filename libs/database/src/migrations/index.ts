import { Foundation1764064800000 } from './1764064800000-foundation';
import { Geography1764151200000 } from './1764151200000-geography';
import { Projects1764237600000 } from './1764237600000-projects';
import { ProjectSearchIndex1764324000000 } from './1764324000000-project-search-index';
import { ProjectImports1764410400000 } from './1764410400000-project-imports';
import { Overlaps1764496800000 } from './1764496800000-overlaps';
import { Alerts1764583200000 } from './1764583200000-alerts';
import { Webhooks1764669600000 } from './1764669600000-webhooks';
import { OutboxAutovacuum1764756000000 } from './1764756000000-outbox-autovacuum';
import { OverlapRecomputes1764842400000 } from './1764842400000-overlap-recomputes';
import { AlertDigests1764928800000 } from './1764928800000-alert-digests';
import { Issues1765101600000 } from './1765101600000-issues';
import { AdminUnitRangesFastPath1765400000000 } from './1765400000000-admin-unit-ranges-fast-path';
import { SharedIssues1765500000000 } from './1765500000000-shared-issues';
import { ProjectInsertFunction1765600000000 } from './1765600000000-project-insert-function';

/** Every migration, oldest first. A new one is appended here and never edited after release. */
export const MIGRATIONS = [Foundation1764064800000, Geography1764151200000, Projects1764237600000, ProjectSearchIndex1764324000000, ProjectImports1764410400000, Overlaps1764496800000, Alerts1764583200000, Webhooks1764669600000, OutboxAutovacuum1764756000000, OverlapRecomputes1764842400000, AlertDigests1764928800000, Issues1765101600000, AdminUnitRangesFastPath1765400000000, SharedIssues1765500000000, ProjectInsertFunction1765600000000];
