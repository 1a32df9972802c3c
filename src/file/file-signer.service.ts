import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/errors/error-codes';
import { FileRepository } from './file.repository';

/** What a signed token is for; part of the signed text, so a token of one purpose never passes as another. */
export type SignPurpose = 'upload' | 'file' | 'store';

const KEY_LABEL = 'im-server file signing v1';

/**
 * Signs and checks the file module's tokens (upload URLs, `file_sign`, `store_token`): base64url
 * JSON claims, a dot, and an HMAC-SHA256 over the purpose and the claims. The key is derived from
 * the app's own secret (HMAC(secret, label)), so a token of one app never verifies under another
 * and no extra server key has to be configured or kept in step between processes.
 */
@Injectable()
export class FileSigner {
  private readonly keys = new Map<string, Buffer>();

  constructor(private readonly repository: FileRepository) {}

  async sign(appId: string, purpose: SignPurpose, claims: object): Promise<string> {
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${payload}.${this.mac(await this.keyOf(appId), purpose, payload)}`;
  }

  /** The claims of a token this app signed for `purpose`; null for anything else (malformed, forged, other app or purpose). */
  async verify<T>(appId: string, purpose: SignPurpose, token: string): Promise<T | null> {
    const match = /^([A-Za-z0-9_-]{1,4096})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match) return null;
    const expected = Buffer.from(this.mac(await this.keyOf(appId), purpose, match[1]));
    const given = Buffer.from(match[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(Buffer.from(match[1], 'base64url').toString('utf8')) as unknown;
      return claims !== null && typeof claims === 'object' ? (claims as T) : null;
    } catch {
      return null;
    }
  }

  /** Reads claims without checking them, to learn which app's key checks the token. */
  peek<T>(token: string): T | null {
    try {
      const claims = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as unknown;
      return claims !== null && typeof claims === 'object' ? (claims as T) : null;
    } catch {
      return null;
    }
  }

  private mac(key: Buffer, purpose: SignPurpose, payload: string): string {
    return createHmac('sha256', key).update(`${purpose}.${payload}`).digest('base64url');
  }

  private async keyOf(appId: string): Promise<Buffer> {
    const cached = this.keys.get(appId);
    if (cached) return cached;
    const secret = await this.repository.appSecret(appId);
    if (secret === null) throw ApiError.appNotFound(appId);
    const key = createHmac('sha256', secret).update(KEY_LABEL).digest();
    // App secrets never change, so the derived key may be kept for the process's life.
    this.keys.set(appId, key);
    return key;
  }
}
