import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { ApiError } from '../common/errors/error-codes';
import { NoticeService } from '../notice/notice.service';
import { mapUserPrivacy, mapUserSettings, UserPrivacyDto, UserPrivacyUpdateDto, UserSettingsResponseDto, UserSettingsUpdateDto } from './user-settings.dto';
import { AuthMode, UserSettingsPatch } from './user-settings.entity';
import { FriendPolicyRow, PushPreferencesRow, UserSettingsRepository } from './user-settings.repository';

/** How a user takes friend requests; the roster module decides applications with it. */
export type FriendPolicy = FriendPolicyRow;

/** What the push pipeline needs to know about one receiver. Hours are 0-23, null when unset. */
export type PushPreferences = Omit<PushPreferencesRow, 'userId'>;

type ChangeableField = Exclude<keyof UserSettingsUpdateDto, 'id' | 'user_id' | 'push_token'>;

const PATCH_FIELDS: Record<ChangeableField, keyof UserSettingsPatch> = {
  auth_mode: 'authMode',
  auth_question: 'authQuestion',
  auth_answer: 'authAnswer',
  auto_download: 'autoDownload',
  group_confirm: 'groupConfirm',
  no_push: 'noPush',
  no_push_detail: 'noPushDetail',
  no_push_start_hour: 'noPushStartHour',
  no_push_end_hour: 'noPushEndHour',
  no_sounds: 'noSounds',
  vibratory: 'vibratory',
  push_nick_name: 'pushNickName',
  silence_start_time: 'silenceStartTime',
  silence_end_time: 'silenceEndTime',
};

const PRIVACY_FIELDS: Record<keyof UserPrivacyUpdateDto, keyof UserSettingsPatch> = {
  mobile_searchable: 'mobileSearchable',
  username_searchable: 'usernameSearchable',
  poke_allowed: 'pokeAllowed',
};

// The pipe reports any null as "is required", which would mislead for an optional field: these
// columns have no "unset" state, so the service says what to send instead.
const NOT_NULL_MESSAGES: Partial<Record<ChangeableField, string>> = {
  auth_mode: 'auth_mode: must be 0, 1, 2 or 3, not null',
  auto_download: 'auto_download: must be true or false, not null',
  group_confirm: 'group_confirm: must be true or false, not null',
  no_push: 'no_push: must be true or false, not null',
  no_push_detail: 'no_push_detail: must be true or false, not null',
  no_sounds: 'no_sounds: must be true or false, not null',
  vibratory: 'vibratory: must be true or false, not null',
};

function toPatch(body: UserSettingsUpdateDto): UserSettingsPatch {
  const patch: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(PATCH_FIELDS) as [ChangeableField, keyof UserSettingsPatch][]) {
    const value = body[field];
    if (value === undefined) continue;
    const notNull = NOT_NULL_MESSAGES[field];
    if (value === null && notNull) throw ApiError.badParameter(notNull);
    patch[column] = value;
  }
  return patch as UserSettingsPatch;
}

@Injectable()
export class UserSettingsService {
  constructor(
    private readonly repository: UserSettingsRepository,
    private readonly notices: NoticeService,
  ) {}

  async get(caller: CallerContext): Promise<UserSettingsResponseDto> {
    const userId = caller.requireUserId();
    const settings = await this.repository.find(caller.appId, userId);
    if (!settings) throw ApiError.userNotFound(userId);
    return mapUserSettings(settings, await this.callerPushToken(caller, userId));
  }

  /**
   * Partial update from a UserSettings object. `id`/`user_id` and `push_token` may come back as
   * the SDKs read them, but cannot name another user or change the device's push token.
   */
  async update(caller: CallerContext, body: UserSettingsUpdateDto): Promise<boolean> {
    const userId = caller.requireUserId();
    for (const field of ['id', 'user_id'] as const) {
      const sent = body[field];
      if (sent !== undefined && sent !== null && sent !== userId) {
        throw ApiError.noPermission(
          `${field}: these are the settings of user ${userId}, not ${sent}; an admin token changes another user's settings with the user_id header`,
        );
      }
    }
    if (body.push_token !== undefined && body.push_token !== null && body.push_token !== (await this.callerPushToken(caller, userId))) {
      throw ApiError.badParameter("push_token: is read-only (each device receives its own at login); leave it out or send it unchanged");
    }
    const patch = toPatch(body);
    if (Object.keys(patch).length === 0) {
      throw ApiError.badParameter(`settings: send at least one setting to change (${Object.keys(PATCH_FIELDS).join(', ')})`);
    }
    await this.apply(caller.appId, userId, patch, (field) => `${field}: is required when auth_mode is 2 (friend requests need the correct answer)`);
    return true;
  }

