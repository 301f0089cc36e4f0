import { BadInputError } from '@yntymak/errors';

/**
 * A stable position in a list ordered by (sort value, id): usually created_at, hence the name;
 * lists sorted otherwise put their sort value there. Opaque to clients.
 */
export interface CursorKey {
  createdAt: string;
  id: string;
}

const isTimestamp = (value: string) => !Number.isNaN(Date.parse(value));

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.createdAt, key.id])).toString('base64url');
}

/** Checks the sort value too (a timestamp by default), so that a forged cursor never reaches SQL as a bad cast. */
export function decodeCursor(cursor: string, field = 'after', isValidValue: (value: string) => boolean = isTimestamp): CursorKey {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof createdAt !== 'string' || typeof id !== 'string' || !isValidValue(createdAt)) throw new Error('shape');
    return { createdAt, id };
  } catch {
    throw new BadInputError(field, 'This cursor is not one this API returned. Use pageInfo.endCursor from a previous page.', 'INVALID_CURSOR');
  }
}
