import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A repeated socket meta id is a resend only when the message is the same: same conversation
 * (chat_type, to_id) and same body (content_type, content, attachment, config, ext).
 * MaxIM's web SDK takes Date.now() as the meta id, so two different messages sent in one
 * millisecond share it and must both be stored (src/message/README.md "Resends").
 * `client_body_md5` fingerprints the body as it was sent, so a later edit does not change it.
 */
export class ClientMidPerBody1796522262932 implements MigrationInterface {
  name = 'ClientMidPerBody1796522262932';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE messages ADD COLUMN client_body_md5 text`);
    await queryRunner.query(
      `UPDATE messages SET client_body_md5 = md5(json_build_array(content_type, content, attachment, config, ext)::text) WHERE client_mid IS NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX messages_client_mid_key`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX messages_client_mid_key ON messages (app_id, from_user_id, from_device_sn, client_mid, chat_type, to_id, client_body_md5)
        WHERE client_mid IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX messages_client_mid_key`);
    // The old key allows one message per meta id and device: later messages that shared one lose it (they stay stored).
    await queryRunner.query(
      `UPDATE messages m SET client_mid = NULL
        WHERE m.client_mid IS NOT NULL AND EXISTS (
          SELECT 1 FROM messages e
           WHERE e.app_id = m.app_id AND e.from_user_id = m.from_user_id AND e.from_device_sn = m.from_device_sn
             AND e.client_mid = m.client_mid AND e.msg_id < m.msg_id)`,
    );
    await queryRunner.query(`ALTER TABLE messages DROP COLUMN client_body_md5`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX messages_client_mid_key ON messages (app_id, from_user_id, from_device_sn, client_mid) WHERE client_mid IS NOT NULL`,
    );
  }
}
