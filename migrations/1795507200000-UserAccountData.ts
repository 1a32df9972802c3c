import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the /user operations keep beyond the profile: vendor push bindings, alias and badge per
 * device; push tags per user; third-party open ids; pinned conversations; and the live sessions
 * the realtime gateway registers. The push pipeline resolves audiences by tag, alias, user and
 * push token across an app, so each of those has an index led by app_id.
 */
export class UserAccountData1795507200000 implements MigrationInterface {
  name = 'UserAccountData1795507200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE devices
        ADD COLUMN notifier_name text,
        ADD COLUMN device_token text,
        ADD COLUMN alias text,
        ADD COLUMN badge integer NOT NULL DEFAULT 0,
        ADD CONSTRAINT devices_vendor_binding_check CHECK ((notifier_name IS NULL) = (device_token IS NULL))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX devices_app_vendor_token_key ON devices (app_id, notifier_name, device_token) WHERE device_token IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX devices_app_alias_idx ON devices (app_id, alias) WHERE alias IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX devices_app_user_idx ON devices (app_id, user_id)`);
    await queryRunner.query(`
      CREATE TABLE user_push_tags (
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        tag text NOT NULL,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, tag)
      )`);
    await queryRunner.query(`CREATE INDEX user_push_tags_app_tag_idx ON user_push_tags (app_id, tag, user_id)`);
    await queryRunner.query(`
      CREATE TABLE user_open_ids (
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        type text NOT NULL,
        open_id text NOT NULL,
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (app_id, type, open_id)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX user_open_ids_user_type_key ON user_open_ids (user_id, type)`);
    await queryRunner.query(`
      CREATE TABLE conversation_pins (
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        conversation_id bigint NOT NULL,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        pinned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, conversation_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE live_sessions (
        connection_id text PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        device_sn integer,
        node_id text NOT NULL,
        connected_at timestamptz NOT NULL DEFAULT now(),
        seen_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX live_sessions_user_idx ON live_sessions (app_id, user_id, seen_at)`);
    await queryRunner.query(`CREATE INDEX live_sessions_node_idx ON live_sessions (node_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE live_sessions`);
    await queryRunner.query(`DROP TABLE conversation_pins`);
    await queryRunner.query(`DROP TABLE user_open_ids`);
    await queryRunner.query(`DROP TABLE user_push_tags`);
    await queryRunner.query(`DROP INDEX devices_app_user_idx`);
    await queryRunner.query(`DROP INDEX devices_app_alias_idx`);
    await queryRunner.query(`DROP INDEX devices_app_vendor_token_key`);
    await queryRunner.query(`
      ALTER TABLE devices
        DROP CONSTRAINT devices_vendor_binding_check,
        DROP COLUMN badge,
        DROP COLUMN alias,
        DROP COLUMN device_token,
        DROP COLUMN notifier_name`);
  }
}
