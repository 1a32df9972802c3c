import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each user's stream of roster, group and user notices, read by its devices in id order. */
export class Notices1795593600000 implements MigrationInterface {
  name = 'Notices1795593600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notices (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        recipient_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        namespace smallint NOT NULL,
        type smallint NOT NULL,
        from_id bigint,
        to_ids bigint[] NOT NULL DEFAULT '{}',
        group_id bigint,
        content text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX notices_recipient_idx ON notices (recipient_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notices`);
  }
}
