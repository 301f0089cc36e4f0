import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compareSchemas } from './schema-breaking-changes';
import { RELEASED_SCHEMA_FILE, SCHEMA_FILE } from './schema-files';

const rel = (file: string) => path.relative(process.cwd(), file);

/**
 * npm run schema:check: lists the changes from schema.released.gql to schema.gql and exits 1 when
 * one of them breaks existing clients. npm run schema:release (on a release) makes the current
 * schema the released one.
 */
async function main(args: string[]): Promise<number> {
  // --released/--current compare other files (a made-up pair in the test, an older release by hand).
  const option = (name: string) => (args.includes(name) ? path.resolve(args[args.indexOf(name) + 1]) : undefined);
  const releasedFile = option('--released') ?? RELEASED_SCHEMA_FILE;
  const currentFile = option('--current') ?? SCHEMA_FILE;
  if (args.includes('--release')) {
    copyFileSync(SCHEMA_FILE, RELEASED_SCHEMA_FILE);
    process.stdout.write(`${rel(RELEASED_SCHEMA_FILE)} is now ${rel(SCHEMA_FILE)}: later changes are checked against this release.\n`);
    return 0;
  }
  if (!existsSync(releasedFile)) {
    process.stderr.write(`${rel(releasedFile)} is missing: run "npm run schema:release" once to record the released schema.\n`);
    return 1;
  }
  const changes = await compareSchemas(readFileSync(releasedFile, 'utf8'), readFileSync(currentFile, 'utf8'));
  const breaking = changes.filter((c) => c.level === 'BREAKING');
  for (const change of changes) process.stdout.write(`${change.level.padEnd(12)} ${change.message}\n`);
  if (breaking.length) {
    process.stderr.write(
      `\n${breaking.length} breaking change(s) against the released schema. Keep the old field or argument (deprecate it with ` +
        `@deprecated(reason)), or, if clients have been told, make it part of the next release (npm run schema:release).\n`,
    );
    return 1;
  }
  process.stdout.write(`No breaking changes against ${rel(releasedFile)} (${changes.length} change(s) in all).\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`schema:check failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
