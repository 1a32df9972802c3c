import { createHmac } from 'node:crypto';

/** RFC 3986 encoding as Alibaba Cloud's RPC signature wants it: encodeURIComponent plus ! ' ( ) * escaped. */
export function aliyunPercentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Signature of an Alibaba Cloud RPC-style request (SignatureVersion 1.0, HMAC-SHA1): the
 * parameters sorted by name, each name and value percent-encoded and joined as a query, then
 * `METHOD&%2F&encode(query)` signed with `AccessKeySecret&`, base64.
 */
export function aliyunSignature(method: string, params: Record<string, string>, accessKeySecret: string): string {
  const canonical = Object.keys(params)
    .filter((name) => name !== 'Signature')
    .sort()
    .map((name) => `${aliyunPercentEncode(name)}=${aliyunPercentEncode(params[name])}`)
    .join('&');
  const stringToSign = `${method}&${aliyunPercentEncode('/')}&${aliyunPercentEncode(canonical)}`;
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign, 'utf8').digest('base64');
}
