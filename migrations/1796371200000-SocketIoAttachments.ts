import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The table @socket.io/postgres-adapter keeps broadcasts in when they do not fit a NOTIFY payload
 * (binary frames, or more than 8000 bytes): the realtime gateway's cross-process fan-out without
 * Redis. Rows are deleted by the adapter after 30 seconds; they belong to no app.
 */
export class SocketIoAttachments1796371200000 implements MigrationInterface {
  name = 'SocketIoAttachments1796371200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE socket_io_attachments (
        id bigserial UNIQUE,
        created_at timestamptz DEFAULT now(),
        payload bytea
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE socket_io_attachments`);
  }
}
