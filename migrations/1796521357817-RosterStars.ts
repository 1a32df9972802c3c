import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Star contacts (our extension): a flag on the starring user's own roster row, so a star is private
 * to that user and follows the row through delete and re-friend. The partial index serves the star
 * list without scanning the whole roster.
 */
export class RosterStars1796521357817 implements MigrationInterface {
  name = 'RosterStars1796521357817';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE roster_items ADD COLUMN starred boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX roster_items_app_starred_idx ON roster_items (app_id, user_id, roster_id) WHERE starred`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX roster_items_app_starred_idx`);
    await queryRunner.query(`ALTER TABLE roster_items DROP COLUMN starred`);
  }
}
