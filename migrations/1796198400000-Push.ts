import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The push pipeline: vendor certificates (secrets encrypted by the application), notification
 * tasks with their per-channel counts, and one delivery row per (task, device) that makes sending
 * idempotent across worker crashes and job reruns (src/push/README.md "Idempotency").
 */
export class Push1796198400000 implements MigrationInterface {
  name = 'Push1796198400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE push_certificates (
        id bigserial PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        name text NOT NULL,
        provider smallint NOT NULL CHECK (provider BETWEEN 1 AND 7),
        environment smallint NOT NULL CHECK (environment IN (0, 1)),
        vendor_app_id text,
        app_key text,
        app_secret_sealed text,
        certificate_sealed text,
        settings jsonb NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT push_certificates_app_name_key UNIQUE (app_id, name),
        CONSTRAINT push_certificates_app_provider_env_key UNIQUE (app_id, provider, environment)
      )`);
    await queryRunner.query(`
      CREATE TABLE push_tasks (
        id bigserial PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('notify', 'message')),
        request_id text,
        request jsonb NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'resolving', 'sending', 'done', 'expired')),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX push_tasks_app_request_key ON push_tasks (app_id, request_id) WHERE request_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE push_task_channels (
        task_id bigint NOT NULL REFERENCES push_tasks(id) ON DELETE CASCADE,
        app_id text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('apns', 'fcm', 'huawei', 'xiaomi', 'oppo', 'vivo', 'flyme', 'mxpush')),
        target integer NOT NULL DEFAULT 0,
        sent integer NOT NULL DEFAULT 0,
        received integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0,
        failure text,
        PRIMARY KEY (task_id, channel)
      )`);
    // state: 0 pending, 1 sending (claimed by attempt `claim`), 2 sent, 3 failed, 4 skipped.
    await queryRunner.query(`
      CREATE TABLE push_deliveries (
        task_id bigint NOT NULL REFERENCES push_tasks(id) ON DELETE CASCADE,
        app_id text NOT NULL,
        user_id bigint NOT NULL,
        device_sn integer NOT NULL,
        channel text NOT NULL,
        state smallint NOT NULL DEFAULT 0,
        claim text,
        attempts integer NOT NULL DEFAULT 0,
        outcome text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (task_id, user_id, device_sn)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE push_deliveries`);
    await queryRunner.query(`DROP TABLE push_task_channels`);
    await queryRunner.query(`DROP TABLE push_tasks`);
    await queryRunner.query(`DROP TABLE push_certificates`);
  }
}
