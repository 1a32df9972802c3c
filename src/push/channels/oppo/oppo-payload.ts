import { androidOptionsFor, PushContent, PushTarget, PushVendor } from '../push-channel';
import { perTargetId, truncate } from '../vendor-common/vendor-outcome';

/**
 * One unicast message object ({target_type, target_value, notification}) for a registration id.
 * style 2 (long text) carries big_text; click intent → click_action_type 5 (intent scheme URL) with
 * click_action_url, else 0 (launch the app); ext → action_parameters (JSON text); app_message_id is
 * per task and device, because OPPO delivers a unicast app_message_id only once.
 */
export function buildOppoMessage(content: PushContent, target: PushTarget): Record<string, unknown> {
  const options = androidOptionsFor(content, PushVendor.Oppo);
  const notification: Record<string, unknown> = {
    title: truncate(content.title || content.body, 50),
    content: content.big_text ? truncate(content.big_text, 1000) : truncate(content.body, 200),
    style: content.big_text ? 2 : 1,
    app_message_id: perTargetId(content.notificationId, target),
    off_line: true,
  };
  if (options.click_action === 'intent' && options.intent) {
    notification.click_action_type = 5;
    notification.click_action_url = options.intent;
  } else {
    notification.click_action_type = 0;
  }
  if (content.ext && Object.keys(content.ext).length > 0) notification.action_parameters = JSON.stringify(content.ext);
  if (options.channel_id) notification.channel_id = options.channel_id;
  if (content.ttl_seconds !== undefined) notification.off_line_ttl = Math.max(1, Math.min(content.ttl_seconds, 10 * 24 * 3600));
  return { target_type: 2, target_value: target.deviceToken, notification };
}
