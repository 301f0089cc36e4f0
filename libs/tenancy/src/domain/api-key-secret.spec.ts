import { hashApiKey, isWellFormedApiKey, issueApiKey } from './api-key-secret';
import { bearerToken } from './bearer-token';

describe('API key secrets', () => {
  it('issues 256-bit keys with the ynt_ prefix, a checksum and a stored hash only', () => {
    const key = issueApiKey();
    expect(key.secret).toMatch(/^ynt_[A-Za-z0-9_-]{49}$/);
    expect(Buffer.from(key.secret.slice(4, 47), 'base64url')).toHaveLength(32);
    expect(key.hash.equals(hashApiKey(key.secret))).toBe(true);
    expect(key.displayPrefix).toBe(key.secret.slice(0, 10));
    expect(isWellFormedApiKey(key.secret)).toBe(true);
  });

  it('never issues the same key twice', () => {
    const secrets = new Set(Array.from({ length: 1000 }, () => issueApiKey().secret));
    expect(secrets.size).toBe(1000);
  });

  it('rejects a mistyped key by its checksum', () => {
    const { secret } = issueApiKey();
    const i = 10;
    const typo = secret.slice(0, i) + (secret[i] === 'a' ? 'b' : 'a') + secret.slice(i + 1);
    expect(isWellFormedApiKey(typo)).toBe(false);
    expect(isWellFormedApiKey('ynt_short')).toBe(false);
    expect(isWellFormedApiKey(secret.replace('ynt_', 'xyz_'))).toBe(false);
  });

  it('reads the bearer token from the Authorization header', () => {
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken('Bearer ynt_abc')).toBe('ynt_abc');
    expect(bearerToken('bearer   ynt_abc ')).toBe('ynt_abc');
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBe('MALFORMED_HEADER');
    expect(bearerToken('Bearer a b')).toBe('MALFORMED_HEADER');
  });
});
