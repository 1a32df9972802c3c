import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages, stored once per conversation (src/message/README.md "Storage"): one conversation row per
 * 1:1 pair or group holding the stream's last position, the stream's entries, each user's read state
 * per conversation, and each device's sync position.
 */
export class Messages1796025600000 implements MigrationInterface {
  name = 'Messages1796025600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Message ids start above every user and group id so an id read in a log says what it is; all stay below 2^53.
    await queryRunner.query(`CREATE SEQUENCE messages_id_seq START WITH 100000000000 MAXVALUE 9007199254740991`);
    await queryRunner.query(`
      CREATE TABLE message_conversations (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        type smallint NOT NULL CHECK (type IN (1, 2)),
        low_id bigint NOT NULL,
        high_id bigint NOT NULL,
        last_seq bigint NOT NULL DEFAULT 0,
        last_count bigint NOT NULL DEFAULT 0,
        -- Retention (README "Retention"): the stream's entries up to purged_seq are deleted, purged_count is
        -- the message count at that point, oldest_timestamp the timestamp of the oldest entry left (NULL: none).
        purged_seq bigint NOT NULL DEFAULT 0,
        purged_count bigint NOT NULL DEFAULT 0,
        oldest_timestamp bigint,
        CONSTRAINT message_conversations_pair_key UNIQUE (app_id, type, low_id, high_id)
      )`);
    // Only the retention sweep reads it; a send changes it only on a conversation's first entry, so
    // the hot upsert of last_seq stays a HOT update.
    await queryRunner.query(`CREATE INDEX message_conversations_oldest_idx ON message_conversations (oldest_timestamp, id) WHERE oldest_timestamp IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE messages (
        msg_id bigint PRIMARY KEY DEFAULT nextval('messages_id_seq'),
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        conversation_id bigint NOT NULL REFERENCES message_conversations(id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        count_at bigint NOT NULL,
        chat_type smallint NOT NULL CHECK (chat_type IN (1, 2)),
        from_user_id bigint NOT NULL,
        from_device_sn integer,
        to_id bigint NOT NULL,
        content_type smallint NOT NULL CHECK (content_type BETWEEN 0 AND 12),
        content text NOT NULL DEFAULT '',
        attachment text,
        config text,
        ext text,
        timestamp bigint NOT NULL,
        status smallint NOT NULL DEFAULT 0,
        related_mid bigint,
        edit_timestamp bigint,
        is_system boolean NOT NULL DEFAULT false,
        client_mid bigint,
        transaction_id text,
        CONSTRAINT messages_conversation_seq_key UNIQUE (conversation_id, seq),
        CONSTRAINT messages_client_mid_device_check CHECK (client_mid IS NULL OR from_device_sn IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX messages_conversation_msg_idx ON messages (conversation_id, msg_id)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX messages_client_mid_key ON messages (app_id, from_user_id, from_device_sn, client_mid) WHERE client_mid IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX messages_transaction_key ON messages (app_id, from_user_id, chat_type, to_id, transaction_id) WHERE transaction_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX messages_related_idx ON messages (related_mid) WHERE related_mid IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE message_conversation_states (
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        conversation_id bigint NOT NULL REFERENCES message_conversations(id) ON DELETE CASCADE,
        app_id text NOT NULL,
        chat_type smallint NOT NULL,
        peer_id bigint NOT NULL,
        read_seq bigint NOT NULL DEFAULT 0,
        cleared_seq bigint NOT NULL DEFAULT 0,
        joined_seq bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (user_id, conversation_id)
      )`);
    await queryRunner.query(`CREATE INDEX message_conversation_states_app_user_idx ON message_conversation_states (app_id, user_id)`);
    await queryRunner.query(`
      CREATE TABLE message_hidden (
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        msg_id bigint NOT NULL REFERENCES messages(msg_id) ON DELETE CASCADE,
        app_id text NOT NULL,
        PRIMARY KEY (user_id, msg_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE message_sync_devices (
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        device_sn integer NOT NULL,
        app_id text NOT NULL,
        notice_position bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, device_sn)
      )`);
    await queryRunner.query(`
      CREATE TABLE message_device_positions (
        user_id bigint NOT NULL,
        device_sn integer NOT NULL,
        conversation_id bigint NOT NULL REFERENCES message_conversations(id) ON DELETE CASCADE,
        app_id text NOT NULL,
        seq bigint NOT NULL,
        PRIMARY KEY (user_id, device_sn, conversation_id),
        FOREIGN KEY (user_id, device_sn) REFERENCES message_sync_devices(user_id, device_sn) ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE message_device_positions`);
    await queryRunner.query(`DROP TABLE message_sync_devices`);
    await queryRunner.query(`DROP TABLE message_hidden`);
    await queryRunner.query(`DROP TABLE message_conversation_states`);
    await queryRunner.query(`DROP TABLE messages`);
    await queryRunner.query(`DROP TABLE message_conversations`);
    await queryRunner.query(`DROP SEQUENCE messages_id_seq`);
  }
}
