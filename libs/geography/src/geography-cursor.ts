import { BadInputError } from '@yntymak/errors';

/**
 * Opaque cursors of this context. Lists of units are in code order (a keyset cursor on the code);
 * a search is a ranked list (an offset cursor: the ranking is a total order and reference data
 * changes only with a release, so offsets stay put); bodies go by decision level and code.
 */
type Cursor = ['c', string] | ['o', number] | ['b', number, string];

const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decode(cursor: string, field: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string') return value as Cursor;
  } catch {
    // fall through to the error below
  }
  throw invalid(field);
}

function invalid(field: string): BadInputError {
  return new BadInputError(field, 'This cursor is not one this list returned. Use pageInfo.endCursor from a previous page of the same list.', 'INVALID_CURSOR');
}

export const MAX_SEARCH_OFFSET = 1000;

export const codeCursor = (code: string) => encode(['c', code]);
export const offsetCursor = (offset: number) => encode(['o', offset]);
export const bodyCursor = (rank: number, code: string) => encode(['b', rank, code]);

export function decodeCodeCursor(cursor: string, field = 'after'): string {
  const c = decode(cursor, field);
  if (c[0] !== 'c' || typeof c[1] !== 'string' || !/^\d{14}$/.test(c[1])) throw invalid(field);
  return c[1];
}

export function decodeOffsetCursor(cursor: string, field = 'after'): number {
  const c = decode(cursor, field);
  if (c[0] !== 'o' || !Number.isInteger(c[1]) || (c[1] as number) < 0) throw invalid(field);
  if ((c[1] as number) >= MAX_SEARCH_OFFSET) {
    throw new BadInputError(field, `A search returns its best ${MAX_SEARCH_OFFSET} matches; narrow it with more letters or a filter.`, 'SEARCH_TOO_DEEP');
  }
  return c[1] as number;
}

export function decodeBodyCursor(cursor: string, field = 'after'): { rank: number; code: string } {
  const c = decode(cursor, field);
  if (c[0] !== 'b' || !Number.isInteger(c[1]) || typeof c[2] !== 'string') throw invalid(field);
  return { rank: c[1] as number, code: c[2] as string };
}
