import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks (src/webhook/README.md): each app's endpoints, the events they are sent (kept for replay),
 * the log of delivery attempts, and the app's optional before-send hook. Secrets are sealed like
 * push certificate secrets.
 */
export class Webhooks1796527447567 implements MigrationInterface {
  name = 'Webhooks1796527447567';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE webhook_endpoints (
        id bigserial PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        url text NOT NULL,
        secret_sealed text NOT NULL,
        event_types text[] NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        with_content boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX webhook_endpoints_app ON webhook_endpoints (app_id)`);
    await queryRunner.query(`
      CREATE TABLE webhook_events (
        id uuid PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        type text NOT NULL,
        ordering_key text,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX webhook_events_app_time ON webhook_events (app_id, created_at)`);
    await queryRunner.query(`
      CREATE TABLE webhook_attempts (
        id bigserial PRIMARY KEY,
        app_id text NOT NULL,
        endpoint_id bigint NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        attempt integer NOT NULL,
        delivered boolean NOT NULL,
        response_code integer,
        latency_ms integer NOT NULL,
        error text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX webhook_attempts_endpoint ON webhook_attempts (endpoint_id, id DESC)`);
    await queryRunner.query(`CREATE INDEX webhook_attempts_created_at ON webhook_attempts (created_at)`);
    await queryRunner.query(`
      CREATE TABLE webhook_before_send (
        app_id text PRIMARY KEY REFERENCES apps(id) ON DELETE CASCADE,
        url text NOT NULL,
        secret_sealed text NOT NULL,
        timeout_ms integer NOT NULL,
        on_timeout text NOT NULL CHECK (on_timeout IN ('allow', 'refuse')),
        enabled boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE webhook_before_send`);
    await queryRunner.query(`DROP TABLE webhook_attempts`);
    await queryRunner.query(`DROP TABLE webhook_events`);
    await queryRunner.query(`DROP TABLE webhook_endpoints`);
  }
}
