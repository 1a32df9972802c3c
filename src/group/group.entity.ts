import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum GroupType {
  Private = 0,
  Public = 1,
  Chatroom = 2,
}

export enum GroupStatus {
  Normal = 0,
  Destroyed = 1,
}

export enum ApplyApproval {
  AcceptAll = 0,
  AdminApproval = 1,
  RefuseAll = 2,
}

/** A group with its settings; members, moderation and records live in their own tables. */
@Entity('groups')
export class GroupEntity {
  @PrimaryColumn({ type: 'bigint', default: () => "nextval('groups_id_seq')" })
  id!: number;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'owner_id', type: 'bigint' })
  ownerId!: number;

  @Column({ type: 'smallint', default: GroupType.Private })
  type!: GroupType;

  @Column({ type: 'smallint', default: GroupStatus.Normal })
  status!: GroupStatus;

  @Column({ type: 'text', nullable: true })
  avatar!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  ext!: string | null;

  @Column({ type: 'integer', default: 2000 })
  capacity!: number;

  @Column({ name: 'member_count', type: 'integer', default: 0 })
  memberCount!: number;

  @Column({ name: 'member_invite', type: 'boolean', default: true })
  memberInvite!: boolean;

  @Column({ name: 'member_modify', type: 'boolean', default: false })
  memberModify!: boolean;

  @Column({ name: 'read_ack', type: 'boolean', default: false })
  readAck!: boolean;

  @Column({ name: 'history_visible', type: 'boolean', default: false })
  historyVisible!: boolean;

  @Column({ name: 'hide_member_info', type: 'boolean', default: false })
  hideMemberInfo!: boolean;

  @Column({ name: 'apply_approval', type: 'smallint', default: ApplyApproval.AdminApproval })
  applyApproval!: ApplyApproval;

  /** Ban-all end in epoch seconds: 0 (or past) none, -1 forever. */
  @Column({ name: 'ban_expire_time', type: 'bigint', default: 0 })
  banExpireTime!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Where the group meets (our extension, set by its admins): both coordinates or neither. */
  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
