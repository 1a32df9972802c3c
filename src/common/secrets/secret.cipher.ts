import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '../config/config';

/** Used when PUSH_SECRET_KEY is not set: fine for trying the server, worthless as protection. */
const DEVELOPMENT_KEY = createHash('sha256').update('im-server development push secret key; set PUSH_SECRET_KEY').digest();

const VERSION = 'v1';

/**
 * Seals stored credentials at rest (push certificates, SMS and email vendor secrets) with
 * AES-256-GCM under PUSH_SECRET_KEY. A sealed value is `v1.<iv>.<tag>.<ciphertext>` (base64url),
 * bound to its owner (app and certificate or channel) through the additional authenticated data,
 * so a sealed secret copied to another row does not open. One instance per process (SecretsModule),
 * so the missing-key warning is logged once.
 */
@Injectable()
export class SecretCipher {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = config.pushSecretKey ?? DEVELOPMENT_KEY;
    if (!config.pushSecretKey) {
      new Logger(SecretCipher.name).warn(
        'PUSH_SECRET_KEY is not set: push certificate and verification vendor secrets are sealed with the built-in DEVELOPMENT key, which anyone can read in the source. ' +
          'Set PUSH_SECRET_KEY to 32 random bytes (`openssl rand -hex 32`) before storing real vendor credentials.',
      );
    }
  }

  seal(plain: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
  }

  open(sealed: string, context: string): string {
    const [version, iv, tag, ciphertext] = sealed.split('.');
    if (version !== VERSION || ciphertext === undefined) throw new Error('sealed secret: not a sealed value of this server');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('sealed secret: cannot be opened with the configured PUSH_SECRET_KEY (was the key changed?)');
    }
  }
}
