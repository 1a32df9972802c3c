import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Operator content of an app (our extension; IM v1 `/configs` and `/discovers`): a client
 * configuration of named string values, and the links of a "discover" page. Both are written with
 * the app's admin token and read by the app's clients; the checks repeat the request rules.
 */
export class AppContent1796529416382 implements MigrationInterface {
  name = 'AppContent1796529416382';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE app_client_settings (
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (name ~ '^[a-z0-9_.-]{1,64}$'),
        value text NOT NULL CHECK (char_length(value) <= 4096),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (app_id, name)
      )`);
    await queryRunner.query(`
      CREATE TABLE app_discover_items (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 64),
        url text NOT NULL CHECK (char_length(url) BETWEEN 1 AND 2048),
        logo text CHECK (char_length(logo) <= 1024),
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX app_discover_items_app_idx ON app_discover_items (app_id, position, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE app_discover_items`);
    await queryRunner.query(`DROP TABLE app_client_settings`);
  }
}
