import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { Clock } from '../common/clock';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { GROUP_GRID_DECIMALS, snapToGrid } from '../common/location';
import { NoticeRepository } from '../notice/notice.repository';
import { NoticeService } from '../notice/notice.service';
import { GroupNoticeType, NoticeNamespace, StoredNotice } from '../notice/notice.types';
import { GroupAccessService, GroupActor, GroupPermission } from './group-access.service';
import {
  GroupBooleanSetting,
  GroupBriefDto,
  GroupInfoField,
  GroupInfoResponseDto,
  GroupSetLocationDto,
  mapGroupBrief,
  mapGroupInfo,
  mapGroupLocation,
} from './group-info.dto';
import { GroupInfoChanges, GroupInfoRepository } from './group-info.repository';
import { distinctIds } from './group.dto';
import { ApplyApproval, GroupType } from './group.entity';
import { GroupRepository, GroupTransaction } from './group.repository';

/** A change to one group in progress: the locked group, who acts (as of the lock), and how to tell the group. */
export interface GroupChange {
  readonly tx: GroupTransaction;
  readonly actor: GroupActor;
  /**
   * Stores a notice in the change's transaction; it is announced once the change commits.
   * `content` is sent as JSON; `affected` users get it even when they are not in the usual audience.
   */
  notify(type: GroupNoticeType, content: object, affected?: number[]): Promise<void>;
}

const SETTING_COLUMNS: Record<GroupBooleanSetting, keyof GroupInfoChanges> = {
  member_invite: 'memberInvite',
  member_modify: 'memberModify',
  read_ack: 'readAck',
  history_visible: 'historyVisible',
  hide_member_info: 'hideMemberInfo',
};

/** Refusals that make POST /group/info/batch leave a group out instead of failing the whole batch. */
const NOT_VIEWABLE = new Set([ErrorCode.GroupNotFound, ErrorCode.NeedsMember, ErrorCode.NoPermission]);

/**
 * A group's info and settings, read and changed. Also runs the changes of announcements and
 * shared files (`change`), so every write of this area checks its permission under the group's
 * lock and tells the group the same way.
 */
@Injectable()
export class GroupInfoService {
  constructor(
    private readonly access: GroupAccessService,
    private readonly groups: GroupRepository,
    private readonly info: GroupInfoRepository,
    private readonly noticeStore: NoticeRepository,
    private readonly notices: NoticeService,
    private readonly clock: Clock,
  ) {}

  /** The group with its settings and the caller's own message modes. */
  async groupInfo(caller: CallerContext, groupId: number): Promise<GroupInfoResponseDto> {
    const actor = await this.access.authorize(caller, groupId, GroupPermission.ViewGroup);
    return mapGroupInfo(actor.group, actor.member);
  }

  /** The groups among `groupIds` the caller may view, in the order asked; the others are left out. */
  async groupInfoBatch(caller: CallerContext, groupIds: number[]): Promise<GroupBriefDto[]> {
    // An admin token acting as nobody could view no group: say so instead of answering an empty list.
    if (caller.groupId === null) caller.requireUserId();
    const actors = await Promise.all(distinctIds(groupIds).map((groupId) => this.viewer(caller, groupId)));
    return actors.filter((actor): actor is GroupActor => actor !== null).map((actor) => mapGroupBrief(actor.group, actor.member));
  }

  /** Sets name, avatar, description or ext; "" clears all but the name. Setting the current value changes nothing. */
  setInfo(caller: CallerContext, groupId: number, field: GroupInfoField, value: string): Promise<boolean> {
    const stored = field !== 'name' && value === '' ? null : value;
    return this.change(caller, groupId, GroupPermission.ModifyInfo, async ({ tx, notify }) => {
      if (tx.group[field] === stored) return true;
      await this.info.update(tx, { [field]: stored }, this.clock.now());
      await notify(GroupNoticeType.InfoUpdated, { [field]: stored });
      return true;
    });
  }

