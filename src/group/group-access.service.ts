import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { GroupMemberEntity, GroupRole } from './group-member.entity';
import { GroupRepository } from './group.repository';
import { GroupEntity, GroupType } from './group.entity';

/** What an operation needs to be allowed to do; the table below says who may. README "Permissions" mirrors it. */
export enum GroupPermission {
  /** info, settings, announcements, files, admin list */
  ViewGroup,
  /** member list and members' display names */
  ViewMembers,
  /** name, avatar, description, ext */
  ModifyInfo,
  /** every settings setter, including ban-all */
  ModifySettings,
  /** invite users; sign a QR code */
  Invite,
  /** kick, block, unblock, ban, unban (and the role rule of `outranks` on each target) */
  Moderate,
  /** handle join applications and list them */
  HandleApplications,
  /** create, edit and delete announcements */
  ManageAnnouncements,
  /** record shared files (deleting and renaming others' files needs ManageFiles) */
  ShareFiles,
  ManageFiles,
  /** a member's own things: leave, own display name, own mute and push modes */
  BeMember,
  ManageAdmins,
  Transfer,
  Destroy,
}

/** The least role a permission needs in this group; null means anyone of the app, member or not. */
function requiredRole(permission: GroupPermission, group: GroupEntity): GroupRole | null {
  switch (permission) {
    case GroupPermission.ViewGroup:
      return group.type === GroupType.Public ? null : GroupRole.Member;
    case GroupPermission.ViewMembers:
    case GroupPermission.ShareFiles:
    case GroupPermission.BeMember:
      return GroupRole.Member;
    case GroupPermission.ModifyInfo:
      return group.memberModify ? GroupRole.Member : GroupRole.Admin;
    case GroupPermission.Invite:
      return group.memberInvite ? GroupRole.Member : GroupRole.Admin;
    case GroupPermission.ModifySettings:
    case GroupPermission.Moderate:
    case GroupPermission.HandleApplications:
    case GroupPermission.ManageAnnouncements:
    case GroupPermission.ManageFiles:
      return GroupRole.Admin;
    case GroupPermission.ManageAdmins:
    case GroupPermission.Transfer:
    case GroupPermission.Destroy:
      return GroupRole.Owner;
  }
}

const REFUSAL: Record<GroupRole, { code: ErrorCode; who: string }> = {
  [GroupRole.Member]: { code: ErrorCode.NeedsMember, who: 'members' },
  [GroupRole.Admin]: { code: ErrorCode.NeedsAdmin, who: "the group's admins and owner" },
  [GroupRole.Owner]: { code: ErrorCode.NeedsOwner, who: "the group's owner" },
};

/**
 * Who acts on a group. `userId` is null when an app admin token acts as the group's admin through
 * the `group_id` header; `member` is the acting user's membership (null for outsiders and the app).
 */
export interface GroupActor {
  group: GroupEntity;
  userId: number | null;
  role: GroupRole | null;
  member: GroupMemberEntity | null;
}

/** True when `actor` may act on a member holding `target`: only a strictly higher role may (owner over admins, admins over members). */
export function outranks(actor: GroupRole | null, target: GroupRole): boolean {
  return actor !== null && actor > target;
}

/** The one place group permissions are decided: resolves the caller's role in the group and refuses what the table does not allow. */
@Injectable()
export class GroupAccessService {
  constructor(private readonly groups: GroupRepository) {}

  /** Refuses with 20001 for a missing or destroyed group, 10010 for a `group_id` header naming another group, 20011–20013 for a too-low role. */
  async authorize(caller: CallerContext, groupId: number, permission: GroupPermission): Promise<GroupActor> {
    const group = await this.groups.findGroup(caller.appId, groupId);
    if (!group) throw ApiError.groupNotFound(groupId);
    const actor = await this.actorIn(caller, group);
    this.assertAllowed(actor, permission);
    return actor;
  }

  /** Whether the table lets this actor do it; for rules that branch on a permission rather than refuse. */
  allows(actor: GroupActor, permission: GroupPermission): boolean {
    const needed = requiredRole(permission, actor.group);
    return needed === null || (actor.role !== null && actor.role >= needed);
  }

  /** Re-checks a permission against a group read again (for example under its lock). */
  assertAllowed(actor: GroupActor, permission: GroupPermission): void {
    if (this.allows(actor, permission)) return;
    const needed = requiredRole(permission, actor.group) as GroupRole;
    const refusal = REFUSAL[needed];
    throw new ApiError(refusal.code, `only ${refusal.who} of group ${actor.group.id} may do this`);
  }

  private async actorIn(caller: CallerContext, group: GroupEntity): Promise<GroupActor> {
    if (caller.groupId !== null) {
      if (caller.groupId !== group.id) {
        throw ApiError.noPermission(`the group_id header names group ${caller.groupId}, but this request is about group ${group.id}`);
      }
      return { group, userId: null, role: GroupRole.Admin, member: null };
    }
    const userId = caller.requireUserId();
    const member = await this.groups.findMember(caller.appId, group.id, userId);
    return { group, userId, role: member?.role ?? null, member };
  }
}
