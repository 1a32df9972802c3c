import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { Clock } from '../common/clock';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { GroupNoticeType } from '../notice/notice.types';
import { GroupAccessService, GroupPermission } from './group-access.service';
import { GroupAnnouncementDto, GroupAnnouncementEditDto, mapAnnouncement } from './group-announcement.dto';
import { GroupAnnouncementRepository } from './group-announcement.repository';
import { GroupInfoService } from './group-info.service';

function announcementNotFound(groupId: number, announcementId: number): ApiError {
  return new ApiError(ErrorCode.AnnouncementNotFound, `announcement ${announcementId} does not exist in group ${groupId}`);
}

/** Group announcements: the staff publish and delete them, whoever may view the group reads them. */
@Injectable()
export class GroupAnnouncementService {
  constructor(
    private readonly access: GroupAccessService,
    private readonly info: GroupInfoService,
    private readonly announcements: GroupAnnouncementRepository,
    private readonly clock: Clock,
  ) {}

  /** Publishes a new announcement; MaxIM's request names none to update, so earlier ones stay in the list. */
  edit(caller: CallerContext, body: GroupAnnouncementEditDto): Promise<GroupAnnouncementDto> {
    return this.info.change(caller, body.group_id, GroupPermission.ManageAnnouncements, async ({ tx, actor, notify }) => {
      const announcement = await this.announcements.insert(tx, actor.userId, body.title, body.content, this.clock.now());
      await notify(GroupNoticeType.AnnouncementUpdated, { announcement_id: announcement.id, title: announcement.title });
      return mapAnnouncement(announcement);
    });
  }

  delete(caller: CallerContext, groupId: number, announcementId: number): Promise<boolean> {
    return this.info.change(caller, groupId, GroupPermission.ManageAnnouncements, async ({ tx, notify }) => {
      if (!(await this.announcements.delete(tx, announcementId))) throw announcementNotFound(groupId, announcementId);
      await notify(GroupNoticeType.AnnouncementUpdated, { announcement_id: announcementId, deleted: true });
      return true;
    });
  }

  async get(caller: CallerContext, groupId: number, announcementId: number): Promise<GroupAnnouncementDto> {
    await this.access.authorize(caller, groupId, GroupPermission.ViewGroup);
    const announcement = await this.announcements.find(caller.appId, groupId, announcementId);
    if (!announcement) throw announcementNotFound(groupId, announcementId);
    return mapAnnouncement(announcement);
  }

  /** The newest announcement, or null when the group has none. */
  async last(caller: CallerContext, groupId: number): Promise<GroupAnnouncementDto | null> {
    await this.access.authorize(caller, groupId, GroupPermission.ViewGroup);
    const announcement = await this.announcements.latest(caller.appId, groupId);
    return announcement ? mapAnnouncement(announcement) : null;
  }

  async list(caller: CallerContext, groupId: number): Promise<GroupAnnouncementDto[]> {
    await this.access.authorize(caller, groupId, GroupPermission.ViewGroup);
    return (await this.announcements.list(caller.appId, groupId)).map(mapAnnouncement);
  }
}
