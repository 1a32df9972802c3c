import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A user the group's admins blocked: removed, and unable to rejoin, apply or be invited. */
@Entity('group_blocks')
export class GroupBlockEntity {
  @PrimaryColumn({ name: 'group_id', type: 'bigint' })
  groupId!: number;

  @PrimaryColumn({ name: 'user_id', type: 'bigint' })
  userId!: number;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @Column({ name: 'blocked_by', type: 'bigint', nullable: true })
  blockedBy!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
