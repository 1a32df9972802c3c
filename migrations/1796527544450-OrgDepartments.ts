import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisation departments (our extension, SealTalk desktop /dept/*): one tree per app, and each
 * department's members with a title and a manager. A department may not be deleted while it has
 * sub-departments (RESTRICT), so a delete never removes a subtree by surprise; its members go with
 * it. A user may be in several departments, once each.
 */
export class OrgDepartments1796527544450 implements MigrationInterface {
  name = 'OrgDepartments1796527544450';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE org_departments (
        id bigserial PRIMARY KEY,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        parent_id bigint REFERENCES org_departments(id) ON DELETE RESTRICT,
        name text NOT NULL,
        sort integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX org_departments_app_parent_idx ON org_departments (app_id, parent_id, sort, id)`);
    await queryRunner.query(`
      CREATE TABLE org_members (
        department_id bigint NOT NULL REFERENCES org_departments(id) ON DELETE CASCADE,
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        app_id text NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        title text,
        manager_id bigint REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (department_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX org_members_app_user_idx ON org_members (app_id, user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE org_members`);
    await queryRunner.query(`DROP TABLE org_departments`);
  }
}
