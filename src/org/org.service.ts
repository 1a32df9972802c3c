import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { Clock } from '../common/clock';
import { ApiError } from '../common/errors/error-codes';
import { decodeCursor, ListPage, pageOf } from '../common/pagination/cursor';
import { validateItem } from '../common/validation';
import { csvToRows } from './org-import';
import {
  IMPORT_ROWS_MAX,
  mapDepartment,
  mapMember,
  mapMembership,
  OrgDepartmentCreateDto,
  OrgDepartmentDto,
  OrgDepartmentMoveDto,
  OrgDepartmentRenameDto,
  OrgImportResultDto,
  OrgImportRowDto,
  OrgMemberDto,
  OrgMemberListQueryDto,
  OrgMembersRemoveDto,
  OrgMembershipDto,
  OrgMembersSetDto,
} from './org.dto';
import { OrgMemberWrite, OrgRepository } from './org.repository';

/** How many bad rows a refused import names; the count of the rest follows. */
const PROBLEMS_SHOWN = 10;

function departmentNotFound(departmentId: number): ApiError {
  return ApiError.badParameter(`department_id: no department ${departmentId} in this app`);
}

/**
 * Organisation departments (our extension, SealTalk desktop /dept/*): the app's admin token shapes
 * the tree and its membership; every user of the app reads it.
 */
@Injectable()
export class OrgService {
  constructor(
    private readonly repository: OrgRepository,
    private readonly clock: Clock,
  ) {}

  async create(caller: CallerContext, body: OrgDepartmentCreateDto): Promise<OrgDepartmentDto> {
    const appId = this.requireAppAdmin(caller);
    const parentId = body.parent_id ?? null;
    const row = await this.repository.inTree(appId, async (manager) => {
      if (parentId !== null && !(await this.repository.findDepartment(appId, parentId, manager))) {
        throw ApiError.badParameter(`parent_id: no department ${parentId} in this app`);
      }
      return this.repository.insertDepartment(manager, appId, body.name.trim(), parentId, body.sort ?? 0, this.clock.now());
    });
    return mapDepartment(row);
  }

  async rename(caller: CallerContext, body: OrgDepartmentRenameDto): Promise<OrgDepartmentDto> {
    const appId = this.requireAppAdmin(caller);
    const row = await this.repository.inTree(appId, (manager) =>
      this.repository.updateDepartment(manager, appId, body.department_id, { name: body.name.trim() }, this.clock.now()),
    );
    if (!row) throw departmentNotFound(body.department_id);
    return mapDepartment(row);
  }

  /** Moves a department (with its subtree) under another parent, or to the top level; never under itself or its own descendants. */
  async move(caller: CallerContext, body: OrgDepartmentMoveDto): Promise<OrgDepartmentDto> {
    const appId = this.requireAppAdmin(caller);
    const row = await this.repository.inTree(appId, async (manager) => {
      if (!(await this.repository.findDepartment(appId, body.department_id, manager))) throw departmentNotFound(body.department_id);
      if (body.parent_id !== null) {
        if (!(await this.repository.findDepartment(appId, body.parent_id, manager))) throw ApiError.badParameter(`parent_id: no department ${body.parent_id} in this app`);
        if (await this.repository.isAncestorOrSelf(manager, appId, body.department_id, body.parent_id)) {
          throw ApiError.badParameter(`parent_id: department ${body.parent_id} is department ${body.department_id} or inside it; a department cannot move under itself`);
        }
      }
      return this.repository.updateDepartment(manager, appId, body.department_id, { parentId: body.parent_id, sort: body.sort }, this.clock.now());
    });
    return mapDepartment(row!);
  }

  /** Deletes an empty-of-children department with its memberships (the users stay). */
  async remove(caller: CallerContext, departmentId: number): Promise<boolean> {
    const appId = this.requireAppAdmin(caller);
    await this.repository.inTree(appId, async (manager) => {
      if (await this.repository.hasChildren(manager, appId, departmentId)) {
        throw ApiError.badParameter(`department_id: department ${departmentId} has sub-departments; move or delete them first`);
      }
      if (!(await this.repository.deleteDepartment(manager, appId, departmentId))) throw departmentNotFound(departmentId);
    });
    return true;
  }

  async setMembers(caller: CallerContext, body: OrgMembersSetDto): Promise<OrgImportResultDto> {
    const appId = this.requireAppAdmin(caller);
    const rows = body.members.map((member) => ({ ...member, department_id: body.department_id }));
    return { imported: await this.store(appId, rows) };
  }

  async removeMembers(caller: CallerContext, body: OrgMembersRemoveDto): Promise<boolean> {
    const appId = this.requireAppAdmin(caller);
    if (!(await this.repository.findDepartment(appId, body.department_id))) throw departmentNotFound(body.department_id);
    await this.repository.removeMembers(appId, body.department_id, body.user_list);
    return true;
  }

