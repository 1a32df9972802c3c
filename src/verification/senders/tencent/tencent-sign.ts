import { createHash, createHmac } from 'node:crypto';

export interface Tc3Request {
  secretId: string;
  secretKey: string;
  service: string;
  host: string;
  /** Epoch seconds; the signing date is its UTC day. */
  timestamp: number;
  payload: string;
  contentType: string;
}

const SIGNED_HEADERS = 'content-type;host';

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function hmac(key: Buffer | string, text: string): Buffer {
  return createHmac('sha256', key).update(text, 'utf8').digest();
}

/** The canonical request of a POST to "/" with no query, content-type and host signed. */
export function tc3CanonicalRequest(request: Pick<Tc3Request, 'host' | 'payload' | 'contentType'>): string {
  return ['POST', '/', '', `content-type:${request.contentType}\nhost:${request.host}\n`, SIGNED_HEADERS, sha256Hex(request.payload)].join('\n');
}

/** The string to sign: algorithm, timestamp, credential scope (UTC date/service/tc3_request), hashed canonical request. */
export function tc3StringToSign(request: Pick<Tc3Request, 'host' | 'payload' | 'contentType' | 'timestamp' | 'service'>): string {
  const date = new Date(request.timestamp * 1000).toISOString().slice(0, 10);
  return ['TC3-HMAC-SHA256', String(request.timestamp), `${date}/${request.service}/tc3_request`, sha256Hex(tc3CanonicalRequest(request))].join('\n');
}

/**
 * Tencent Cloud API 3.0 signature (TC3-HMAC-SHA256): the string to sign is signed with a key
 * derived from "TC3"+SecretKey over the date, the service and "tc3_request". Returns the
 * Authorization header value.
 */
export function tc3Authorization(request: Tc3Request): string {
  const date = new Date(request.timestamp * 1000).toISOString().slice(0, 10);
  const signingKey = hmac(hmac(hmac(`TC3${request.secretKey}`, date), request.service), 'tc3_request');
  const signature = createHmac('sha256', signingKey).update(tc3StringToSign(request), 'utf8').digest('hex');
  return `TC3-HMAC-SHA256 Credential=${request.secretId}/${date}/${request.service}/tc3_request, SignedHeaders=${SIGNED_HEADERS}, Signature=${signature}`;
}
