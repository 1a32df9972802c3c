import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { GroupRole, MsgMuteMode, MsgPushMode } from '../group/group-member.entity';
import { GroupMemberService } from '../group/group-member.service';
import { GroupRepository } from '../group/group.repository';
import { refusesPush } from '../push/push-render';
import { OfflineMessagePush } from '../push/push.jobs';
import { PushProducer } from '../push/push.producer';
import { PresenceService } from '../user/presence.service';
import { UserSettingsService } from '../user/user-settings.service';
import { StoredMessage } from './message.types';

/** Mentions a group message's `config` carries, as MaxIM's SDKs write them: `{mentionAll, mentionList}`. */
export function mentionsOf(config: string | null, memberIds: number[]): number[] {
  if (!config) return [];
  try {
    const parsed = JSON.parse(config) as { mentionAll?: unknown; mentionList?: unknown };
    if (parsed?.mentionAll === true) return memberIds;
    if (Array.isArray(parsed?.mentionList)) return parsed.mentionList.map(Number).filter((id) => Number.isSafeInteger(id));
  } catch {
    // config is free text for the SDKs; anything that is not the mention shape mentions nobody.
  }
  return [];
}

/** Whether a group member's push mode lets this message through. */
export function pushModeAllows(mode: MsgPushMode, fromAdmin: boolean, mentioned: boolean): boolean {
  switch (mode) {
    case MsgPushMode.All:
      return true;
    case MsgPushMode.None:
      return false;
    case MsgPushMode.AdminAndMention:
      return fromAdmin || mentioned;
    case MsgPushMode.AdminOnly:
      return fromAdmin;
    case MsgPushMode.MentionOnly:
      return mentioned;
  }
}

/**
 * Hands a stored message to the push pipeline for its recipients with no live session
 * (PresenceService). Recipients who would get nothing are left out here so no empty job is queued:
 * no_push or inside their no-push hours, group members muting the group (msg_mute_mode 1 or 2) or
 * whose msg_push_mode refuses it. The push job applies the same rules again when it runs (a
 * setting may change in between) and renders no_push_detail, push nicknames and silence hours.
 */
@Injectable()
export class OfflinePushHandOff {
  constructor(
    private readonly producer: PushProducer,
    private readonly presence: PresenceService,
    private readonly settings: UserSettingsService,
    private readonly groupMembers: GroupMemberService,
    private readonly groups: GroupRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The job it queued, or null when nobody was left to push to. `groupMembers` (a group message's
   * audience as MessageService read it, with roles and delivery modes) saves reading them again.
   */
  async handOff(
    message: StoredMessage,
    recipientUserIds: number[],
    senderIsAppAdmin: boolean,
    groupMembers?: { userId: number; msgMuteMode: number; msgPushMode: number; role: number }[],
  ): Promise<OfflineMessagePush | null> {
    const online = new Set(await this.presence.onlineUserIds(message.appId, recipientUserIds));
    let offline = recipientUserIds.filter((userId) => !online.has(userId));
    if (offline.length === 0) return null;
    const now = this.clock.now();
    const preferences = await this.settings.pushPreferencesOf(message.appId, offline);
    offline = offline.filter((userId) => {
      const wanted = preferences.get(userId);
      return wanted !== undefined && !refusesPush(wanted, now);
    });
    let mentioned: number[] = [];
    let fromAdmin = senderIsAppAdmin;
    if (message.chatType === 2 && offline.length > 0) {
      mentioned = mentionsOf(message.config, recipientUserIds);
      const known = groupMembers ? new Map(groupMembers.map((member) => [member.userId, member])) : null;
      if (!fromAdmin) {
        const sender = known ? (known.get(message.fromUserId) ?? null) : await this.groups.findMember(message.appId, message.toId, message.fromUserId);
        fromAdmin = sender !== null && sender.role >= GroupRole.Admin;
      }
      const modes: Map<number, { msgMuteMode: number; msgPushMode: number }> = known ?? (await this.groupMembers.deliveryModesOf(message.appId, message.toId, offline));
      const mentionedSet = new Set(mentioned);
      offline = offline.filter((userId) => {
        const mode = modes.get(userId);
        return mode !== undefined && mode.msgMuteMode === MsgMuteMode.None && pushModeAllows(mode.msgPushMode, fromAdmin, mentionedSet.has(userId));
      });
    }
    if (offline.length === 0) return null;
    const push: OfflineMessagePush = {
      appId: message.appId,
      messageId: message.msgId,
      fromUserId: message.fromUserId,
      toType: message.chatType,
      toId: message.toId,
      recipients: offline,
      text: message.content,
      contentType: message.contentType,
    };
    if (message.chatType === 2) {
      push.mentionedUserIds = mentioned.filter((userId) => offline.includes(userId));
      push.fromAdmin = fromAdmin;
    }
    const ext = parseExt(message.ext);
    if (ext) push.ext = ext;
    await this.producer.enqueueOfflineMessage(push);
    return push;
  }
}

function parseExt(ext: string | null): Record<string, unknown> | null {
  if (!ext) return null;
  try {
    const parsed: unknown = JSON.parse(ext);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
