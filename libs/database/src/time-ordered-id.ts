import { randomUUID } from 'node:crypto';

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Rows keyed by
 * it are inserted at the right edge of their btree indexes instead of on a random leaf: at a
 * million projects, a random id (v4) made every create read and dirty cold index pages in five
 * tables and write their full-page images to the WAL (34 kB of WAL for the list rows alone).
 * Ids stay unguessable; they reveal the creation time, which createdAt shows anyway.
 */
export function timeOrderedId(now: number = Date.now()): string {
  // The random bits of a v4 (randomUUID draws them from a buffered pool: no system call per id),
  // under the 48-bit time and the version nibble 7; the variant bits are already RFC 9562's.
  const random = randomUUID();
  const time = now.toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15)}`;
}
