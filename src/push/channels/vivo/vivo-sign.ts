import { createHash } from 'node:crypto';

/** vivo /message/auth sign: lowercase hex(md5(trim(appId + appKey + timestamp + appSecret))). */
export function vivoAuthSign(appId: number | string, appKey: string, timestampMs: number | string, appSecret: string): string {
  return createHash('md5').update(`${appId}${appKey}${timestampMs}${appSecret}`.trim(), 'utf8').digest('hex');
}
