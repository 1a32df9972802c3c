import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A third-party account (WeChat, Apple, …) bound to a user: one open id per type and app, one per user and type. */
@Entity('user_open_ids')
export class UserOpenIdEntity {
  @PrimaryColumn({ name: 'app_id', type: 'text' })
  appId!: string;

  @PrimaryColumn({ type: 'text' })
  type!: string;

  @PrimaryColumn({ name: 'open_id', type: 'text' })
  openId!: string;

  @Column({ name: 'user_id', type: 'bigint' })
  userId!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
