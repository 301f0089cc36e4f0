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
  if (args.includes('--release')) {
    copyFileSync(SCHEMA_FILE, RELEASED_SCHEMA_FILE);
    process.stdout.write(`${rel(RELEASED_SCHEMA_FILE)} is now ${rel(SCHEMA_FILE)}: later changes are checked against this release.\n`);
    return 0;
  }
  if (!existsSync(RELEASED_SCHEMA_FILE)) {
    process.stderr.write(`${rel(RELEASED_SCHEMA_FILE)} is missing: run "npm run schema:release" once to record the released schema.\n`);
    return 1;
  }
  const changes = await compareSchemas(readFileSync(RELEASED_SCHEMA_FILE, 'utf8'), readFileSync(SCHEMA_FILE, 'utf8'));
  const breaking = changes.filter((c) => c.level === 'BREAKING');
  for (const change of changes) process.stdout.write(`${change.level.padEnd(12)} ${change.message}\n`);
  if (breaking.length) {
    process.stderr.write(
      `\n${breaking.length} breaking change(s) against the released schema. Keep the old field or argument (deprecate it with ` +
        `@deprecated(reason)), or, if clients have been told, make it part of the next release (npm run schema:release).\n`,
    );
    return 1;
  }
  process.stdout.write(`No breaking changes against ${rel(RELEASED_SCHEMA_FILE)} (${changes.length} change(s) in all).\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`schema:check failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
