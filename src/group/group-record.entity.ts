import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('group_announcements')
export class GroupAnnouncementEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: number;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @Column({ name: 'group_id', type: 'bigint' })
  groupId!: number;

  @Column({ name: 'author_id', type: 'bigint', nullable: true })
  authorId!: number | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  content!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A shared file's record; its bytes are the file module's. */
@Entity('group_files')
export class GroupFileEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: number;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @Column({ name: 'group_id', type: 'bigint' })
  groupId!: number;

  @Column({ name: 'uploader_id', type: 'bigint', nullable: true })
  uploaderId!: number | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'bigint' })
  size!: number;

  @Column({ type: 'text', nullable: true })
  type!: string | null;

  @Column({ type: 'text' })
  url!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
