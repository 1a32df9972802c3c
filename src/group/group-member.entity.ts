import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum GroupRole {
  Member = 0,
  Admin = 1,
  Owner = 2,
}

/** 0 none; 1 mute local notifications; 2 do not receive. */
export enum MsgMuteMode {
  None = 0,
  MuteNotification = 1,
  DoNotReceive = 2,
}

/** 0 all; 1 none; 2 admin and @ messages; 3 admin only; 4 @ only. */
export enum MsgPushMode {
  All = 0,
  None = 1,
  AdminAndMention = 2,
  AdminOnly = 3,
  MentionOnly = 4,
}

@Entity('group_members')
export class GroupMemberEntity {
  @PrimaryColumn({ name: 'group_id', type: 'bigint' })
  groupId!: number;

  @PrimaryColumn({ name: 'user_id', type: 'bigint' })
  userId!: number;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @Column({ type: 'smallint', default: GroupRole.Member })
  role!: GroupRole;

  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName!: string | null;

  @Column({ name: 'join_time', type: 'timestamptz', default: () => 'now()' })
  joinTime!: Date;

  @Column({ name: 'msg_mute_mode', type: 'smallint', default: MsgMuteMode.None })
  msgMuteMode!: MsgMuteMode;

  @Column({ name: 'msg_push_mode', type: 'smallint', default: MsgPushMode.All })
  msgPushMode!: MsgPushMode;

  /** The member may not send until then (a ban); null when not banned. */
  @Column({ name: 'banned_until', type: 'timestamptz', nullable: true })
  bannedUntil!: Date | null;
}
