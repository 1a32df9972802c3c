import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface OrgDepartmentRow {
  id: number;
  name: string;
  parentId: number | null;
  sort: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface OrgMemberRow {
  departmentId: number;
  userId: number;
  username: string;
  nickName: string | null;
  avatar: string | null;
  title: string | null;
  managerId: number | null;
  updatedAt: Date;
}

export interface OrgMembershipRow {
  departmentId: number;
  name: string;
  title: string | null;
  managerId: number | null;
}

export interface OrgMemberWrite {
  departmentId: number;
  userId: number;
  title: string | null;
  managerId: number | null;
}

const DEPARTMENT_COLUMNS = `id, name, parent_id AS "parentId", sort, created_at AS "createdAt", updated_at AS "updatedAt"`;

/**
 * Departments and their members. Changes to the tree's shape run in `inTree`, which holds the app's
 * tree lock, so two moves cannot make a cycle between them and a delete cannot race a new child.
 * Every query names the app.
 */
@Injectable()
export class OrgRepository {
  constructor(private readonly dataSource: DataSource) {}

  inTree<T>(appId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('org_tree'), hashtext($1))`, [appId]);
      return work(manager);
    });
  }

  async insertDepartment(manager: EntityManager, appId: string, name: string, parentId: number | null, sort: number, at: Date): Promise<OrgDepartmentRow> {
    const [row] = await manager.query(
      `INSERT INTO org_departments (app_id, parent_id, name, sort, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING ${DEPARTMENT_COLUMNS}`,
      [appId, parentId, name, sort, at],
    );
    return row;
  }

  async findDepartment(appId: string, departmentId: number, manager: EntityManager = this.dataSource.manager): Promise<OrgDepartmentRow | null> {
    const rows: OrgDepartmentRow[] = await manager.query(`SELECT ${DEPARTMENT_COLUMNS} FROM org_departments WHERE app_id = $1 AND id = $2`, [appId, departmentId]);
    return rows[0] ?? null;
  }

  /** The whole tree, parents before their children's siblings order: by parent, sort, id. */
  listDepartments(appId: string): Promise<OrgDepartmentRow[]> {
    return this.dataSource.query(`SELECT ${DEPARTMENT_COLUMNS} FROM org_departments WHERE app_id = $1 ORDER BY parent_id NULLS FIRST, sort, id`, [appId]);
  }

  async updateDepartment(manager: EntityManager, appId: string, departmentId: number, changes: { name?: string; parentId?: number | null; sort?: number }, at: Date): Promise<OrgDepartmentRow | null> {
    const rows: OrgDepartmentRow[] = await manager.query(
      `WITH changed AS (
         UPDATE org_departments
            SET name = COALESCE($3::text, name),
                parent_id = CASE WHEN $4::boolean THEN $5::bigint ELSE parent_id END,
                sort = COALESCE($6::integer, sort),
                updated_at = $7
          WHERE app_id = $1 AND id = $2
          RETURNING ${DEPARTMENT_COLUMNS})
       SELECT * FROM changed`,
      [appId, departmentId, changes.name ?? null, 'parentId' in changes, changes.parentId ?? null, changes.sort ?? null, at],
    );
    return rows[0] ?? null;
  }

  /** True when `departmentId` is `candidateId` or one of its ancestors: moving it under `candidateId` would make a cycle. */
  async isAncestorOrSelf(manager: EntityManager, appId: string, departmentId: number, candidateId: number): Promise<boolean> {
    const [{ found }] = await manager.query(
      `WITH RECURSIVE ancestors AS (
         SELECT id, parent_id FROM org_departments WHERE app_id = $1 AND id = $3
         UNION ALL
         SELECT d.id, d.parent_id FROM org_departments d JOIN ancestors a ON d.id = a.parent_id WHERE d.app_id = $1
       )
       SELECT EXISTS (SELECT 1 FROM ancestors WHERE id = $2) AS found`,
      [appId, departmentId, candidateId],
    );
    return found;
  }

  async hasChildren(manager: EntityManager, appId: string, departmentId: number): Promise<boolean> {
    const [{ found }] = await manager.query(`SELECT EXISTS (SELECT 1 FROM org_departments WHERE app_id = $1 AND parent_id = $2) AS found`, [appId, departmentId]);
    return found;
  }

  /** Deletes the department and its memberships; false when there was none. */
  async deleteDepartment(manager: EntityManager, appId: string, departmentId: number): Promise<boolean> {
    const [{ deleted }] = await manager.query(
      `WITH gone AS (DELETE FROM org_departments WHERE app_id = $1 AND id = $2 RETURNING id) SELECT EXISTS (SELECT 1 FROM gone) AS deleted`,
      [appId, departmentId],
    );
    return deleted;
  }

  /** The ids among `departmentIds` that are departments of the app. */
  async existingDepartmentIds(appId: string, departmentIds: number[]): Promise<Set<number>> {
    const rows: { id: number }[] = await this.dataSource.query(`SELECT id FROM org_departments WHERE app_id = $1 AND id = ANY($2::bigint[])`, [appId, departmentIds]);
    return new Set(rows.map((row) => row.id));
  }

  /** The ids among `userIds` that are users of the app. */
  async existingUserIds(appId: string, userIds: number[]): Promise<Set<number>> {
    const rows: { id: number }[] = await this.dataSource.query(`SELECT id FROM users WHERE app_id = $1 AND id = ANY($2::bigint[])`, [appId, userIds]);
    return new Set(rows.map((row) => row.id));
  }

  /** Adds the members, or updates the title and manager of those already in the department, in one statement. */
  async upsertMembers(appId: string, members: OrgMemberWrite[], at: Date): Promise<number> {
    const [{ stored }] = await this.dataSource.query(
      `WITH written AS (
         INSERT INTO org_members (department_id, user_id, app_id, title, manager_id, updated_at)
         SELECT department_id, user_id, $1, title, manager_id, $6
           FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::bigint[]) AS m(department_id, user_id, title, manager_id)
         ON CONFLICT (department_id, user_id) DO UPDATE SET title = EXCLUDED.title, manager_id = EXCLUDED.manager_id, updated_at = EXCLUDED.updated_at
         RETURNING 1)
       SELECT count(*)::int AS stored FROM written`,
      [appId, members.map((m) => m.departmentId), members.map((m) => m.userId), members.map((m) => m.title), members.map((m) => m.managerId), at],
    );
    return stored;
  }

  async removeMembers(appId: string, departmentId: number, userIds: number[]): Promise<void> {
    await this.dataSource.query(`DELETE FROM org_members WHERE app_id = $1 AND department_id = $2 AND user_id = ANY($3::bigint[])`, [appId, departmentId, userIds]);
  }

  /** A page of the department's members in user id order, after `afterUserId`. */
  listMembers(appId: string, departmentId: number, afterUserId: number, limit: number): Promise<OrgMemberRow[]> {
    return this.dataSource.query(
      `SELECT m.department_id AS "departmentId", m.user_id AS "userId", u.username, u.nick_name AS "nickName", u.avatar,
              m.title, m.manager_id AS "managerId", m.updated_at AS "updatedAt"
         FROM org_members m JOIN users u ON u.id = m.user_id
        WHERE m.app_id = $1 AND m.department_id = $2 AND m.user_id > $3
        ORDER BY m.user_id LIMIT $4`,
      [appId, departmentId, afterUserId, limit],
    );
  }

  listMemberships(appId: string, userId: number): Promise<OrgMembershipRow[]> {
    return this.dataSource.query(
      `SELECT m.department_id AS "departmentId", d.name, m.title, m.manager_id AS "managerId"
         FROM org_members m JOIN org_departments d ON d.id = m.department_id
        WHERE m.app_id = $1 AND m.user_id = $2
        ORDER BY m.department_id`,
      [appId, userId],
    );
  }
}