  /** One setting from a single-field setter (/user/authmode, /user/push, …), named `value` in its query. */
  async set(caller: CallerContext, patch: UserSettingsPatch): Promise<boolean> {
    const userId = caller.requireUserId();
    await this.apply(
      caller.appId,
      userId,
      patch,
      () => 'value: auth_mode 2 needs an auth_question and an auth_answer; set them with POST /user/settings, together with auth_mode 2 if you like',
    );
    return true;
  }

  async getPrivacy(caller: CallerContext): Promise<UserPrivacyDto> {
    const userId = caller.requireUserId();
    const settings = await this.repository.find(caller.appId, userId);
    if (!settings) throw ApiError.userNotFound(userId);
    return mapUserPrivacy(settings);
  }

  /**
   * Changes the privacy switches sent. When one flips, the user's devices get USER_NOTICE
   * INFO_UPDATED (from and to the user), the type SDKs already handle by reloading the user's own
   * information, so the other devices read the new switches back.
   */
  async updatePrivacy(caller: CallerContext, body: UserPrivacyUpdateDto): Promise<boolean> {
    const userId = caller.requireUserId();
    const patch: UserSettingsPatch = {};
    for (const [field, column] of Object.entries(PRIVACY_FIELDS) as [keyof UserPrivacyUpdateDto, keyof UserSettingsPatch][]) {
      const value = body[field];
      if (value === undefined) continue;
      if (value === null) throw ApiError.badParameter(`${field}: must be true or false, not null`);
      Object.assign(patch, { [column]: value });
    }
    if (Object.keys(patch).length === 0) throw ApiError.badParameter(`privacy: send at least one of ${Object.keys(PRIVACY_FIELDS).join(', ')}`);
    let changed = false;
    const found = await this.repository.modify(caller.appId, userId, (current) => {
      changed = (Object.keys(patch) as (keyof UserSettingsPatch)[]).some((field) => current[field] !== patch[field]);
      return patch;
    });
    if (!found) throw ApiError.userNotFound(userId);
    if (changed) {
      await this.notices.publishUserInfoUpdated(caller.appId, userId);
    }
    return true;
  }

  /** The friend-request policy of a user of the app; 10000 when there is no such user. */
  async friendPolicyOf(appId: string, userId: number): Promise<FriendPolicy> {
    const policy = await this.repository.findFriendPolicy(appId, userId);
    if (!policy) throw ApiError.userNotFound(userId);
    return policy;
  }

  /** Push preferences of the app's users among `userIds`; ids of other apps or of nobody are absent. */
  async pushPreferencesOf(appId: string, userIds: number[]): Promise<Map<number, PushPreferences>> {
    const unique = [...new Set(userIds)];
    const rows = unique.length === 0 ? [] : await this.repository.findPushPreferences(appId, unique);
    return new Map(rows.map(({ userId, ...preferences }) => [userId, preferences]));
  }

  private async apply(appId: string, userId: number, patch: UserSettingsPatch, missingForAnswerMode: (field: string) => string): Promise<void> {
    const found = await this.repository.modify(appId, userId, (current) => {
      const next = { ...current, ...patch };
      if (next.authMode === AuthMode.Answer) {
        const missing = !next.authQuestion ? 'auth_question' : !next.authAnswer ? 'auth_answer' : null;
        if (missing) throw ApiError.badParameter(missingForAnswerMode(missing));
      }
      return patch;
    });
    if (!found) throw ApiError.userNotFound(userId);
  }

  private callerPushToken(caller: CallerContext, userId: number): Promise<string | null> {
    return caller.deviceSn === null ? Promise.resolve(null) : this.repository.findDevicePushToken(caller.appId, userId, caller.deviceSn);
  }
}
