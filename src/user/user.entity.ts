import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum UserStatus {
  Normal = 0,
  Disabled = 1,
}

export const GENDERS = ['male', 'female', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

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

  /** Extended profile (our extension): see the user module README. */
  @Column({ type: 'text', nullable: true })
  gender!: Gender | null;

  /** A calendar date, read back as 'YYYY-MM-DD'. */
  @Column({ type: 'date', nullable: true })
  birthday!: string | null;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ type: 'smallint', default: UserStatus.Normal })
  status!: UserStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
