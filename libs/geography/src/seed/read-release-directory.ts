import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RELEASE_FILES, ReleasePart } from '../domain/release-records';
import { ReleaseError } from '../domain/validate-release';

/** A release as read from its directory, before parsing. */
export interface ReleaseFiles {
  id: string;
  releaseDate: string | null;
  description: string | null;
  previousRelease: string | null;
  /** SHA-256 over the names and SHA-256 of the files read: equal checksums mean the same data. */
  checksum: string;
  /** File name -> SHA-256 of its bytes. */
  files: Record<string, string>;
  /** Row counts release.json promises, by part; empty without a manifest. */
  expectedCounts: Partial<Record<ReleasePart, number>>;
  texts: Partial<Record<ReleasePart, string>>;
}

interface Manifest {
  id?: unknown;
  date?: unknown;
  description?: unknown;
  previous_release?: unknown;
  files?: unknown;
  counts?: Record<string, unknown>;
  sha256?: Record<string, unknown>;
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const PART_OF_FILE = new Map(Object.entries(RELEASE_FILES).map(([part, file]) => [file as string, part as ReleasePart]));

function asText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * Reads a release directory. With release.json (a full release), exactly the files it lists are
 * read and each must have the SHA-256 it states. Without one (a partial release, such as
 * examples/reform-example), whichever known files are present are read, and the release id is the
 * one its crosswalk rows name.
 */
export function readReleaseDirectory(dir: string): ReleaseFiles {
  if (!existsSync(dir)) throw new ReleaseError(dir, [`the directory ${dir} does not exist`]);
  const manifest = readManifest(dir);
  const names = manifest ? listedFiles(dir, manifest) : Object.values(RELEASE_FILES).filter((file) => existsSync(path.join(dir, file)));

  const files: Record<string, string> = {};
  const texts: Partial<Record<ReleasePart, string>> = {};
  const expectedCounts: Partial<Record<ReleasePart, number>> = {};
  const problems: string[] = [];
  for (const name of names) {
    const part = PART_OF_FILE.get(name)!;
    const bytes = readFileSync(path.join(dir, name));
    files[name] = sha256(bytes);
    texts[part] = bytes.toString('utf8');
    const expected = manifest?.sha256?.[name];
    if (manifest && expected !== files[name]) problems.push(`${name} has SHA-256 ${files[name]}, release.json says ${String(expected)}: the file changed after the build`);
    const count = manifest?.counts?.[name];
    if (typeof count === 'number') expectedCounts[part] = count;
  }

  const id = asText(manifest?.id) ?? idFromCrosswalk(dir, texts.crosswalk);
  if (problems.length) throw new ReleaseError(id, problems);
  const checksum = sha256(Object.keys(files).sort().map((name) => `${name}\t${files[name]}\n`).join(''));
  return {
    id,
    releaseDate: asText(manifest?.date),
    description: asText(manifest?.description),
    previousRelease: asText(manifest?.previous_release),
    checksum,
    files,
    expectedCounts,
    texts,
  };
}

function readManifest(dir: string): Manifest | null {
  const manifestPath = path.join(dir, 'release.json');
  if (!existsSync(manifestPath)) return null;
  try {
    return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  } catch (error) {
    throw new ReleaseError(dir, [`release.json is not valid JSON: ${(error as Error).message}`]);
  }
}

function listedFiles(dir: string, manifest: Manifest): string[] {
  if (!Array.isArray(manifest.files) || !manifest.files.every((f) => typeof f === 'string')) {
    throw new ReleaseError(asText(manifest.id) ?? dir, ['release.json must list its files in "files"']);
  }
  const unknown = manifest.files.filter((f) => !PART_OF_FILE.has(f));
  const missing = manifest.files.filter((f) => PART_OF_FILE.has(f) && !existsSync(path.join(dir, f)));
  const problems = [...unknown.map((f) => `release.json lists ${f}, which is not a reference data file`), ...missing.map((f) => `release.json lists ${f}, which is missing`)];
  if (problems.length) throw new ReleaseError(asText(manifest.id) ?? dir, problems);
  return manifest.files as string[];
}

/** A partial release has no manifest; its crosswalk rows say which release they belong to. */
function idFromCrosswalk(dir: string, crosswalk: string | undefined): string {
  const ids = new Set(
    (crosswalk ?? '')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0].trim())
      .filter((id) => id !== ''),
  );
  if (ids.size !== 1) {
    throw new ReleaseError(dir, [`a release without release.json needs crosswalk.csv rows that all name one release (found ${ids.size || 'none'})`]);
  }
  return [...ids][0];
}
