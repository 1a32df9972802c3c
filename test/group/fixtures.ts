import { GroupType } from '../../src/group/group.entity';
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
