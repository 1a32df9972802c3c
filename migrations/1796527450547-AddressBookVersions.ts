import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sync by version (our extension, SealTalk `/user/sync/:version`): one row per address-book entry
 * that ever existed, carrying the version of its last change from one global sequence. Triggers on
 * the tables that hold the entries write the rows, so every path that changes a friend, a block, a
 * membership or a group (API, CLI, admin batch, cascades) is versioned without each caller having
 * to remember it. Deletes leave the row with `removed`, which is how a device that was offline
 * learns what went away.
 *
 * kind 1 friend (scope: the owner, target: the friend), 2 block (owner, blocked user), 3 the owner's
 * membership of a group (owner, group; `joined_version` is when the membership began), 4 group
 * member (group, member), 5 group information (group, 0).
 */
export class AddressBookVersions1796527450547 implements MigrationInterface {
  name = 'AddressBookVersions1796527450547';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE address_book_version`);
    await queryRunner.query(`
      CREATE TABLE address_book_changes (
        app_id text NOT NULL,
        kind smallint NOT NULL CHECK (kind BETWEEN 1 AND 5),
        scope_id bigint NOT NULL,
        target_id bigint NOT NULL,
        version bigint NOT NULL,
        joined_version bigint,
        removed boolean NOT NULL DEFAULT false,
        PRIMARY KEY (app_id, kind, scope_id, target_id)
      )`);
    await queryRunner.query(`CREATE INDEX address_book_changes_version_idx ON address_book_changes (app_id, kind, scope_id, version)`);
    await queryRunner.query(`
      CREATE FUNCTION address_book_record(p_app text, p_kind smallint, p_scope bigint, p_target bigint, p_removed boolean, p_joined boolean)
      RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        next_version bigint := nextval('address_book_version');
      BEGIN
        INSERT INTO address_book_changes (app_id, kind, scope_id, target_id, version, joined_version, removed)
        VALUES (p_app, p_kind, p_scope, p_target, next_version, CASE WHEN p_joined THEN next_version END, p_removed)
        ON CONFLICT (app_id, kind, scope_id, target_id) DO UPDATE
          SET version = EXCLUDED.version,
              removed = EXCLUDED.removed,
              joined_version = COALESCE(EXCLUDED.joined_version, address_book_changes.joined_version);
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION address_book_roster_item() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          PERFORM address_book_record(OLD.app_id, 1::smallint, OLD.user_id, OLD.roster_id, true, false);
        ELSE
          PERFORM address_book_record(NEW.app_id, 1::smallint, NEW.user_id, NEW.roster_id, NEW.status <> 0, false);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION address_book_roster_block() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          PERFORM address_book_record(OLD.app_id, 2::smallint, OLD.user_id, OLD.blocked_id, true, false);
        ELSE
          PERFORM address_book_record(NEW.app_id, 2::smallint, NEW.user_id, NEW.blocked_id, false, false);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION address_book_group_member() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          PERFORM address_book_record(OLD.app_id, 4::smallint, OLD.group_id, OLD.user_id, true, false);
          PERFORM address_book_record(OLD.app_id, 3::smallint, OLD.user_id, OLD.group_id, true, false);
        ELSE
          PERFORM address_book_record(NEW.app_id, 4::smallint, NEW.group_id, NEW.user_id, false, false);
          PERFORM address_book_record(NEW.app_id, 3::smallint, NEW.user_id, NEW.group_id, false, TG_OP = 'INSERT');
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION address_book_group() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM address_book_record(NEW.app_id, 5::smallint, NEW.id, 0, NEW.status <> 0, false);
        RETURN NULL;
      END $$`);
    // Rows are deleted only by the cascade of a deleted user: the friend must still learn it went.
    await queryRunner.query(`CREATE TRIGGER roster_items_address_book AFTER INSERT OR UPDATE OR DELETE ON roster_items FOR EACH ROW EXECUTE FUNCTION address_book_roster_item()`);
    await queryRunner.query(`CREATE TRIGGER roster_blocks_address_book AFTER INSERT OR DELETE ON roster_blocks FOR EACH ROW EXECUTE FUNCTION address_book_roster_block()`);
    await queryRunner.query(`CREATE TRIGGER group_members_address_book_change AFTER INSERT OR DELETE ON group_members FOR EACH ROW EXECUTE FUNCTION address_book_group_member()`);
    // Mute, push mode and bans are the member's own settings, not address-book entries others sync.
    await queryRunner.query(`
      CREATE TRIGGER group_members_address_book_update AFTER UPDATE ON group_members FOR EACH ROW
        WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD.display_name IS DISTINCT FROM NEW.display_name)
        EXECUTE FUNCTION address_book_group_member()`);
    await queryRunner.query(`CREATE TRIGGER groups_address_book_insert AFTER INSERT ON groups FOR EACH ROW EXECUTE FUNCTION address_book_group()`);
    // member_count moves with every join: only what a group list shows bumps the group's version.
    await queryRunner.query(`
      CREATE TRIGGER groups_address_book_update AFTER UPDATE ON groups FOR EACH ROW
        WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.avatar IS DISTINCT FROM NEW.avatar
              OR OLD.description IS DISTINCT FROM NEW.description OR OLD.ext IS DISTINCT FROM NEW.ext
              OR OLD.type IS DISTINCT FROM NEW.type OR OLD.owner_id IS DISTINCT FROM NEW.owner_id OR OLD.status IS DISTINCT FROM NEW.status)
        EXECUTE FUNCTION address_book_group()`);
    await queryRunner.query(`
      INSERT INTO address_book_changes (app_id, kind, scope_id, target_id, version, removed)
      SELECT app_id, 1, user_id, roster_id, nextval('address_book_version'), status <> 0 FROM roster_items
      UNION ALL SELECT app_id, 2, user_id, blocked_id, nextval('address_book_version'), false FROM roster_blocks
      UNION ALL SELECT app_id, 4, group_id, user_id, nextval('address_book_version'), false FROM group_members
      UNION ALL SELECT app_id, 5, id, 0, nextval('address_book_version'), status <> 0 FROM groups`);
    await queryRunner.query(`
      INSERT INTO address_book_changes (app_id, kind, scope_id, target_id, version, joined_version, removed)
      SELECT app_id, 3, user_id, group_id, version, version, false
        FROM (SELECT app_id, user_id, group_id, nextval('address_book_version') AS version FROM group_members) AS memberships`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER groups_address_book_update ON groups`);
    await queryRunner.query(`DROP TRIGGER groups_address_book_insert ON groups`);
    await queryRunner.query(`DROP TRIGGER group_members_address_book_update ON group_members`);
    await queryRunner.query(`DROP TRIGGER group_members_address_book_change ON group_members`);
    await queryRunner.query(`DROP TRIGGER roster_blocks_address_book ON roster_blocks`);
    await queryRunner.query(`DROP TRIGGER roster_items_address_book ON roster_items`);
    await queryRunner.query(`DROP FUNCTION address_book_group()`);
    await queryRunner.query(`DROP FUNCTION address_book_group_member()`);
    await queryRunner.query(`DROP FUNCTION address_book_roster_block()`);
    await queryRunner.query(`DROP FUNCTION address_book_roster_item()`);
    await queryRunner.query(`DROP FUNCTION address_book_record(text, smallint, bigint, bigint, boolean, boolean)`);
    await queryRunner.query(`DROP TABLE address_book_changes`);
    await queryRunner.query(`DROP SEQUENCE address_book_version`);
  }
}
