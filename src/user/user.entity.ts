import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum UserStatus {
  Normal = 0,
  Disabled = 1,
}

@Entity('users')
export class UserEntity {
  /** From the users_id_seq sequence: unique across apps, below 2^53. */
  @PrimaryColumn({ type: 'bigint', default: () => "nextval('users_id_seq')" })
  id!: number;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @Column({ type: 'text' })
  username!: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'text', nullable: true })
  mobile!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'nick_name', type: 'text', nullable: true })
  nickName!: string | null;

  @Column({ type: 'text', nullable: true })
  avatar!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'public_info', type: 'text', nullable: true })
  publicInfo!: string | null;

  @Column({ name: 'private_info', type: 'text', nullable: true })
  privateInfo!: string | null;

  @Column({ type: 'smallint', default: UserStatus.Normal })
  status!: UserStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
