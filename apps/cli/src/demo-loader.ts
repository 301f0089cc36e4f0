import { DemoApiError, DemoClient } from './demo-client';
import { DemoKeyStore } from './demo-key-store';
import { OPS } from './demo-operations';
import { DEMO_ORGANISATIONS, DemoOrganisation } from './demo-organisations';
import { CITY_CODES, DemoOblast, DemoPlace, OBLAST_CODES } from './demo-places';
import { DemoProject, buildDemoProjects } from './demo-projects';
import { demoIssueStages } from './demo-issues';
import { DemoStage, DemoStageResult, LoadedOrganisation, Progress } from './demo-stage';

export type { LoadedOrganisation, Progress };

export interface DemoSummary {
  organisations: LoadedOrganisation[];
  projects: { total: number; created: number; alreadyThere: number; skippedNoKey: number };
  /** Project ids of the deliberate cases, by scenario. */
  scenarios: Record<NonNullable<DemoProject['scenario']>, string[]>;
  recompute: { status: string; processed: number; raised: number } | null;
  overlapsVisibleToCoordinator: number;
  stages: DemoStageResult[];
}

export interface DemoLoaderOptions {
  /** The gateway's /graphql URL. */
  url: string;
  /** An ADMIN key of the coordinating agency. */
  coordinatorKey: string;
  keys: DemoKeyStore;
  progress: Progress;
  /** Later stages that build on the loaded organisations and projects; by default field issues, shared issues and advocacy. */
  extraStages?: DemoStage[];
  /** Parallel requests while creating projects. */
  concurrency?: number;
}

/**
 * Loads the demo through the public GraphQL API. Every step first looks for what an earlier load
 * made (organisations by name, projects by their DEMO-... IATI identifier), so loading twice
 * duplicates nothing.
 */
export async function loadDemo(options: DemoLoaderOptions): Promise<DemoSummary> {
  const api = new DemoClient(options.url);
  const coordinator = api.as(options.coordinatorKey);
  const { progress } = options;

  progress('places', 'reading the seeded admin units (7 oblasts, their ayil aimaks, Bishkek and Osh)');
  const oblasts = await loadOblasts(coordinator);
  const cities = await Promise.all(CITY_CODES.map((code) => unit(coordinator, code)));

  const organisations: LoadedOrganisation[] = [];
  for (const org of DEMO_ORGANISATIONS) organisations.push(await ensureOrganisation(coordinator, org, options.keys));
  progress('organisations', `${organisations.filter((o) => o.createdNow).length} created, ${organisations.filter((o) => !o.createdNow).length} already there`);

  const projects = buildDemoProjects(oblasts, cities);
  const created = await ensureProjects(api, projects, organisations, options);

  progress('detection', 'running overlap detection over every project (startOverlapRecompute)');
  const recompute = await runDetection(coordinator, progress);
  const { overlaps } = await coordinator.request<{ overlaps: { totalCount: number } }>(OPS.overlapCount);

  const stages: DemoStageResult[] = [];
  for (const stage of options.extraStages ?? demoIssueStages()) {
    progress(stage.name, 'loading');
    const result = await stage.load({ api, coordinator, organisations, projects: created.ids, progress });
    stages.push(result);
    progress(stage.name, result.message);
  }

  return {
    organisations,
    projects: { total: projects.length, created: created.created, alreadyThere: created.alreadyThere, skippedNoKey: created.skippedNoKey },
    scenarios: created.scenarios,
    recompute,
    overlapsVisibleToCoordinator: overlaps.totalCount,
    stages,
  };
}

async function unit(client: DemoClient, code: string): Promise<DemoPlace & { id: string }> {
  const { adminUnit } = await client.request<{ adminUnit: { id: string; code: string; names: DemoPlace['names'] } }>(OPS.oblast, { code });
  return { id: adminUnit.id, code: adminUnit.code, names: adminUnit.names };
}

