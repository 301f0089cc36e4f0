import { createHash, randomBytes } from 'node:crypto';

/**
 * API keys look like `ynt_<43 chars of 256 random bits><6 chars of checksum>`. The prefix lets
 * secret scanners find a leaked key; the checksum rejects a mistyped key without a database
 * lookup. Only the SHA-256 of the whole key is stored: with 256 bits of entropy a slow hash adds
 * nothing.
 */
export const API_KEY_PREFIX = 'ynt_';
const BODY_LENGTH = 43;
const CHECK_LENGTH = 6;
const KEY_PATTERN = new RegExp(`^${API_KEY_PREFIX}[A-Za-z0-9_-]{${BODY_LENGTH}}[A-Za-z0-9_-]{${CHECK_LENGTH}}$`);

export interface IssuedKey {
  secret: string;
  hash: Buffer;
  displayPrefix: string;
}

function checksum(body: string): string {
  return createHash('sha256').update(`${API_KEY_PREFIX}${body}`).digest('base64url').slice(0, CHECK_LENGTH);
}

export function hashApiKey(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function issueApiKey(): IssuedKey {
  const body = randomBytes(32).toString('base64url');
  const secret = `${API_KEY_PREFIX}${body}${checksum(body)}`;
  return { secret, hash: hashApiKey(secret), displayPrefix: secret.slice(0, API_KEY_PREFIX.length + 6) };
}

/** True when the text has the shape and checksum of a key this system issued. */
export function isWellFormedApiKey(text: string): boolean {
  if (!KEY_PATTERN.test(text)) return false;
  const body = text.slice(API_KEY_PREFIX.length, API_KEY_PREFIX.length + BODY_LENGTH);
  return text.slice(-CHECK_LENGTH) === checksum(body);
}
