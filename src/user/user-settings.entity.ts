import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum AuthMode {
  Anyone = 0,
  Approval = 1,
  Answer = 2,
  RefuseAll = 3,
}

/** One row per user, created with the user; the fields are those of MaxIM's UserSettings. */
@Entity('user_settings')
export class UserSettingsEntity {
  @PrimaryColumn({ name: 'user_id', type: 'bigint' })
  userId!: number;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @Column({ name: 'auth_mode', type: 'smallint', default: AuthMode.Anyone })
  authMode!: AuthMode;

  @Column({ name: 'auth_question', type: 'text', nullable: true })
  authQuestion!: string | null;

  @Column({ name: 'auth_answer', type: 'text', nullable: true })
  authAnswer!: string | null;

  @Column({ name: 'auto_download', type: 'boolean', default: true })
  autoDownload!: boolean;

  @Column({ name: 'group_confirm', type: 'boolean', default: false })
  groupConfirm!: boolean;

  @Column({ name: 'no_push', type: 'boolean', default: false })
  noPush!: boolean;

  @Column({ name: 'no_push_detail', type: 'boolean', default: false })
  noPushDetail!: boolean;

  @Column({ name: 'no_push_start_hour', type: 'smallint', nullable: true })
  noPushStartHour!: number | null;

  @Column({ name: 'no_push_end_hour', type: 'smallint', nullable: true })
  noPushEndHour!: number | null;

  @Column({ name: 'no_sounds', type: 'boolean', default: false })
  noSounds!: boolean;

  @Column({ type: 'boolean', default: true })
  vibratory!: boolean;

  @Column({ name: 'push_nick_name', type: 'text', nullable: true })
  pushNickName!: string | null;

  @Column({ name: 'silence_start_time', type: 'smallint', nullable: true })
  silenceStartTime!: number | null;

  @Column({ name: 'silence_end_time', type: 'smallint', nullable: true })
  silenceEndTime!: number | null;

  /** Our privacy switches (not in MaxIM's UserSettings): see the user module README. */
  @Column({ name: 'mobile_searchable', type: 'boolean', default: true })
  mobileSearchable!: boolean;

  @Column({ name: 'username_searchable', type: 'boolean', default: true })
  usernameSearchable!: boolean;

  @Column({ name: 'poke_allowed', type: 'boolean', default: true })
  pokeAllowed!: boolean;
}

/** The fields a user may change; the user and app a row belongs to never change. */
export type UserSettingsPatch = Partial<Omit<UserSettingsEntity, 'userId' | 'appId'>>;
