import type { DemoClient } from './demo-client';
import type { DemoOrganisation } from './demo-organisations';

export type Progress = (stage: string, message: string) => void;

export interface LoadedOrganisation extends DemoOrganisation {
  id: string;
  /** Null when the organisation existed before this load and its key is not in the key store. */
  key: string | null;
  createdNow: boolean;
}

export interface DemoStageContext {
  api: DemoClient;
  coordinator: DemoClient;
  organisations: LoadedOrganisation[];
  /** Project id by the demo's IATI identifier (DEMO-<slug>-<n>). */
  projects: Map<string, string>;
  progress: Progress;
}

export interface DemoStageResult {
  name: string;
  loaded: boolean;
  message: string;
}

/**
 * A later part of the demo (field issues, shared issues, advocacy) that builds on the loaded
 * organisations and projects. Each stage is idempotent like the rest of the loader.
 */
export interface DemoStage {
  name: string;
  load(context: DemoStageContext): Promise<DemoStageResult>;
}
