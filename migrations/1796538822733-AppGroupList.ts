import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GET /group/app_list (the operator's list of an app's live groups, newest first, by name): the
 * name trigram index of discovery covers public groups only, and the app's live groups had no
 * index in id order, so a page would sort every group of the app. One more entry in each per live group.
 */
export class AppGroupList1796538822733 implements MigrationInterface {
  name = 'AppGroupList1796538822733';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX groups_app_live_idx ON groups (app_id, id) WHERE status = 0`);
    await queryRunner.query(`CREATE INDEX groups_live_name_trgm_idx ON groups USING gin (name gin_trgm_ops) WHERE status = 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX groups_live_name_trgm_idx`);
    await queryRunner.query(`DROP INDEX groups_app_live_idx`);
  }
}
