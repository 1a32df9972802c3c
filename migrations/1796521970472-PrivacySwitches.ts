import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Privacy switches beside mobile_searchable (our extension): may others find the user by exact
 * username, and does the user accept pokes. Both default to MaxIM's behaviour (true).
 */
export class PrivacySwitches1796521970472 implements MigrationInterface {
  name = 'PrivacySwitches1796521970472';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE user_settings ADD COLUMN username_searchable boolean NOT NULL DEFAULT true, ADD COLUMN poke_allowed boolean NOT NULL DEFAULT true`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE user_settings DROP COLUMN username_searchable, DROP COLUMN poke_allowed`);
  }
}
