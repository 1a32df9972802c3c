import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The friend graph: two roster rows per friendship (one per side, each holding that side's private
 * alias, ext and mute flag; a deleted friendship keeps its rows with status 1 so both sides still
 * see relation "deleted friend"), the blocklist, and one friend request per (applicant, target)
 * that a new application refreshes. Also the two policies the roster rules read: whether an app
 * lets strangers message each other, and whether a user may be found by mobile number.
 */
export class Roster1795680000000 implements MigrationInterface {
  name = 'Roster1795680000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE apps ADD COLUMN stranger_messages boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE user_settings ADD COLUMN mobile_searchable boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`
      CREATE TABLE roster_items (
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        roster_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        status smallint NOT NULL DEFAULT 0 CHECK (status IN (0, 1)),
        alias text,
        ext text,
        mute_notification boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, roster_id),
        CHECK (user_id <> roster_id)
      )`);
    await queryRunner.query(`CREATE INDEX roster_items_app_friends_idx ON roster_items (app_id, user_id, roster_id) WHERE status = 0`);
    await queryRunner.query(`
      CREATE TABLE roster_blocks (
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        blocked_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, blocked_id),
        CHECK (user_id <> blocked_id)
      )`);
    await queryRunner.query(`CREATE INDEX roster_blocks_app_user_idx ON roster_blocks (app_id, user_id, created_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE roster_applications (
        applicant_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        target_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        reason text,
        alias text,
        status smallint NOT NULL DEFAULT 0 CHECK (status IN (0, 1, 2)),
        decline_reason text,
        applied_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        handled_at timestamptz,
        PRIMARY KEY (applicant_id, target_id),
        CHECK (applicant_id <> target_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX roster_applications_app_target_idx ON roster_applications (app_id, target_id, applied_at DESC, applicant_id DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE roster_applications`);
    await queryRunner.query(`DROP TABLE roster_blocks`);
    await queryRunner.query(`DROP TABLE roster_items`);
    await queryRunner.query(`ALTER TABLE user_settings DROP COLUMN mobile_searchable`);
    await queryRunner.query(`ALTER TABLE apps DROP COLUMN stranger_messages`);
  }
}
