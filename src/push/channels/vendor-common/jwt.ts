import { createPrivateKey, KeyObject, sign } from 'node:crypto';

export function base64url(input: string | Buffer): string {
  return Buffer.from(input).toString('base64url');
}

/**
 * A compact JWS. ES256 must carry the raw r‖s pair (ieee-p1363), not Node's default DER encoding,
 * or every verifier rejects it.
 */
export function signJwt(header: Record<string, unknown>, claims: Record<string, unknown>, key: KeyObject | string): string {
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const privateKey = typeof key === 'string' ? createPrivateKey(key) : key;
  const signature =
    header.alg === 'ES256'
      ? sign('sha256', Buffer.from(signingInput), { key: privateKey, dsaEncoding: 'ieee-p1363' })
      : sign('sha256', Buffer.from(signingInput), privateKey);
  return `${signingInput}.${base64url(signature)}`;
}
