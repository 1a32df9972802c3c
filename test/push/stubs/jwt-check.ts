import { KeyObject, verify } from 'node:crypto';

export interface DecodedJwt {
  header: Record<string, any>;
  claims: Record<string, any>;
}

/** Verifies a compact JWS (ES256 as raw r‖s, or RS256) against a public key; null when it does not verify. */
export function verifyJwt(token: string, publicKey: KeyObject, alg: 'ES256' | 'RS256'): DecodedJwt | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (header.alg !== alg) return null;
    const data = Buffer.from(`${parts[0]}.${parts[1]}`);
    const signature = Buffer.from(parts[2], 'base64url');
    const ok = alg === 'ES256' ? verify('sha256', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature) : verify('sha256', data, publicKey, signature);
    return ok ? { header, claims } : null;
  } catch {
    return null;
  }
}
