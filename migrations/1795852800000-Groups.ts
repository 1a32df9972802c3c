import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Groups around the core row of the initial schema: settings and capacity on the group, members
 * with their roles and per-member modes, the group blocklist, join applications, invitations,
 * announcements and shared-file records. Member lookups go through (group_id, user_id) and the
 * user's groups through (app_id, user_id), so a 100,000-member chatroom never loads its member list
 * to check one member; `member_count` is kept in the transaction that adds or removes members.
 */
export class Groups1795852800000 implements MigrationInterface {
  name = 'Groups1795852800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE groups
        ADD COLUMN capacity integer NOT NULL DEFAULT 2000,
        ADD COLUMN member_count integer NOT NULL DEFAULT 0,
        ADD COLUMN member_invite boolean NOT NULL DEFAULT true,
        ADD COLUMN member_modify boolean NOT NULL DEFAULT false,
        ADD COLUMN read_ack boolean NOT NULL DEFAULT false,
        ADD COLUMN history_visible boolean NOT NULL DEFAULT false,
        ADD COLUMN hide_member_info boolean NOT NULL DEFAULT false,
        ADD COLUMN apply_approval smallint NOT NULL DEFAULT 1 CHECK (apply_approval IN (0, 1, 2)),
        ADD COLUMN ban_expire_time bigint NOT NULL DEFAULT 0,
        ADD CONSTRAINT groups_type_check CHECK (type IN (0, 1, 2)),
        ADD CONSTRAINT groups_member_count_check CHECK (member_count >= 0)`);
    await queryRunner.query(`CREATE INDEX groups_app_public_idx ON groups (app_id, id) WHERE type = 1 AND status = 0`);
    await queryRunner.query(`CREATE INDEX groups_app_owner_idx ON groups (app_id, owner_id) WHERE status = 0`);
    await queryRunner.query(`
      CREATE TABLE group_members (
        group_id bigint NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        role smallint NOT NULL DEFAULT 0 CHECK (role IN (0, 1, 2)),
        display_name text,
        join_time timestamptz NOT NULL DEFAULT now(),
        msg_mute_mode smallint NOT NULL DEFAULT 0 CHECK (msg_mute_mode IN (0, 1, 2)),
        msg_push_mode smallint NOT NULL DEFAULT 0 CHECK (msg_push_mode BETWEEN 0 AND 4),
        banned_until timestamptz,
        PRIMARY KEY (group_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX group_members_user_idx ON group_members (app_id, user_id)`);
    await queryRunner.query(`CREATE INDEX group_members_staff_idx ON group_members (group_id, role) WHERE role > 0`);
    await queryRunner.query(
      `CREATE INDEX group_members_banned_idx ON group_members (group_id, user_id) WHERE banned_until IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE group_blocks (
        group_id bigint NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        blocked_by bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, user_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE group_applications (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        group_id bigint NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        reason text,
        status smallint NOT NULL DEFAULT 0 CHECK (status IN (0, 1, 2)),
        handled_by bigint,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX group_applications_pair_key ON group_applications (group_id, user_id)`);
    await queryRunner.query(`CREATE INDEX group_applications_group_idx ON group_applications (group_id, updated_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE group_invitations (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        group_id bigint NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        inviter_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        invitee_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        reason text,
        status smallint NOT NULL DEFAULT 0 CHECK (status IN (0, 1, 2)),
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX group_invitations_pair_key ON group_invitations (group_id, invitee_id)`);
    await queryRunner.query(`CREATE INDEX group_invitations_invitee_idx ON group_invitations (app_id, invitee_id, updated_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE group_announcements (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        group_id bigint NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        author_id bigint,
        title text NOT NULL,
        content text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX group_announcements_group_idx ON group_announcements (group_id, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE group_files (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        group_id bigint NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        uploader_id bigint,
        name text NOT NULL,
        size bigint NOT NULL CHECK (size >= 0),
        type text,
        url text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX group_files_group_idx ON group_files (group_id, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE group_files`);
    await queryRunner.query(`DROP TABLE group_announcements`);
    await queryRunner.query(`DROP TABLE group_invitations`);
    await queryRunner.query(`DROP TABLE group_applications`);
    await queryRunner.query(`DROP TABLE group_blocks`);
    await queryRunner.query(`DROP TABLE group_members`);
    await queryRunner.query(`DROP INDEX groups_app_owner_idx`);
    await queryRunner.query(`DROP INDEX groups_app_public_idx`);
    await queryRunner.query(`
      ALTER TABLE groups
        DROP CONSTRAINT groups_member_count_check,
        DROP CONSTRAINT groups_type_check,
        DROP COLUMN ban_expire_time,
        DROP COLUMN apply_approval,
        DROP COLUMN hide_member_info,
        DROP COLUMN history_visible,
        DROP COLUMN read_ack,
        DROP COLUMN member_modify,
        DROP COLUMN member_invite,
        DROP COLUMN member_count,
        DROP COLUMN capacity`);
  }
}
