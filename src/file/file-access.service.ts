import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { ApiError } from '../common/errors/error-codes';
import { GroupModerationService } from '../group/group-moderation.service';
import { GroupRepository } from '../group/group.repository';
import { RosterService } from '../roster/roster.service';
import { ConversationType, FileSignClaims } from './file.types';

/**
 * Who may put a file into a conversation and who may read one back. Sending follows the message
 * rules (RosterService.mayMessage for users, GroupModerationService.maySend for groups); reading
 * needs a seat in the conversation: one of the two users, or a member of the group now.
 */
@Injectable()
export class FileAccessService {
  constructor(
    private readonly roster: RosterService,
    private readonly moderation: GroupModerationService,
    private readonly groups: GroupRepository,
  ) {}

  /** Refuses callers who may not send to the conversation; answers the sending user (null: the app as the group's admin). */
  async assertMaySend(caller: CallerContext, toType: ConversationType, toId: number): Promise<number | null> {
    if (caller.groupId !== null) {
      if (toType === ConversationType.Group && toId === caller.groupId) {
        if (!(await this.groups.findGroup(caller.appId, toId))) throw ApiError.groupNotFound(toId);
        return null;
      }
      throw ApiError.noPermission(`the group_id header acts as the admin of group ${caller.groupId}; it may send files to that group only`);
    }
    const userId = caller.requireUserId();
    if (toType === ConversationType.User) {
      if (!(await this.roster.mayMessage(caller.appId, userId, toId))) {
        throw ApiError.noPermission(`user ${userId} may not message user ${toId} (blocked, or this app lets only friends message each other)`);
      }
    } else {
      await this.moderation.assertMaySend(caller.appId, toId, userId);
    }
    return userId;
  }

  /** Refuses callers with no seat in the file's conversation; the app admin token without headers sees every file of its app. */
  async assertMaySee(caller: CallerContext, claims: FileSignClaims): Promise<void> {
    if (caller.isAdmin && caller.userId === null && caller.groupId === null) return;
    if (claims.t === ConversationType.Group) {
      if (caller.groupId !== null) {
        if (caller.groupId === claims.i) return;
      } else if (caller.userId !== null && (await this.groups.findGroup(caller.appId, claims.i)) && (await this.groups.findMember(caller.appId, claims.i, caller.userId))) {
        return;
      }
      throw ApiError.noPermission(`this file belongs to group ${claims.i}; only its members may read it`);
    }
    if (caller.userId !== null && (caller.userId === claims.f || caller.userId === claims.i)) return;
    throw ApiError.noPermission(`this file belongs to the conversation of users ${claims.f} and ${claims.i}; only they may read it`);
  }
}
