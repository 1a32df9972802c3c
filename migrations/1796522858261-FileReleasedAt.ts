import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an object lost its last reference. The purge after the releasing transaction normally
 * deletes it at once; when that purge never ran (a crash between commit and purge) the file
 * sweeper finds the object by this column after a grace period. Objects never referenced
 * (avatars, files uploaded but not sent) keep it null and are never swept.
 */
export class FileReleasedAt1796522858261 implements MigrationInterface {
  name = 'FileReleasedAt1796522858261';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE file_objects ADD COLUMN released_at timestamptz`);
    await queryRunner.query(`CREATE INDEX file_objects_released_at ON file_objects (released_at) WHERE released_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX file_objects_pending_created_at ON file_objects (created_at) WHERE state = 'pending'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX file_objects_pending_created_at`);
    await queryRunner.query(`DROP INDEX file_objects_released_at`);
    await queryRunner.query(`ALTER TABLE file_objects DROP COLUMN released_at`);
  }
}
