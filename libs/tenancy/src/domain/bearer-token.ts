/** The key in an `Authorization: Bearer <key>` header, or null when the header is absent. */
export function bearerToken(header: string | string[] | undefined): string | null | 'MALFORMED_HEADER' {
  if (header === undefined || header === '') return null;
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value);
  return match ? match[1] : 'MALFORMED_HEADER';
}
