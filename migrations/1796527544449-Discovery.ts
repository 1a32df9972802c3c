import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Discovery (our extension): trigram indexes for fuzzy search of users and public groups, and
 * locations for nearby people and groups. A user's location lives in its own table, so opting out
 * deletes the row and the nearby index holds only users who opted in; a group's location is part of
 * its info. The geographic indexes are on earthdistance's `ll_to_earth` (a cube), which `earth_box`
 * searches; see src/user/README.md "Discovery" for the precision.
 */
export class Discovery1796527544449 implements MigrationInterface {
  name = 'Discovery1796527544449';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS cube`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);
    await queryRunner.query(`CREATE INDEX users_nick_name_trgm_idx ON users USING gin (nick_name gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX users_username_trgm_idx ON users USING gin (username gin_trgm_ops)`);
    // Discovery leaves out users who block the viewer: that lookup runs by the blocked side.
    await queryRunner.query(`CREATE INDEX roster_blocks_blocked_idx ON roster_blocks (blocked_id, user_id)`);
    await queryRunner.query(`CREATE INDEX groups_public_name_trgm_idx ON groups USING gin (name gin_trgm_ops) WHERE type = 1 AND status = 0`);
    await queryRunner.query(`
      CREATE TABLE user_locations (
        user_id bigint PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX user_locations_earth_idx ON user_locations USING gist (ll_to_earth(latitude, longitude))`);
    await queryRunner.query(`
      ALTER TABLE groups
        ADD COLUMN latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        ADD COLUMN longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        ADD COLUMN address text,
        ADD CONSTRAINT groups_location_pair_check CHECK ((latitude IS NULL) = (longitude IS NULL))`);
    await queryRunner.query(`CREATE INDEX groups_public_earth_idx ON groups USING gist (ll_to_earth(latitude, longitude)) WHERE latitude IS NOT NULL AND type = 1 AND status = 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX groups_public_earth_idx`);
    await queryRunner.query(`ALTER TABLE groups DROP CONSTRAINT groups_location_pair_check, DROP COLUMN latitude, DROP COLUMN longitude, DROP COLUMN address`);
    await queryRunner.query(`DROP TABLE user_locations`);
    await queryRunner.query(`DROP INDEX groups_public_name_trgm_idx`);
    await queryRunner.query(`DROP INDEX roster_blocks_blocked_idx`);
    await queryRunner.query(`DROP INDEX users_username_trgm_idx`);
    await queryRunner.query(`DROP INDEX users_nick_name_trgm_idx`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS earthdistance`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS cube`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
