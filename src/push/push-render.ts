import { PushPreferences } from '../user/user-settings.service';
import { PushContent } from './channels/push-channel';
import { PushMessageDto } from './push.dto';

/** Shown instead of the text to users with no_push_detail (ours: MaxIM publishes no wording). */
export const GENERIC_NOTIFICATION_TEXT = 'You have a new notification';
export const GENERIC_MESSAGE_TEXT = 'You have a new message';

/**
 * Whether the hour (0–23, UTC) falls in the user's no-push window [start, end): a window whose
 * start is after its end wraps midnight (22 → 7); equal hours or a missing bound mean no window.
 */
export function inHourWindow(hour: number, start: number | null, end: number | null): boolean {
  if (start === null || end === null || start === end) return false;
  return start < end ? hour >= start && hour < end : hour >= start || hour < end;
}

/** Whether a user wants nothing pushed now: no_push, or inside the no-push hours (UTC). */
export function refusesPush(preferences: PushPreferences, now: Date): boolean {
  return preferences.noPush || inHourWindow(now.getUTCHours(), preferences.noPushStartHour, preferences.noPushEndHour);
}

/** Sound off for this user now: no_sounds, or inside the silence hours (UTC). */
export function wantsSilence(preferences: PushPreferences, now: Date): boolean {
  return preferences.noSounds || inHourWindow(now.getUTCHours(), preferences.silenceStartHour, preferences.silenceEndHour);
}

/** `ttl_seconds` from show_end_time: how long a vendor may keep it for an offline device. */
function ttlUntil(showEndTime: number | undefined, now: Date): number | undefined {
  if (showEndTime === undefined) return undefined;
  return Math.max(1, Math.floor(showEndTime - now.getTime() / 1000));
}

/** The content of a /push/notify task as one user should see it. */
export function renderNotification(taskId: number, message: PushMessageDto, preferences: PushPreferences, now: Date): PushContent {
  const hidden = preferences.noPushDetail && message.type !== 'cmd';
  const content: PushContent = {
    notificationId: `task-${taskId}`,
    type: message.type ?? 'text',
    title: hidden ? '' : (message.title ?? ''),
    body: hidden ? GENERIC_NOTIFICATION_TEXT : (message.body ?? ''),
  };
  if (!hidden) {
    if (message.attachment_url !== undefined) content.attachment_url = message.attachment_url;
    if (message.big_text !== undefined) content.big_text = message.big_text;
  }
  if (message.ext !== undefined) content.ext = message.ext;
  if (message.ios?.apns_collapse_id !== undefined) content.collapse_id = message.ios.apns_collapse_id;
  const ttl = ttlUntil(message.show_end_time, now);
  if (ttl !== undefined) content.ttl_seconds = ttl;
  for (const key of ['ios', 'android', 'huawei', 'xiaomi', 'oppo', 'vivo', 'flyme', 'fcm'] as const) {
    if (message[key] !== undefined) (content as unknown as Record<string, unknown>)[key] = { ...message[key] };
  }
  if (wantsSilence(preferences, now)) content.silent = true;
  return content;
}

/** The content of an offline-message push: the sender's push nickname over the text (or a generic text). */
export function renderMessagePush(
  messageId: number,
  senderName: string,
  text: string,
  ext: Record<string, unknown> | undefined,
  preferences: PushPreferences,
  now: Date,
): PushContent {
  const content: PushContent = {
    notificationId: `msg-${messageId}`,
    type: 'text',
    title: preferences.noPushDetail ? '' : senderName,
    body: preferences.noPushDetail ? GENERIC_MESSAGE_TEXT : text,
  };
  if (ext !== undefined) content.ext = ext;
  if (wantsSilence(preferences, now)) content.silent = true;
  return content;
}
