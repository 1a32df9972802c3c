import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PushVendorTokenEntity } from './vendor-token.entity';
import { StoredVendorToken, VendorTokenStore } from './vendor-token.store';

/** The PostgreSQL token store, used when REDIS_URL is not set (the embedded default). */
@Injectable()
export class VendorTokenRepository implements VendorTokenStore {
  constructor(private readonly dataSource: DataSource) {}

  async read(appId: string, cacheKey: string): Promise<StoredVendorToken | null> {
    const row = await this.dataSource.getRepository(PushVendorTokenEntity).findOne({ where: { appId, cacheKey } });
    if (!row || row.token === null || row.expiresAt === null) return null;
    return { token: row.token, expiresAt: Number(row.expiresAt) };
  }

  async claimRefresh(appId: string, cacheKey: string, owner: string, leaseUntil: number, now: number): Promise<boolean> {
    // ON CONFLICT … WHERE takes the row lock, so exactly one of several racing workers gets the lease.
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO push_vendor_tokens (app_id, cache_key, lease_owner, lease_until) VALUES ($1, $2, $3, $4)
       ON CONFLICT (app_id, cache_key) DO UPDATE SET lease_owner = EXCLUDED.lease_owner, lease_until = EXCLUDED.lease_until, updated_at = now()
       WHERE push_vendor_tokens.lease_until IS NULL OR push_vendor_tokens.lease_until < $5
       RETURNING lease_owner`,
      [appId, cacheKey, owner, leaseUntil, now],
    );
    return claimed.length === 1;
  }

  async save(appId: string, cacheKey: string, token: StoredVendorToken, owner: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO push_vendor_tokens (app_id, cache_key, token, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (app_id, cache_key) DO UPDATE SET token = EXCLUDED.token, expires_at = EXCLUDED.expires_at,
         lease_owner = CASE WHEN push_vendor_tokens.lease_owner = $5 THEN NULL ELSE push_vendor_tokens.lease_owner END,
         lease_until = CASE WHEN push_vendor_tokens.lease_owner = $5 THEN NULL ELSE push_vendor_tokens.lease_until END,
         updated_at = now()`,
      [appId, cacheKey, token.token, token.expiresAt, owner],
    );
  }

  async release(appId: string, cacheKey: string, owner: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE push_vendor_tokens SET lease_owner = NULL, lease_until = NULL, updated_at = now()
       WHERE app_id = $1 AND cache_key = $2 AND lease_owner = $3`,
      [appId, cacheKey, owner],
    );
  }

  async discard(appId: string, cacheKey: string, token: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE push_vendor_tokens SET token = NULL, expires_at = NULL, updated_at = now()
       WHERE app_id = $1 AND cache_key = $2 AND token = $3`,
      [appId, cacheKey, token],
    );
  }
}
