import { androidOptionsFor, PushContent, PushVendor } from '../push-channel';
import { truncate } from '../vendor-common/vendor-outcome';

/**
 * The `messageJson` of a notification ("varnished") push. Title ≤ 32 and content ≤ 100 characters
 * (longer text is cut, big_text goes to the expanded view); click intent → clickType 2 (URI) with
 * url, else 0 (open the app); ext → clickTypeInfo.parameters; TTL → pushTimeInfo.validTime in hours
 * (1–72); the collapse id → advanceInfo.notifyKey (≤ 8 characters). No badge field.
 */
export function buildFlymeMessageJson(content: PushContent): string {
  const options = androidOptionsFor(content, PushVendor.Flyme);
  const intent = options.click_action === 'intent' && options.intent;
  const message: Record<string, unknown> = {
    noticeBarInfo: { noticeBarType: 0, title: truncate(content.title || content.body, 32), content: truncate(content.body, 100) },
    noticeExpandInfo: content.big_text ? { noticeExpandType: 1, noticeExpandContent: content.big_text } : { noticeExpandType: 0 },
    clickTypeInfo: {
      clickType: intent ? 2 : 0,
      ...(intent ? { url: options.intent } : {}),
      ...(content.ext && Object.keys(content.ext).length > 0 ? { parameters: content.ext } : {}),
    },
    pushTimeInfo: { offLine: 1, validTime: content.ttl_seconds !== undefined ? Math.max(1, Math.min(72, Math.ceil(content.ttl_seconds / 3600))) : 24 },
  };
  if (content.collapse_id) message.advanceInfo = { notifyKey: truncate(content.collapse_id, 8) };
  return JSON.stringify(message);
}
