import { GroupRole } from '../../src/group/group-member.entity';
import { GroupType } from '../../src/group/group.entity';
import { defaultCapacity } from '../../src/group/group.limits';
import { NoticeService } from '../../src/notice/notice.service';
import { NoticeNamespace, StoredNotice } from '../../src/notice/notice.types';
import { Tenant, TestServer, TestUser } from '../server';

export interface InfoGroupShape {
  owner: TestUser;
  admins?: TestUser[];
  members?: TestUser[];
  type?: GroupType;
  name?: string;
}

/** Writes a group with its owner, admins and members straight into the database, member_count included. */
export async function insertInfoGroup(server: TestServer, tenant: Tenant, shape: InfoGroupShape): Promise<number> {
  const roles = new Map<number, GroupRole>();
  for (const member of shape.members ?? []) roles.set(member.userId, GroupRole.Member);
  for (const admin of shape.admins ?? []) roles.set(admin.userId, GroupRole.Admin);
  roles.set(shape.owner.userId, GroupRole.Owner);
  const type = shape.type ?? GroupType.Private;
  const [group] = await server.sql(
    `INSERT INTO groups (app_id, name, owner_id, type, member_count, capacity) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [tenant.appId, shape.name ?? 'info group', shape.owner.userId, type, roles.size, defaultCapacity(type)],
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
