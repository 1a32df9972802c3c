import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two private lists of a user (our extensions): named friend groups (IM v1 `/friends/groups`), each
 * holding some of the user's friends, and favourite (saved) chat groups (SealTalk
 * `/user/favgroups`). A friend group's name is unique per user; a membership row may outlive the
 * friendship (like a star) and is shown only while the two are friends.
 */
export class FriendGroupsAndFavourites1796528679713 implements MigrationInterface {
  name = 'FriendGroupsAndFavourites1796528679713';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE roster_groups (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 64),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX roster_groups_owner_name_key ON roster_groups (app_id, user_id, name)`);
    await queryRunner.query(`
      CREATE TABLE roster_group_members (
        group_id bigint NOT NULL REFERENCES roster_groups(id) ON DELETE CASCADE,
        friend_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        PRIMARY KEY (group_id, friend_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE user_favourite_groups (
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        group_id bigint NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        saved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (app_id, user_id, group_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE user_favourite_groups`);
    await queryRunner.query(`DROP TABLE roster_group_members`);
    await queryRunner.query(`DROP TABLE roster_groups`);
  }
}
