/** The GraphQL operations the demo loader sends; the same ones a client would. */
export const OPS = {
  oblast: `query DemoOblast($code: String!) { adminUnit(code: $code) { id code names { ky ru en } } }`,
  villages: `query DemoVillages($within: ID!, $after: String) {
    adminUnits(filter: { withinId: $within, level: AYIL_AIMAK }, first: 100, after: $after) {
      edges { node { code names { ky ru en } } } pageInfo { hasNextPage endCursor } } }`,
  findOrganisation: `query DemoFindOrganisation($search: String!) { organisations(search: $search, first: 20) { edges { node { id name kind } } } }`,
  createOrganisation: `mutation DemoCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) { organisation { id name kind } adminKey { secret } } }`,
  me: `query DemoMe { me { organisation { id name kind } role } }`,
  ownProjects: `query DemoOwnProjects($owner: ID!, $after: String) {
    projects(filter: { ownerIds: [$owner], includeArchived: true }, first: 100, after: $after) {
      edges { node { id iatiIdentifier } } pageInfo { hasNextPage endCursor } } }`,
  createProject: `mutation DemoCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id iatiIdentifier } }`,
  startRecompute: `mutation DemoStartRecompute { startOverlapRecompute { id status } }`,
  recompute: `query DemoRecompute($id: ID!) { overlapRecompute(id: $id) { id status processed total raised } }`,
  overlapsOf: `query DemoOverlapsOf($projectId: ID!) {
    overlaps(filter: { projectId: $projectId, statuses: [OPEN, CONFIRMED_DUPLICATE, COMPLEMENTARY, CO_FINANCING, SEQUENTIAL_PHASE, DISMISSED] }, first: 20) {
      totalCount edges { node { id kind score status explanation projectA { project { id } } projectB { project { id } } } } } }`,
  overlapCount: `query DemoOverlapCount { overlaps(first: 1) { totalCount } }`,
} as const;
