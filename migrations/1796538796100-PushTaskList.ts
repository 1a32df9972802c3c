import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GET /push/task/list pages an app's tasks of one kind newest first; without the index it would walk
 * every task of every app backwards. `finished_at` is when a task's last delivery settled.
 */
export class PushTaskList1796538796100 implements MigrationInterface {
  name = 'PushTaskList1796538796100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX push_tasks_app_kind_id_idx ON push_tasks (app_id, kind, id)`);
    await queryRunner.query(`ALTER TABLE push_tasks ADD COLUMN finished_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE push_tasks DROP COLUMN finished_at`);
    await queryRunner.query(`DROP INDEX push_tasks_app_kind_id_idx`);
  }
}
