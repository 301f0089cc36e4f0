import { DataSource } from 'typeorm';
import { OrganisationKind, Principal, Role } from '@yntymak/context';
import { UnauthenticatedError } from '@yntymak/errors';
import { bearerToken } from '../domain/bearer-token';
import { API_KEY_PREFIX, hashApiKey, isWellFormedApiKey } from '../domain/api-key-secret';
import { KeyCache } from './key-cache';

interface KeyRecord {
  api_key_id: string;
  organisation_id: string;
  organisation_kind: OrganisationKind;
  organisation_name: string;
  organisation_iati_identifier: string | null;
  organisation_created_at: Date;
  role: Role;
  revoked_at: Date | null;
}

/** Turns an Authorization header into a principal, or says plainly why it cannot. */
export class Authenticator {
  /** One database lookup per key at a time: when a cached key expires under load, the requests share it. */
  private readonly inFlight = new Map<string, Promise<Principal>>();

  constructor(
    private readonly appDataSource: DataSource,
    readonly cache: KeyCache,
  ) {}

  async authenticate(header: string | string[] | undefined): Promise<Principal> {
    const token = bearerToken(header);
    if (token === null) {
      throw new UnauthenticatedError('MISSING_API_KEY', `Send your API key in the Authorization header: "Authorization: Bearer ${API_KEY_PREFIX}...".`);
    }
    if (token === 'MALFORMED_HEADER') throw malformed();
    const hash = hashApiKey(token);
    const hashHex = hash.toString('hex');
    // A cached key was verified when it was stored: the checksum is checked only on the way in.
    const cached = this.cache.get(hashHex);
    if (cached) return cached;
    if (!isWellFormedApiKey(token)) throw malformed();
    let lookup = this.inFlight.get(hashHex);
    if (!lookup) {
      lookup = this.lookUp(hash, hashHex).finally(() => this.inFlight.delete(hashHex));
      this.inFlight.set(hashHex, lookup);
    }
    return lookup;
  }

  private async lookUp(hash: Buffer, hashHex: string): Promise<Principal> {
    const rows: KeyRecord[] = await this.appDataSource.query('SELECT * FROM app_authenticate($1)', [hash]);
    const record = rows[0];
    if (!record) throw new UnauthenticatedError('UNKNOWN_API_KEY', 'This API key is not known. Check that you copied it whole, or ask your organisation admin for a new one.');
    if (record.revoked_at) {
      throw new UnauthenticatedError('API_KEY_REVOKED', `This API key was revoked on ${record.revoked_at.toISOString()}. Ask your organisation admin for a new one.`);
    }
    const principal: Principal = {
      organisationId: record.organisation_id,
      organisationKind: record.organisation_kind,
      organisationName: record.organisation_name,
      organisationIatiIdentifier: record.organisation_iati_identifier,
      organisationCreatedAt: record.organisation_created_at.toISOString(),
      apiKeyId: record.api_key_id,
      role: record.role,
    };
    this.cache.set(hashHex, principal);
    return principal;
  }
}

function malformed(): UnauthenticatedError {
  return new UnauthenticatedError(
    'MALFORMED_API_KEY',
    `The Authorization header does not hold a well-formed API key. Expected "Bearer ${API_KEY_PREFIX}" followed by 49 characters, exactly as it was shown when the key was created.`,
  );
}
