import { signJwt } from '../vendor-common/jwt';

/** The fields of a Google service-account JSON file the adapter reads. */
export interface FcmServiceAccount {
  project_id: string;
  client_email: string;
  private_key: string;
  private_key_id?: string;
}

export const FCM_SCOPE = 'https://www.googleapis.com/auth/firebase.messaging';
export const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** The RS256 assertion exchanged for an OAuth2 access token at `tokenUrl` (which is also its audience). */
export function createServiceAccountAssertion(account: FcmServiceAccount, tokenUrl: string, issuedAtSeconds: number): string {
  const header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT' };
  if (account.private_key_id) header.kid = account.private_key_id;
  return signJwt(
    header,
    { iss: account.client_email, scope: FCM_SCOPE, aud: tokenUrl, iat: issuedAtSeconds, exp: issuedAtSeconds + 3600 },
    account.private_key,
  );
}
