import { androidOptionsFor, PushContent, PushVendor } from '../push-channel';

/**
 * The Push Kit `message` for a group of tokens that share one badge. `cmd` is a data message
 * (`data` is a string: the ext as JSON text) with no notification; others get
 * android.notification with the `android`+`huawei` overrides: click_action type 1 (intent) or 3
 * (open the app), style 1 + big_title/big_body for big_text, badge.set_num when a badge is given
 * and `badge_class` names the launcher activity (Huawei refuses a badge without its class), and the
 * collapse id as `tag` (Huawei's collapse_key is an integer -1..100, not a free string).
 */
export function buildHuaweiMessage(content: PushContent, tokens: string[], badge: number | undefined): Record<string, unknown> {
  const options = androidOptionsFor(content, PushVendor.Huawei);
  const android: Record<string, unknown> = { urgency: 'HIGH' };
  if (content.ttl_seconds !== undefined) android.ttl = `${content.ttl_seconds}s`;
  const message: Record<string, unknown> = { token: tokens };
  if (content.ext && Object.keys(content.ext).length > 0) message.data = JSON.stringify(content.ext);
  if (content.type === 'cmd') {
    message.android = android;
    if (!message.data) message.data = '{}';
    return message;
  }
  const notification: Record<string, unknown> = {
    title: content.title,
    body: content.body,
    click_action: options.click_action === 'intent' && options.intent ? { type: 1, intent: options.intent } : { type: 3 },
  };
  if (content.attachment_url) notification.image = content.attachment_url;
  if (content.big_text) {
    notification.style = 1;
    notification.big_title = content.title;
    notification.big_body = content.big_text;
  }
  if (options.channel_id) notification.channel_id = options.channel_id;
  if (options.sound) notification.sound = options.sound;
  else notification.default_sound = true;
  if (content.collapse_id) notification.tag = content.collapse_id;
  if (badge !== undefined && options.badge_class) notification.badge = { set_num: badge, class: options.badge_class };
  android.notification = notification;
  message.android = android;
  return message;
}
