import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored files (src/file/README.md): one row per object the server handed out a key for, the
 * things that still reference each object (a message, a group file record), and each app's usage
 * against its storage quota. Bytes live in the storage backend under `<app_id>/<object_key>`.
 */
export class Files1796112000000 implements MigrationInterface {
  name = 'Files1796112000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE file_objects (
        app_id text NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
        object_key text NOT NULL CHECK (object_key ~ '^(avatar|chat)/[0-9a-f]{32}$'),
        state text NOT NULL CHECK (state IN ('pending', 'stored')),
        content_class text NOT NULL CHECK (content_class IN ('any', 'image', 'audio', 'video')),
        max_bytes bigint NOT NULL CHECK (max_bytes > 0),
        uploader_id bigint,
        size bigint NOT NULL DEFAULT 0 CHECK (size >= 0),
        content_type text,
        file_name text,
        created_at timestamptz NOT NULL,
        stored_at timestamptz,
        PRIMARY KEY (app_id, object_key)
      )`);
    await queryRunner.query(`CREATE INDEX file_objects_pending ON file_objects (app_id, created_at) WHERE state = 'pending'`);
    await queryRunner.query(`
      CREATE TABLE file_references (
        app_id text NOT NULL,
        object_key text NOT NULL,
        referrer text NOT NULL CHECK (length(referrer) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL,
        PRIMARY KEY (app_id, object_key, referrer),
        FOREIGN KEY (app_id, object_key) REFERENCES file_objects (app_id, object_key)
      )`);
    await queryRunner.query(`CREATE INDEX file_references_referrer ON file_references (app_id, referrer)`);
    await queryRunner.query(`
      CREATE TABLE file_app_usage (
        app_id text PRIMARY KEY REFERENCES apps (id) ON DELETE CASCADE,
        used_bytes bigint NOT NULL DEFAULT 0 CHECK (used_bytes >= 0),
        quota_bytes bigint CHECK (quota_bytes IS NULL OR quota_bytes >= 0)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE file_app_usage`);
    await queryRunner.query(`DROP TABLE file_references`);
    await queryRunner.query(`DROP TABLE file_objects`);
  }
}
