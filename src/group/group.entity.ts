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

/** The core of a group; the group module adds members, settings and moderation around it. */
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
