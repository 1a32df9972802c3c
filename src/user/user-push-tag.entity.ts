import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A push tag of a user; the push pipeline finds an app's users by tag. */
@Entity('user_push_tags')
export class UserPushTagEntity {
  @PrimaryColumn({ name: 'user_id', type: 'bigint' })
  userId!: number;

  @PrimaryColumn({ type: 'text' })
  tag!: string;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
