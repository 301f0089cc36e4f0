import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The library is plain TypeScript: no framework, database or queue, nothing that does I/O. The
 * lint rule for pure code covers `src/domain/` folders only, so this test holds the line here.
 */
const ALLOWED_PACKAGES = ['@yntymak/errors'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('issues-domain purity', () => {
  const files = sourceFiles(__dirname);

  it.each(files.map((file) => [relative(__dirname, file), file]))('%s imports only relative modules and @yntymak/errors', (_, file) => {
    const code = readFileSync(file, 'utf8');
    const statements = /^\s*(?:import|export)\b[^;'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]/gm;
    const imports = [...code.matchAll(statements)].map((match) => match[1] ?? match[2] ?? match[3]);
    expect(imports.filter((name) => !name.startsWith('.') && !ALLOWED_PACKAGES.includes(name))).toEqual([]);
  });

  it('reads no clock, environment or timer', () => {
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect({ file, hits: code.match(/Date\.now\(|new Date\(\)|process\.env|setTimeout|setInterval|Math\.random/g) }).toEqual({ file, hits: null });
    }
  });
});
