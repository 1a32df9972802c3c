import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `push_tasks.unsettled`: the task's deliveries not yet sent, failed or skipped, kept by the
 * statements that record and settle them, so "has the task finished sending?" is one row read after
 * each batch instead of a walk over the task's deliveries (which made a big task quadratic). Tasks
 * whose deliveries had all settled already are marked done.
 */
export class PushTaskUnsettled1796538960943 implements MigrationInterface {
  name = 'PushTaskUnsettled1796538960943';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE push_tasks ADD COLUMN unsettled integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`
      UPDATE push_tasks t SET unsettled = pending.count
        FROM (SELECT task_id, count(*)::int AS count FROM push_deliveries WHERE state IN (0, 1) GROUP BY task_id) pending
       WHERE pending.task_id = t.id`);
    await queryRunner.query(`
      UPDATE push_tasks t SET status = 'done',
             finished_at = coalesce((SELECT max(d.updated_at) FROM push_deliveries d WHERE d.task_id = t.id), t.resolved_at)
       WHERE t.status = 'sending' AND t.unsettled = 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE push_tasks SET status = 'sending', finished_at = NULL WHERE status = 'done'`);
    await queryRunner.query(`ALTER TABLE push_tasks DROP COLUMN unsettled`);
  }
}
