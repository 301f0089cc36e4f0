import { existsSync } from 'node:fs';
import path from 'node:path';

const RELATIVE = path.join('libs', 'geography', 'data');

/**
 * The reference data directory of this checkout. The code runs from libs/ under jest and from dist/
 * when built, so it looks upwards for libs/geography/data/release.json rather than trusting a depth.
 */
export function locateReferenceData(from: string = __dirname): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, RELATIVE);
    if (existsSync(path.join(candidate, 'release.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`No reference data found above ${from} (looked for ${path.join(RELATIVE, 'release.json')})`);
  }
}
