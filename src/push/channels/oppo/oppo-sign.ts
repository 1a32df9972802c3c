import { createHash } from 'node:crypto';

/** OPPO /server/v1/auth sign: hex(sha256(app_key + timestamp + master_secret)) — the MasterSecret, not the AppSecret. */
export function oppoAuthSign(appKey: string, timestampMs: number | string, masterSecret: string): string {
  return createHash('sha256').update(`${appKey}${timestampMs}${masterSecret}`, 'utf8').digest('hex');
}
