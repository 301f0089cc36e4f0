import { DemoClient } from './demo-client';
import { loadFieldIssues } from './demo-field-issues';
import { loadSharedIssues } from './demo-shared-issues';
import { DemoStage, DemoStageContext, DemoStageResult } from './demo-stage';

/** Mutations a stage needs; a gateway without them (an older build) gets the stage skipped, said plainly. */
async function missingMutations(client: DemoClient, names: string[]): Promise<string[]> {
  const { __type } = await client.request<{ __type: { fields: Array<{ name: string }> } }>(`query DemoMutations { __type(name: "Mutation") { fields { name } } }`);
  const present = new Set(__type.fields.map((f) => f.name));
  return names.filter((n) => !present.has(n));
}

function stage(name: string, needs: string[], load: (context: DemoStageContext) => Promise<string>): DemoStage {
  return {
    name,
    async load(context): Promise<DemoStageResult> {
      const missing = await missingMutations(context.coordinator, needs);
      if (missing.length) return { name, loaded: false, message: `skipped: this gateway has no ${missing.join(', ')} yet` };
      return { name, loaded: true, message: await load(context) };
    },
  };
}

/**
 * Field issues raised in several villages, grouped into a shared issue escalated to national
 * level, and an advocacy item stalled for years. They slot in after the projects; each is loaded
 * through the issues APIs when the gateway serves them.
 */
export function demoIssueStages(): DemoStage[] {
  return [
    stage('field-issues', ['raiseIssue'], loadFieldIssues),
    stage('shared-issues', ['escalateSharedIssue', 'createAdvocacyItem', 'transitionAdvocacyItem'], loadSharedIssues),
  ];
}
