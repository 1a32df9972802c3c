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

/** A group message's audience as MessageService read it: roles and delivery modes. */
type GroupAudience = { userId: number; msgMuteMode: number; msgPushMode: number; role: number }[];

interface PendingHandOff {
  message: StoredMessage;
  recipientUserIds: number[];
  senderIsAppAdmin: boolean;
  groupMembers?: GroupAudience;
  settle(outcome: PromiseSettledResult<OfflineMessagePush | null>): void;
}

/** Most messages decided and enqueued together. */
const MAX_BATCH = 500;

/**
 * Hands a stored message to the push pipeline for its recipients with no live session
 * (PresenceService). Recipients who would get nothing are left out here so no empty job is queued:
 * no_push or inside their no-push hours, group members muting the group (msg_mute_mode 1 or 2) or
 * whose msg_push_mode refuses it. The push job applies the same rules again when it runs (a
 * setting may change in between) and renders no_push_detail, push nicknames and silence hours.
 *
 * Hand-offs are coalesced: while one batch is being decided and enqueued, the messages stored
 * meanwhile wait and then go together — one presence read and one preferences read per app, and
 * one queue round trip, for the whole batch (src/message/README.md "Speed of a send").
 */
@Injectable()
export class OfflinePushHandOff {
  private pending: PendingHandOff[] = [];
  private flushing = false;

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
  handOff(message: StoredMessage, recipientUserIds: number[], senderIsAppAdmin: boolean, groupMembers?: GroupAudience): Promise<OfflineMessagePush | null> {
    return new Promise((resolve, reject) => {
      this.pending.push({
        message,
        recipientUserIds,
        senderIsAppAdmin,
        groupMembers,
        settle: (outcome) => (outcome.status === 'fulfilled' ? resolve(outcome.value) : reject(outcome.reason)),
      });
      if (!this.flushing) {
        this.flushing = true;
        // The batch starts on the next turn, so the sends completing in this one join it.
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, MAX_BATCH);
      const outcomes = await this.decideAll(batch);
      const pushes = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' && outcome.value ? [outcome.value] : []));
      let enqueued: PromiseSettledResult<void> = { status: 'fulfilled', value: undefined };
      try {
        await this.producer.enqueueOfflineMessages(pushes);
      } catch (error) {
        enqueued = { status: 'rejected', reason: error };
      }
      // A message with a push shares the enqueue's fate; one without never needed the queue.
      batch.forEach((one, index) => {
        const outcome = outcomes[index];
        const hadPush = outcome.status === 'fulfilled' && outcome.value !== null;
        one.settle(hadPush && enqueued.status === 'rejected' ? enqueued : outcome);
      });
    }
    this.flushing = false;
  }

  /** Each message's push (or null), reading presence and push preferences once per app for the whole batch. */
  private async decideAll(batch: PendingHandOff[]): Promise<PromiseSettledResult<OfflineMessagePush | null>[]> {
    const now = this.clock.now();
    const byApp = new Map<string, PendingHandOff[]>();
    for (const one of batch) {
      const items = byApp.get(one.message.appId);
      if (items) items.push(one);
      else byApp.set(one.message.appId, [one]);
    }
    const decided = new Map<PendingHandOff, PromiseSettledResult<OfflineMessagePush | null>>();
    await Promise.all(
      [...byApp].map(async ([appId, items]) => {
        try {
          const everyone = [...new Set(items.flatMap((one) => one.recipientUserIds))];
          const online = new Set(await this.presence.onlineUserIds(appId, everyone));
          const offline = everyone.filter((userId) => !online.has(userId));
          const preferences = await this.settings.pushPreferencesOf(appId, offline);
          const wanting = new Set(offline.filter((userId) => {
            const wanted = preferences.get(userId);
            return wanted !== undefined && !refusesPush(wanted, now);
          }));
          const outcomes = await Promise.allSettled(items.map((one) => this.decide(one, wanting)));
          items.forEach((one, index) => decided.set(one, outcomes[index]));
        } catch (error) {
          for (const one of items) decided.set(one, { status: 'rejected', reason: error });
        }
      }),
    );
    return batch.map((one) => decided.get(one)!);
  }

  /** One message's push to those of its recipients in `wanting` (offline and accepting pushes now), after the group's modes. */
  private async decide(one: PendingHandOff, wanting: Set<number>): Promise<OfflineMessagePush | null> {
    const { message, recipientUserIds, groupMembers } = one;
    let offline = recipientUserIds.filter((userId) => wanting.has(userId));
    if (offline.length === 0) return null;
    let mentioned: number[] = [];
    let fromAdmin = one.senderIsAppAdmin;
    if (message.chatType === 2) {
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
