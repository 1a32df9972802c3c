import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A roster row's state; a deleted friendship keeps its rows so both sides see relation 1. */
export enum RosterItemStatus {
  Friend = 0,
  Deleted = 1,
}

/** As stored. "Expired" is not stored: it is a pending request whose expires_at has passed (see RosterService). */
export enum StoredApplicationStatus {
  Pending = 0,
  Accepted = 1,
  Declined = 2,
}

/** One side of a friendship: what `userId` keeps about `rosterId`, private to `userId`. */
@Entity('roster_items')
export class RosterItemEntity {
  @PrimaryColumn({ name: 'user_id', type: 'bigint' })
  userId!: number;

  @PrimaryColumn({ name: 'roster_id', type: 'bigint' })
  rosterId!: number;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @Column({ type: 'smallint', default: RosterItemStatus.Friend })
  status!: RosterItemStatus;

  @Column({ type: 'text', nullable: true })
  alias!: string | null;

  @Column({ type: 'text', nullable: true })
  ext!: string | null;

  @Column({ name: 'mute_notification', type: 'boolean', default: false })
  muteNotification!: boolean;

  /** Our extension: the user starred this contact (private to the user). */
  @Column({ type: 'boolean', default: false })
  starred!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** `userId` blocks `blockedId`: no friend requests and no messages from `blockedId` to `userId`. */
@Entity('roster_blocks')
export class RosterBlockEntity {
  @PrimaryColumn({ name: 'user_id', type: 'bigint' })
  userId!: number;

  @PrimaryColumn({ name: 'blocked_id', type: 'bigint' })
  blockedId!: number;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The one friend request from `applicantId` to `targetId`; applying again refreshes it. */
@Entity('roster_applications')
export class RosterApplicationEntity {
  @PrimaryColumn({ name: 'applicant_id', type: 'bigint' })
  applicantId!: number;

  @PrimaryColumn({ name: 'target_id', type: 'bigint' })
  targetId!: number;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The name the applicant gives the target, put on the applicant's roster row when accepted. */
  @Column({ type: 'text', nullable: true })
  alias!: string | null;

  @Column({ type: 'smallint', default: StoredApplicationStatus.Pending })
  status!: StoredApplicationStatus;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: string | null;

  /** Set from Clock, not the database clock, so tests can move time. */
  @Column({ name: 'applied_at', type: 'timestamptz' })
  appliedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'handled_at', type: 'timestamptz', nullable: true })
  handledAt!: Date | null;
}
