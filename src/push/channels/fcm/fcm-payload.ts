import { androidOptionsFor, PushContent, PushTarget, PushVendor } from '../push-channel';
import { stringMap } from '../vendor-common/vendor-outcome';

/**
 * The HTTP v1 `message` for one device. `cmd` is a data-only message (the app handles it silently);
 * others carry `notification` plus the Android block built from `android` overlaid with `fcm`.
 * `data` values are strings (FCM refuses anything else), so objects of `ext` travel as JSON text.
 * Badge → android.notification.notification_count (and aps.badge for iOS devices);
 * collapse → android.collapse_key / apns-collapse-id; thread → apns thread-id.
 */
export function buildFcmMessage(content: PushContent, target: PushTarget): Record<string, unknown> {
  const options = androidOptionsFor(content, PushVendor.Fcm);
  const data = stringMap(content.ext);
  const silent = content.type === 'cmd';
  const message: Record<string, unknown> = { token: target.deviceToken };
  if (Object.keys(data).length > 0) message.data = data;

  const android: Record<string, unknown> = { priority: 'high' };
  if (content.ttl_seconds !== undefined) android.ttl = `${content.ttl_seconds}s`;
  if (content.collapse_id) android.collapse_key = content.collapse_id;
  if (!silent) {
    const notification: Record<string, unknown> = { title: content.title, body: content.body };
    if (content.attachment_url) notification.image = content.attachment_url;
    message.notification = notification;
    const androidNotification: Record<string, unknown> = {};
    if (options.sound) androidNotification.sound = options.sound;
    if (options.channel_id) androidNotification.channel_id = options.channel_id;
    if (options.click_action === 'intent' && options.intent) androidNotification.click_action = options.intent;
    if (target.badge !== undefined) androidNotification.notification_count = target.badge;
    if (content.collapse_id) androidNotification.tag = content.collapse_id;
    if (Object.keys(androidNotification).length > 0) android.notification = androidNotification;
  }
  message.android = android;

  if (target.platform === 1) {
    const ios = content.ios ?? {};
    const aps: Record<string, unknown> = {};
    if (silent) aps['content-available'] = 1;
    if (target.badge !== undefined) aps.badge = target.badge;
    if (ios.sound && !silent) aps.sound = ios.sound;
    if (ios.thread_id) aps['thread-id'] = ios.thread_id;
    if (ios.category && !silent) aps.category = ios.category;
    if (ios.mutable_content && !silent) aps['mutable-content'] = 1;
    const headers: Record<string, string> = { 'apns-priority': silent ? '5' : '10', 'apns-push-type': silent ? 'background' : 'alert' };
    const collapseId = ios.apns_collapse_id ?? content.collapse_id;
    if (collapseId) headers['apns-collapse-id'] = collapseId;
    message.apns = { headers, payload: { aps } };
  }
  return message;
}
