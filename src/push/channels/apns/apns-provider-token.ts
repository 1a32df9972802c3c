import { signJwt } from '../vendor-common/jwt';

export interface ApnsSigningKey {
  /** 10-character Team ID (the JWT `iss`). */
  teamId: string;
  /** 10-character Key ID of the .p8 key (the JWT `kid`). */
  keyId: string;
  /** The .p8 file: a PKCS#8 PEM EC P-256 private key. */
  privateKeyPem: string;
}

/**
 * The APNs provider token: ES256 JWT with header {alg, kid} and claims {iss, iat} only (Apple wants
 * no `exp`). Apple rejects tokens older than an hour and throttles regeneration more often than every
 * 20 minutes, hence PROVIDER_TOKEN_LIFETIME_MS for the shared cache.
 */
export function createApnsProviderToken(key: ApnsSigningKey, issuedAtSeconds: number): string {
  return signJwt({ alg: 'ES256', kid: key.keyId }, { iss: key.teamId, iat: issuedAtSeconds }, key.privateKeyPem);
}

export const PROVIDER_TOKEN_LIFETIME_MS = 50 * 60 * 1000;
