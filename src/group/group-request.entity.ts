import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Status of a join application or an invitation; "expired" is derived from `expires_at`. */
export enum GroupRequestStatus {
  Pending = 0,
  Accepted = 1,
  Declined = 2,
}

/** A user's application to join a group; one row per (group, user), refreshed by a new application. */
@Entity('group_applications')
export class GroupApplicationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: number;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @Column({ name: 'group_id', type: 'bigint' })
  groupId!: number;

  @Column({ name: 'user_id', type: 'bigint' })
  userId!: number;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'smallint', default: GroupRequestStatus.Pending })
  status!: GroupRequestStatus;

  @Column({ name: 'handled_by', type: 'bigint', nullable: true })
  handledBy!: number | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** An invitation of a user into a group, answered by the invitee; one row per (group, invitee). */
@Entity('group_invitations')
export class GroupInvitationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: number;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @Column({ name: 'group_id', type: 'bigint' })
  groupId!: number;

  @Column({ name: 'inviter_id', type: 'bigint' })
  inviterId!: number;

  @Column({ name: 'invitee_id', type: 'bigint' })
  inviteeId!: number;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'smallint', default: GroupRequestStatus.Pending })
  status!: GroupRequestStatus;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
