import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Verification codes, verification tokens, image captchas, daily send counts and each app's
 * verification policy and code senders (src/verification/README.md). Codes, tokens and captcha
 * answers are stored as HMACs only; sender secrets are sealed like push certificates.
 */
export class Verification1796519230743 implements MigrationInterface {
  name = 'Verification1796519230743';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE verification_settings (
        app_id text PRIMARY KEY REFERENCES apps(id) ON DELETE CASCADE,
        policies jsonb NOT NULL DEFAULT '{}',
        captcha_before_send boolean NOT NULL DEFAULT false,
        captcha_after_failed_logins integer,
        signup_by_code boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE verification_senders (
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('sms', 'email')),
        vendor text NOT NULL,
        settings jsonb NOT NULL DEFAULT '{}',
        sealed_secret text,
        templates jsonb NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (app_id, channel)
      )`);
    await queryRunner.query(`
      CREATE TABLE verification_codes (
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        purpose text NOT NULL,
        destination text NOT NULL,
        code_hash text NOT NULL,
        checks integer NOT NULL DEFAULT 0,
        sent_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (app_id, purpose, destination)
      )`);
    await queryRunner.query(`
      CREATE TABLE verification_tokens (
        token_hash text PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        purpose text NOT NULL,
        destination text NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX verification_tokens_expiry ON verification_tokens (expires_at)`);
    await queryRunner.query(`
      CREATE TABLE verification_send_counts (
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        scope text NOT NULL,
        day date NOT NULL,
        sends integer NOT NULL DEFAULT 0,
        PRIMARY KEY (app_id, scope, day)
      )`);
    await queryRunner.query(`
      CREATE TABLE captchas (
        id uuid PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        answer_hash text NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX captchas_expiry ON captchas (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE captchas`);
    await queryRunner.query(`DROP TABLE verification_send_counts`);
    await queryRunner.query(`DROP TABLE verification_tokens`);
    await queryRunner.query(`DROP TABLE verification_codes`);
    await queryRunner.query(`DROP TABLE verification_senders`);
    await queryRunner.query(`DROP TABLE verification_settings`);
  }
}
