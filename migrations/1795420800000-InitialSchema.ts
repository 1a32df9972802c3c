import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenancy, tokens, users with their settings and devices, and the core group row the auth guard needs. */
export class InitialSchema1795420800000 implements MigrationInterface {
  name = 'InitialSchema1795420800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE apps (
        id text PRIMARY KEY,
        name text NOT NULL,
        secret text NOT NULL,
        registration_open boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE SEQUENCE users_id_seq START WITH 10000000`);
    await queryRunner.query(`
      CREATE TABLE users (
        id bigint PRIMARY KEY DEFAULT nextval('users_id_seq'),
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        username text NOT NULL,
        password_hash text NOT NULL,
        mobile text,
        email text,
        nick_name text,
        avatar text,
        description text,
        public_info text,
        private_info text,
        status smallint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`ALTER SEQUENCE users_id_seq OWNED BY users.id`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_app_username_key ON users (app_id, username)`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_app_mobile_key ON users (app_id, mobile) WHERE mobile IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_app_email_key ON users (app_id, lower(email)) WHERE email IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE user_settings (
        user_id bigint PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        auth_mode smallint NOT NULL DEFAULT 0,
        auth_question text,
        auth_answer text,
        auto_download boolean NOT NULL DEFAULT true,
        group_confirm boolean NOT NULL DEFAULT false,
        no_push boolean NOT NULL DEFAULT false,
        no_push_detail boolean NOT NULL DEFAULT false,
        no_push_start_hour smallint,
        no_push_end_hour smallint,
        no_sounds boolean NOT NULL DEFAULT false,
        vibratory boolean NOT NULL DEFAULT true,
        push_nick_name text,
        silence_start_time smallint,
        silence_end_time smallint
      )`);
    await queryRunner.query(`
      CREATE TABLE devices (
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        device_sn integer NOT NULL,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        device_guid text NOT NULL,
        platform smallint,
        user_agent text,
        push_token text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, device_sn)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX devices_user_guid_key ON devices (user_id, device_guid)`);
    await queryRunner.query(`
      CREATE TABLE access_tokens (
        id uuid PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('user', 'admin')),
        user_id bigint REFERENCES users(id) ON DELETE CASCADE,
        device_sn integer,
        expires_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'user') = (user_id IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX access_tokens_user_idx ON access_tokens (user_id) WHERE revoked_at IS NULL`);
    await queryRunner.query(`CREATE INDEX access_tokens_app_kind_idx ON access_tokens (app_id, kind) WHERE revoked_at IS NULL`);
    await queryRunner.query(`CREATE SEQUENCE groups_id_seq START WITH 1000000000`);
    await queryRunner.query(`
      CREATE TABLE groups (
        id bigint PRIMARY KEY DEFAULT nextval('groups_id_seq'),
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        name text NOT NULL,
        owner_id bigint NOT NULL REFERENCES users(id),
        type smallint NOT NULL DEFAULT 0,
        status smallint NOT NULL DEFAULT 0,
        avatar text,
        description text,
        ext text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`ALTER SEQUENCE groups_id_seq OWNED BY groups.id`);
    await queryRunner.query(`CREATE INDEX groups_app_idx ON groups (app_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE groups`);
    await queryRunner.query(`DROP TABLE access_tokens`);
    await queryRunner.query(`DROP TABLE devices`);
    await queryRunner.query(`DROP TABLE user_settings`);
    await queryRunner.query(`DROP TABLE users`);
    await queryRunner.query(`DROP TABLE apps`);
  }
}
