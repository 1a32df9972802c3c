import { MigrationInterface, QueryRunner } from 'typeorm';

/** An optional cap on an app's live groups (MaxIM's 20007); null means no cap. */
export class AppGroupLimit1795939200000 implements MigrationInterface {
  name = 'AppGroupLimit1795939200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE apps ADD COLUMN max_groups integer CHECK (max_groups IS NULL OR max_groups >= 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE apps DROP COLUMN max_groups`);
  }
}
