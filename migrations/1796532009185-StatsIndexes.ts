import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GET /app/stats counts an app's messages and registrations per day; without these its day ranges
 * would scan every message and user of the app. One more index entry per message stored.
 */
export class StatsIndexes1796532009185 implements MigrationInterface {
  name = 'StatsIndexes1796532009185';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX messages_app_timestamp_idx ON messages (app_id, timestamp)`);
    await queryRunner.query(`CREATE INDEX users_app_created_at_idx ON users (app_id, created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX users_app_created_at_idx`);
    await queryRunner.query(`DROP INDEX messages_app_timestamp_idx`);
  }
}
