import { GroupRole } from '../../src/group/group-member.entity';
import { ApplyApproval, GroupType } from '../../src/group/group.entity';
import { defaultCapacity } from '../../src/group/group.limits';
import { NoticeService } from '../../src/notice/notice.service';
import { NoticeNamespace, StoredNotice } from '../../src/notice/notice.types';
import { Tenant, TestServer, TestUser } from '../server';

export interface CreateGroupOptions {
  type?: GroupType;
  name?: string;
  /** Added through `user_list` (they must not have group_confirm on, or they are only invited). */
  members?: TestUser[];
  /** Added like members, then made admins through POST /group/admin/add. */
  admins?: TestUser[];
}

/** Creates a group through POST /group/create as `owner` (and /group/admin/add for `admins`); answers its id. */
export async function createGroup(server: TestServer, tenant: Tenant, owner: TestUser, options: CreateGroupOptions = {}): Promise<number> {
  const admins = options.admins ?? [];
  const userList = [...(options.members ?? []), ...admins].map((user) => user.userId);
  const created = await server.request({
    method: 'POST',
    url: '/group/create',
    appId: tenant.appId,
    token: owner.token,
    body: { name: options.name ?? 'test group', type: options.type ?? GroupType.Private, ...(userList.length > 0 ? { user_list: userList } : {}) },
  });
  if (created.body.code !== 200) throw new Error(`POST /group/create failed: ${JSON.stringify(created.body)}`);
  const groupId: number = created.body.data.group_id;
  const refused = (created.body.data.user_list_results ?? []).filter((item: { reason: string | null }) => item.reason !== null);
  if (refused.length > 0) throw new Error(`POST /group/create did not add every member: ${JSON.stringify(refused)}`);
  if (admins.length > 0) {
    const promoted = await server.request({
      method: 'POST',
      url: '/group/admin/add',
      appId: tenant.appId,
      token: owner.token,
      body: { group_id: groupId, user_list: admins.map((admin) => admin.userId) },
    });
    if (promoted.body.code !== 200 || promoted.body.data.some((item: { result: string }) => item.result !== 'success')) {
      throw new Error(`POST /group/admin/add failed: ${JSON.stringify(promoted.body)}`);
    }
  }
  return groupId;
}

/** Only a user's id goes into the rows, so benchmarks' seeded users fit as well as TestUsers. */
type GroupUser = Pick<TestUser, 'userId'>;

export interface GroupShape {
  owner: GroupUser;
  admins?: GroupUser[];
  members?: GroupUser[];
  type?: GroupType;
  name?: string;
  applyApproval?: ApplyApproval;
  memberInvite?: boolean;
  /** Defaults to the type's capacity (2,000, or 100,000 for chatrooms). */
  capacity?: number;
}

/**
 * Writes a group with its owner, admins, members, settings and member_count straight into the
 * database: for tests about one operation, where building the group through the API would only
 * repeat what other tests cover.
 */
export async function insertGroup(server: Pick<TestServer, 'sql'>, tenant: Pick<Tenant, 'appId'>, shape: GroupShape): Promise<number> {
  const roles = new Map<number, GroupRole>();
  for (const member of shape.members ?? []) roles.set(member.userId, GroupRole.Member);
  for (const admin of shape.admins ?? []) roles.set(admin.userId, GroupRole.Admin);
  roles.set(shape.owner.userId, GroupRole.Owner);
  const type = shape.type ?? GroupType.Private;
  const [group] = await server.sql(
    `INSERT INTO groups (app_id, name, owner_id, type, member_count, apply_approval, member_invite, capacity)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      tenant.appId,
      shape.name ?? 'test group',
      shape.owner.userId,
      type,
      roles.size,
      shape.applyApproval ?? ApplyApproval.AdminApproval,
      shape.memberInvite ?? true,
      shape.capacity ?? defaultCapacity(type),
    ],
  );
  await server.sql(
    `INSERT INTO group_members (group_id, user_id, app_id, role)
     SELECT $1, member, $2, role FROM unnest($3::bigint[], $4::smallint[]) AS t(member, role)`,
    [group.id, tenant.appId, [...roles.keys()], [...roles.values()]],
  );
  return Number(group.id);
}

/** Marks the group destroyed, as POST /group/destroy does. */
export async function destroyGroup(server: TestServer, groupId: number): Promise<void> {
  await server.sql(`UPDATE groups SET status = 1 WHERE id = $1`, [groupId]);
}

/** The group notices `user` has received about `groupId`, oldest first. */
export async function groupNotices(server: TestServer, tenant: Tenant, user: TestUser, groupId: number): Promise<StoredNotice[]> {
  const notices = await server.app.get(NoticeService).listAfter(tenant.appId, user.userId, 0, 1000);
  return notices.filter((notice) => notice.namespace === NoticeNamespace.Group && notice.groupId === groupId);
}
