import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vendor auth tokens (FCM/Huawei/OPPO/vivo access tokens, the APNs provider JWT) shared by every
 * worker when no Redis is configured. `lease_*` is the single-flight refresh claim: one worker
 * fetches a new token while the others wait for the row to change.
 */
export class PushVendorTokens1796284800000 implements MigrationInterface {
  name = 'PushVendorTokens1796284800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE push_vendor_tokens (
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        cache_key text NOT NULL,
        token text,
        expires_at bigint,
        lease_owner text,
        lease_until bigint,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (app_id, cache_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE push_vendor_tokens`);
  }
}
