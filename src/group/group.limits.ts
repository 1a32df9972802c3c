import { GroupType } from './group.entity';

/** Members a group holds unless created otherwise: 2,000 for groups, 100,000 for chatrooms. */
export function defaultCapacity(type: GroupType): number {
  return type === GroupType.Chatroom ? 100_000 : 2_000;
}

/** Groups (of every type) one user may belong to at once: 20009 beyond. */
export const USER_JOINED_GROUP_LIMIT = 2_000;

/** Live groups one user may own at once: 20008 beyond. */
export const USER_CREATED_GROUP_LIMIT = 500;

/** Join applications and invitations stay pending this long, then show as expired. */
export const GROUP_REQUEST_TTL_MS = 7 * 24 * 3600 * 1000;