  /**
   * Up to 10,000 members in one call, as a JSON array or CSV text. All or nothing: every row is
   * checked first (shape, department, user, manager, duplicates) and a refusal names the bad rows,
   * so a corrected file can simply be sent again; then one statement stores them all.
   */
  async import(caller: CallerContext, body: unknown): Promise<OrgImportResultDto> {
    const appId = this.requireAppAdmin(caller);
    const plain = typeof body === 'string' ? csvToRows(body) : body;
    if (!Array.isArray(plain)) throw ApiError.badParameter('body: must be a JSON array of {department_id, user_id, title, manager_id}, or CSV text with a header line');
    if (plain.length === 0) throw ApiError.badParameter('body: must hold at least one member');
    if (plain.length > IMPORT_ROWS_MAX) throw ApiError.badParameter(`body: must hold at most ${IMPORT_ROWS_MAX} members; split the import`);
    const rows: OrgImportRowDto[] = [];
    const problems: string[] = [];
    for (const [index, item] of plain.entries()) {
      const { value, problem } = await validateItem(OrgImportRowDto, typeof item === 'object' && item !== null ? item : { item });
      if (problem) problems.push(`row ${index + 1}: ${problem}`);
      rows.push(value);
    }
    this.refuseIfAny(problems);
    return { imported: await this.store(appId, rows) };
  }

  async listDepartments(caller: CallerContext): Promise<OrgDepartmentDto[]> {
    return (await this.repository.listDepartments(caller.appId)).map(mapDepartment);
  }

  async department(caller: CallerContext, departmentId: number): Promise<OrgDepartmentDto> {
    const row = await this.repository.findDepartment(caller.appId, departmentId);
    if (!row) throw departmentNotFound(departmentId);
    return mapDepartment(row);
  }

  async listMembers(caller: CallerContext, query: OrgMemberListQueryDto): Promise<ListPage<OrgMemberDto>> {
    if (!(await this.repository.findDepartment(caller.appId, query.department_id))) throw departmentNotFound(query.department_id);
    const after = decodeCursor<{ user_id: number }>(query.cursor, ['user_id']);
    const rows = await this.repository.listMembers(caller.appId, query.department_id, after?.user_id ?? 0, query.limit + 1);
    const page = pageOf(rows, query.limit, (last) => ({ user_id: last.userId }));
    return new ListPage(page.items.map(mapMember), page.cursor);
  }

  async memberships(caller: CallerContext, userId: number): Promise<OrgMembershipDto[]> {
    if ((await this.repository.existingUserIds(caller.appId, [userId])).size === 0) throw ApiError.userNotFound(userId);
    return (await this.repository.listMemberships(caller.appId, userId)).map(mapMembership);
  }

  /** Checks what only the database knows (departments, users, managers of this app; one row per member) and stores the rows. */
  private async store(appId: string, rows: OrgImportRowDto[]): Promise<number> {
    const departments = await this.repository.existingDepartmentIds(appId, [...new Set(rows.map((row) => row.department_id))]);
    const users = await this.repository.existingUserIds(appId, [...new Set(rows.flatMap((row) => (row.manager_id ? [row.user_id, row.manager_id] : [row.user_id])))]);
    const seen = new Map<string, number>();
    const problems: string[] = [];
    const members: OrgMemberWrite[] = rows.map((row, index) => {
      const at = `row ${index + 1}`;
      const key = `${row.department_id}:${row.user_id}`;
      if (!departments.has(row.department_id)) problems.push(`${at}: department_id: no department ${row.department_id} in this app`);
      if (!users.has(row.user_id)) problems.push(`${at}: user_id: no user ${row.user_id} in this app`);
      if (row.manager_id && !users.has(row.manager_id)) problems.push(`${at}: manager_id: no user ${row.manager_id} in this app`);
      if (row.manager_id === row.user_id) problems.push(`${at}: manager_id: a member cannot be their own manager`);
      if (seen.has(key)) problems.push(`${at}: user ${row.user_id} is already in department ${row.department_id} at row ${seen.get(key)}`);
      seen.set(key, index + 1);
      return { departmentId: row.department_id, userId: row.user_id, title: row.title || null, managerId: row.manager_id ?? null };
    });
    this.refuseIfAny(problems);
    return this.repository.upsertMembers(appId, members, this.clock.now());
  }

  private refuseIfAny(problems: string[]): void {
    if (problems.length === 0) return;
    const more = problems.length > PROBLEMS_SHOWN ? `; and ${problems.length - PROBLEMS_SHOWN} more` : '';
    throw ApiError.badParameter(`nothing stored: ${problems.slice(0, PROBLEMS_SHOWN).join('; ')}${more}`);
  }

  /** The tree is the app's to shape: an admin token, acting as no one in particular; a user token (or an admin acting as a user) gets 10010. */
  private requireAppAdmin(caller: CallerContext): string {
    if (!caller.isAdmin || caller.userId !== null || caller.groupId !== null) {
      throw ApiError.noPermission("departments are changed with the app's admin token, without user_id or group_id");
    }
    return caller.appId;
  }
}
