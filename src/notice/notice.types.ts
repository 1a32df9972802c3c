/** `Meta.NameSpace` of the realtime protocol (maxim-xsync.proto): which message a stored notice becomes. */
export enum NoticeNamespace {
  Group = 2,
  Roster = 3,
  User = 4,
}

/** `RosterNotice.Type` of maxim-xsync.proto. */
export enum RosterNoticeType {
  Added = 1,
  Removed = 2,
  Accepted = 3,
  Declined = 4,
  Blocked = 5,
  Unblocked = 6,
  Applied = 7,
  InfoUpdated = 8,
  Muted = 9,
  Unmuted = 10,
}

/** `GroupNotice.Type` of maxim-xsync.proto. */
export enum GroupNoticeType {
  Presence = 1,
  Absence = 2,
  Created = 3,
  Destroyed = 4,
  Joined = 5,
  Left = 6,
  Applied = 7,
  ApplyAccepted = 8,
  ApplyDeclined = 9,
  Invited = 10,
  InviteAccepted = 11,
  InviteDeclined = 12,
  Kicked = 13,
  Blocked = 14,
  Unblocked = 15,
  OwnerAssigned = 16,
  AdminGranted = 17,
  AdminRevoked = 18,
  Muted = 19,
  Unmuted = 20,
  Banned = 21,
  Unbanned = 22,
  InfoUpdated = 23,
  AnnouncementUpdated = 24,
  MessageSetting = 25,
  FileUploaded = 26,
  FileDeleted = 27,
  FileUpdated = 28,
}

/** `UserNotice.Type` of maxim-xsync.proto. */
export enum UserNoticeType {
  PasswordChanged = 1,
  Frozen = 2,
  Removed = 3,
  KickBySameDevice = 4,
  KickedByOtherDevice = 5,
  InfoUpdated = 6,
  DeviceLogin = 7,
  DeviceLogout = 8,
  DeviceAdded = 9,
  DeviceRemoved = 10,
}

/**
 * A change some users must hear about. `type` is the namespace's notice type; `fromId`, `toIds`,
 * `groupId` and `content` fill the protocol message's fields of the same names.
 */
export interface Notice {
  namespace: NoticeNamespace;
  type: number;
  fromId: number | null;
  toIds: number[];
  groupId?: number | null;
  content?: string | null;
}

/** A notice as stored for one recipient; `id` orders one recipient's notices and is its sync position. */
export interface StoredNotice extends Required<Notice> {
  id: number;
  appId: string;
  recipientId: number;
  createdAt: Date;
}

/** Who must be told: the recipients of each stored notice, by app. */
export interface NoticesStored {
  appId: string;
  recipientIds: number[];
}