async function loadOblasts(client: DemoClient): Promise<DemoOblast[]> {
  const oblasts: DemoOblast[] = [];
  for (const iso of OBLAST_CODES) {
    const oblast = await unit(client, iso);
    const villages: DemoPlace[] = [];
    let after: string | null = null;
    do {
      type Page = { adminUnits: { edges: Array<{ node: DemoPlace }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      const page: Page = await client.request<Page>(OPS.villages, { within: oblast.id, after });
      villages.push(...page.adminUnits.edges.map((e) => e.node));
      after = page.adminUnits.pageInfo.hasNextPage ? page.adminUnits.pageInfo.endCursor : null;
    } while (after);
    oblasts.push({ code: oblast.code, iso, names: oblast.names, villages });
  }
  return oblasts;
}

async function ensureOrganisation(coordinator: DemoClient, org: DemoOrganisation, keys: DemoKeyStore): Promise<LoadedOrganisation> {
  const { organisations } = await coordinator.request<{ organisations: { edges: Array<{ node: { id: string; name: string } }> } }>(OPS.findOrganisation, {
    search: org.name,
  });
  const existing = organisations.edges.find((e) => e.node.name === org.name)?.node;
  if (existing) return { ...org, id: existing.id, key: keys.get(org.name) ?? null, createdNow: false };
  const { createOrganisation } = await coordinator.request<{ createOrganisation: { organisation: { id: string }; adminKey: { secret: string } } }>(
    OPS.createOrganisation,
    { input: { name: org.name, kind: org.kind, adminKeyName: 'Demo key' } },
  );
  keys.set(org.name, createOrganisation.adminKey.secret);
  return { ...org, id: createOrganisation.organisation.id, key: createOrganisation.adminKey.secret, createdNow: true };
}

interface CreatedProjects {
  created: number;
  alreadyThere: number;
  skippedNoKey: number;
  /** Project id by IATI identifier, for what was created now or found. */
  ids: Map<string, string>;
  scenarios: DemoSummary['scenarios'];
}

async function ensureProjects(api: DemoClient, projects: DemoProject[], organisations: LoadedOrganisation[], options: DemoLoaderOptions): Promise<CreatedProjects> {
  const bySlug = new Map(organisations.map((o) => [o.slug, o]));
  const ids = new Map<string, string>();
  const result: CreatedProjects = { created: 0, alreadyThere: 0, skippedNoKey: 0, ids, scenarios: { DAIRY_GOATS_DUPLICATE: [], OBLAST_NUTRITION: [], VILLAGE_NUTRITION: [], CO_FINANCED: [] } };
  const todo: DemoProject[] = [];
  for (const owner of organisations.filter((o) => projects.some((p) => p.ownerSlug === o.slug))) {
    if (!owner.key) {
      result.skippedNoKey += projects.filter((p) => p.ownerSlug === owner.slug).length;
      continue;
    }
    const existing = await ownProjects(api.as(owner.key), owner.id);
    for (const p of projects.filter((p) => p.ownerSlug === owner.slug)) {
      const id = existing.get(p.iatiIdentifier);
      if (id) {
        ids.set(p.iatiIdentifier, id);
        result.alreadyThere++;
      } else todo.push(p);
    }
  }
  let done = 0;
  const next = async (): Promise<void> => {
    for (let p = todo.shift(); p; p = todo.shift()) {
      const owner = bySlug.get(p.ownerSlug)!;
      const { createProject } = await api.as(owner.key!).request<{ createProject: { id: string } }>(OPS.createProject, { input: projectInput(p, bySlug) });
      ids.set(p.iatiIdentifier, createProject.id);
      result.created++;
      if (++done % 20 === 0) options.progress('projects', `${done} created`);
    }
  };
  options.progress('projects', `${todo.length} to create, ${result.alreadyThere} already there`);
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, next));
  for (const p of projects) if (p.scenario && ids.has(p.iatiIdentifier)) result.scenarios[p.scenario].push(ids.get(p.iatiIdentifier)!);
  options.progress('projects', `${result.created} created, ${result.alreadyThere} already there${result.skippedNoKey ? `, ${result.skippedNoKey} skipped (owner's key unknown)` : ''}`);
  return result;
}

async function ownProjects(client: DemoClient, ownerId: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let after: string | null = null;
  do {
    type Page = { projects: { edges: Array<{ node: { id: string; iatiIdentifier: string | null } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const page: Page = await client.request<Page>(OPS.ownProjects, { owner: ownerId, after });
    for (const { node } of page.projects.edges) if (node.iatiIdentifier) found.set(node.iatiIdentifier, node.id);
    after = page.projects.pageInfo.hasNextPage ? page.projects.pageInfo.endCursor : null;
  } while (after);
  return found;
}

function projectInput(p: DemoProject, bySlug: Map<string, LoadedOrganisation>): Record<string, unknown> {
  return {
    title: p.title,
    description: p.description,
    status: p.status,
    visibility: 'PUBLISHED',
    startDate: p.startDate,
    endDate: p.endDate,
    budget: { ...p.budget, confidential: false },
    coverage: p.coverage,
    themes: p.themes,
    interventions: p.interventions,
    targetGroups: p.targetGroups,
    parties: p.parties.map((party) => ({ organisationId: bySlug.get(party.slug)!.id, role: party.role, sharePercent: party.sharePercent })),
    iatiIdentifier: p.iatiIdentifier,
  };
}

/** A full recompute through the coordinator's API, followed until it ends; a running one is followed instead of failing. */
async function runDetection(coordinator: DemoClient, progress: Progress): Promise<DemoSummary['recompute']> {
  let id: string;
  try {
    id = (await coordinator.request<{ startOverlapRecompute: { id: string } }>(OPS.startRecompute)).startOverlapRecompute.id;
  } catch (error) {
    if (error instanceof DemoApiError && error.code === 'CONFLICT') {
      progress('detection', 'a recompute is already running; per-project detection jobs cover the new projects');
      return null;
    }
    throw error;
  }
  const deadline = Date.now() + 10 * 60_000;
  let last = '';
  for (;;) {
    const { overlapRecompute: r } = await coordinator.request<{ overlapRecompute: { status: string; processed: number; total: number; raised: number } }>(OPS.recompute, { id });
    const line = `${r.status} ${r.processed}/${r.total} projects, ${r.raised} pairs raised`;
    if (line !== last) progress('detection', line);
    last = line;
    if (r.status === 'SUCCEEDED' || r.status === 'FAILED') return { status: r.status, processed: r.processed, raised: r.raised };
    if (Date.now() > deadline) throw new Error('overlap detection did not finish within 10 minutes: is the worker running (npm start starts one)?');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
