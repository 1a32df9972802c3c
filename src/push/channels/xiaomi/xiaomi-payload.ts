import { createHash } from 'node:crypto';
import { androidOptionsFor, PushContent, PushVendor } from '../push-channel';
import { truncate } from '../vendor-common/vendor-outcome';

/**
 * The form of POST /v3/message/regid. Notifications (pass_through 0) need a title, so an untitled
 * message shows the start of its body; `cmd` is pass-through (1), delivered to the app silently.
 * ext → `payload` (JSON text); TTL in **milliseconds**; the collapse id → a numeric notify_id (same
 * id replaces the shown notification); click intent → extra.notify_effect 2 + extra.intent_uri.
 * MiPush has no server-side badge field.
 */
export function buildXiaomiForm(content: PushContent, registrationIds: string[], packageName: string): Record<string, string | number | undefined> {
  const options = androidOptionsFor(content, PushVendor.Xiaomi);
  const passThrough = content.type === 'cmd';
  const form: Record<string, string | number | undefined> = {
    registration_id: registrationIds.join(','),
    restricted_package_name: packageName,
    pass_through: passThrough ? 1 : 0,
    payload: content.ext && Object.keys(content.ext).length > 0 ? JSON.stringify(content.ext) : undefined,
  };
  if (!passThrough) {
    form.title = truncate(content.title || content.body, 49);
    form.description = truncate(content.big_text || content.body, 127);
    form.notify_type = -1;
    if (content.collapse_id) form.notify_id = notifyIdOf(content.collapse_id);
    if (options.channel_id) form['extra.channel_id'] = options.channel_id;
    if (options.sound) form['extra.sound_uri'] = options.sound;
    if (options.click_action === 'intent' && options.intent) {
      form['extra.notify_effect'] = '2';
      form['extra.intent_uri'] = options.intent;
    } else {
      form['extra.notify_effect'] = '1';
    }
  }
  if (content.ttl_seconds !== undefined) form.time_to_live = content.ttl_seconds * 1000;
  return form;
}

/** notify_id is an int: a stable non-negative 31-bit number from the collapse id. */
export function notifyIdOf(collapseId: string): number {
  return createHash('sha256').update(collapseId).digest().readUInt32BE(0) & 0x7fffffff;
}
