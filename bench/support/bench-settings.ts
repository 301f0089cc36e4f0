/** A whole-number setting from the environment (BENCH_*), at least `min`; a bad value stops the run. */
export function intFromEnv(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min} (got "${raw}")`);
  return value;
}

/** --projects N or --projects=N (underscores and commas allowed); default 1,000,000. */
export function projectsFromArgs(argv: string[]): number {
  let raw: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--projects') raw = argv[i + 1];
    else if (arg.startsWith('--projects=')) raw = arg.slice('--projects='.length);
  });
  const value = raw === undefined ? 1_000_000 : Number(raw.replace(/[_,]/g, ''));
  if (!Number.isInteger(value) || value < 1) throw new Error(`--projects must be a positive whole number (got "${raw}")`);
  return value;
}
