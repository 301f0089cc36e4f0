import type { DemoSummary } from './demo-loader';

/** What the demo prints at the end: who is who with their keys, what to look at, three queries to paste. */
export function printDemoSummary(summary: DemoSummary, url: string, coordinatorKey: string, sandbox: boolean): string {
  const lines: string[] = [''];
  const p = summary.projects;
  lines.push(`Demo loaded: ${summary.organisations.length + 1} organisations, ${p.created + p.alreadyThere} projects (${p.created} new), ${summary.overlapsVisibleToCoordinator} overlaps found.`);
  if (p.skippedNoKey) lines.push(`${p.skippedNoKey} projects were skipped: their owners were made by an earlier load whose keys file is gone.`);
  for (const stage of summary.stages) lines.push(`${stage.name}: ${stage.message}`);
  lines.push('', 'Keys (ADMIN keys of fictional organisations; they stay valid across loads, see docs/api/demo.md):', '');
  lines.push(`  ${'Coordinating agency'.padEnd(44)} ${coordinatorKey}`);
  for (const org of summary.organisations) lines.push(`  ${org.name.slice(0, 44).padEnd(44)} ${org.key ?? '(made by an earlier load; key not kept here)'}  ${org.kind}, ${org.role}`);
  const donor = summary.organisations.find((o) => o.slug === 'ARF')?.key ?? '<a donor key>';
  lines.push('', 'Three queries to paste:', '');
  lines.push('  # 1. As the coordinating agency: the strongest overlaps, side by side');
  lines.push(curl(url, coordinatorKey, '{ overlaps(first: 5) { totalCount edges { node { kind score explanation projectA { project { title { en ru ky } owner { name } } } projectB { project { title { en ru ky } owner { name } } } } } } }'));
  lines.push('', '  # 2. As the Alpine Rural Fund (a donor): its overlaps with other donors');
  lines.push(curl(url, donor, '{ me { organisation { name } } overlaps(first: 5) { edges { node { kind score explanation } } } }'));
  lines.push('', '  # 3. Who does what where in Naryn oblast (any key)');
  lines.push(curl(url, donor, '{ whoDoesWhatWhere(adminUnit: \\"41704000000000\\", level: RAYON) { name projectCount organisationCount programmesFromAbove themes { themeCode projectCount hotSpot } } }'));
  lines.push('');
  lines.push(sandbox ? `Or open ${url} in a browser (Apollo Sandbox, development only) and set the header  authorization: Bearer <key>.` : 'The browser sandbox is off (it is on only with NODE_ENV=development).');
  lines.push('');
  return lines.join('\n');
}

function curl(url: string, key: string, query: string): string {
  return `  curl -s ${url} -H 'content-type: application/json' -H "authorization: Bearer ${key}" -d '{"query":"${query}"}'`;
}
