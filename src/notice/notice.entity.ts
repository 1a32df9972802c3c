import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NoticeNamespace } from './notice.types';

/** One notice for one recipient: the user's notice stream that its devices sync from. */
@Entity('notices')
export class NoticeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: number;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @Column({ name: 'recipient_id', type: 'bigint' })
  recipientId!: number;

  @Column({ type: 'smallint' })
  namespace!: NoticeNamespace;

  @Column({ type: 'smallint' })
  type!: number;

  @Column({ name: 'from_id', type: 'bigint', nullable: true })
  fromId!: number | null;

  @Column({ name: 'to_ids', type: 'bigint', array: true })
  toIds!: number[];

  @Column({ name: 'group_id', type: 'bigint', nullable: true })
  groupId!: number | null;

  @Column({ type: 'text', nullable: true })
  content!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
