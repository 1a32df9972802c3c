import { createHash } from 'node:crypto';

/**
 * Meizu request sign: every parameter except `sign`, keys sorted ascending, `key=value` joined with
 * nothing, then the appSecret; lowercase hex(md5(utf8)). Values are signed raw (as sent before
 * url-encoding), so sign the exact messageJson string that goes on the wire.
 */
export function flymeSign(params: Record<string, string | number>, appSecret: string): string {
  const joined = Object.keys(params)
    .filter((key) => key !== 'sign')
    .sort()
    .map((key) => `${key}=${params[key]}`)
    .join('');
  return createHash('md5').update(joined + appSecret, 'utf8').digest('hex');
}
