import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extended profile (our extension; IM v1 `/me/info`, SealTalk `set_gender`): gender, birthday and
 * region on the user row, all optional. The checks repeat the request rules so no other path can
 * store a value the API would refuse.
 */
export class ProfileExtras1796528230912 implements MigrationInterface {
  name = 'ProfileExtras1796528230912';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE users
        ADD COLUMN gender text CHECK (gender IN ('male', 'female', 'other')),
        ADD COLUMN birthday date,
        ADD COLUMN region text CHECK (char_length(region) <= 64)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users DROP COLUMN region, DROP COLUMN birthday, DROP COLUMN gender`);
  }
}
