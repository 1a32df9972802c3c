import { GroupRole } from '../../src/group/group-member.entity';
import { GroupType } from '../../src/group/group.entity';
import { Tenant, TestServer, TestUser } from '../server';

export interface GroupShape {
  owner: TestUser;
  admins?: TestUser[];
  members?: TestUser[];
  type?: GroupType;
}

/** Writes a group with its owner, admins and members straight into the database, member_count included. */
export async function insertGroup(server: TestServer, tenant: Tenant, shape: GroupShape): Promise<number> {
  const roles = new Map<number, GroupRole>();
  for (const member of shape.members ?? []) roles.set(member.userId, GroupRole.Member);
  for (const admin of shape.admins ?? []) roles.set(admin.userId, GroupRole.Admin);
  roles.set(shape.owner.userId, GroupRole.Owner);
  const [group] = await server.sql(
    `INSERT INTO groups (app_id, name, owner_id, type, member_count) VALUES ($1, 'moderated', $2, $3, $4) RETURNING id`,
    [tenant.appId, shape.owner.userId, shape.type ?? GroupType.Private, roles.size],
  );
  await server.sql(
    `INSERT INTO group_members (group_id, user_id, app_id, role)
     SELECT $1, member, $2, role FROM unnest($3::bigint[], $4::smallint[]) AS t(member, role)`,
    [group.id, tenant.appId, [...roles.keys()], [...roles.values()]],
  );
  return Number(group.id);
}
