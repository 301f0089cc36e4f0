import { BadInputError } from '@yntymak/errors';

/** A stable position in a list ordered by (created_at, id). Opaque to clients. */
export interface CursorKey {
  createdAt: string;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.createdAt, key.id])).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): CursorKey {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof createdAt !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(createdAt))) throw new Error('shape');
    return { createdAt, id };
  } catch {
    throw new BadInputError(field, 'This cursor is not one this API returned. Use pageInfo.endCursor from a previous page.', 'INVALID_CURSOR');
  }
}