  /**
   * Sets (or with null clears) where the group meets, kept to 4 decimals; ModifyInfo, as for the
   * name. Members hear INFO_UPDATED with `{location}`; setting the same place changes nothing.
   */
  setLocation(caller: CallerContext, groupId: number, location: GroupSetLocationDto | null): Promise<boolean> {
    const changes: GroupInfoChanges = location
      ? {
          latitude: snapToGrid(location.latitude, GROUP_GRID_DECIMALS),
          longitude: snapToGrid(location.longitude, GROUP_GRID_DECIMALS),
          address: location.address || null,
        }
      : { latitude: null, longitude: null, address: null };
    return this.change(caller, groupId, GroupPermission.ModifyInfo, async ({ tx, notify }) => {
      const unchanged = (Object.keys(changes) as (keyof GroupInfoChanges)[]).every((field) => tx.group[field] === changes[field]);
      if (unchanged) return true;
      await this.info.update(tx, changes, this.clock.now());
      await notify(GroupNoticeType.InfoUpdated, { location: mapGroupLocation(tx.group) });
      return true;
    });
  }

  /** Sets one boolean setting; setting its current value changes nothing. */
  setSetting(caller: CallerContext, groupId: number, setting: GroupBooleanSetting, value: boolean): Promise<boolean> {
    const column = SETTING_COLUMNS[setting];
    return this.change(caller, groupId, GroupPermission.ModifySettings, async ({ tx, notify }) => {
      if (tx.group[column] === value) return true;
      await this.info.update(tx, { [column]: value }, this.clock.now());
      await notify(GroupNoticeType.InfoUpdated, { [setting]: value });
      return true;
    });
  }

  setApplyApproval(caller: CallerContext, groupId: number, value: ApplyApproval): Promise<boolean> {
    return this.change(caller, groupId, GroupPermission.ModifySettings, async ({ tx, notify }) => {
      if (tx.group.applyApproval === value) return true;
      await this.info.update(tx, { applyApproval: value }, this.clock.now());
      await notify(GroupNoticeType.InfoUpdated, { apply_approval: value });
      return true;
    });
  }

  /**
   * Runs `work` as a change of the group: authorizes `permission`, takes the group's lock, checks
   * the permission again against the group and the caller's role read under the lock, and after
   * commit announces the notices `work` stored. 20001 when the group is gone meanwhile.
   */
  async change<T>(caller: CallerContext, groupId: number, permission: GroupPermission, work: (change: GroupChange) => Promise<T>): Promise<T> {
    const actor = await this.access.authorize(caller, groupId, permission);
    const stored: StoredNotice[] = [];
    const outcome = await this.groups.inLockedGroup(caller.appId, groupId, async (tx) => {
      const current: GroupActor = await this.actorUnderLock(actor, tx);
      this.access.assertAllowed(current, permission);
      const notify = async (type: GroupNoticeType, content: object, affected: number[] = []) => {
        stored.push(...(await this.store(tx, current, type, content, affected)));
      };
      return { value: await work({ tx, actor: current, notify }) };
    });
    if (!outcome) throw ApiError.groupNotFound(groupId);
    this.notices.announce(stored);
    return outcome.value;
  }

  private async viewer(caller: CallerContext, groupId: number): Promise<GroupActor | null> {
    try {
      return await this.access.authorize(caller, groupId, GroupPermission.ViewGroup);
    } catch (error) {
      if (error instanceof ApiError && NOT_VIEWABLE.has(error.code)) return null;
      throw error;
    }
  }

  private async actorUnderLock(actor: GroupActor, tx: GroupTransaction): Promise<GroupActor> {
    if (actor.userId === null) return { ...actor, group: tx.group };
    const member = await this.info.memberUnderLock(tx, actor.userId);
    return { group: tx.group, userId: actor.userId, role: member?.role ?? null, member };
  }

  /**
   * Stores a notice for the acting user, the affected users and the group: every member of a group,
   * only the owner and admins of a chatroom, where one row per member (up to 100,000) per change
   * would cost more than the news is worth; chatroom members read the change with GET /group/info.
   */
  private async store(tx: GroupTransaction, actor: GroupActor, type: GroupNoticeType, content: object, affected: number[]): Promise<StoredNotice[]> {
    const audience = tx.group.type === GroupType.Chatroom ? await this.groups.staffIds(tx) : await this.groups.memberIds(tx);
    const recipients = distinctIds([...(actor.userId === null ? [] : [actor.userId]), ...affected, ...audience]);
    const notice = {
      namespace: NoticeNamespace.Group,
      type,
      fromId: actor.userId,
      toIds: affected,
      groupId: tx.group.id,
      content: JSON.stringify(content),
    };
    return this.noticeStore.insert(tx.group.appId, notice, recipients, tx.manager);
  }
}
