import { stableUuid } from '../../stable-uuid';
import { PushContent, PushTarget } from '../push-channel';

/** Everything of one APNs request but the device token and the authorization header. */
export interface ApnsRequest {
  headers: Record<string, string>;
  body: string;
}

export const APNS_MAX_PAYLOAD_BYTES = 4096;

/**
 * The request for one device. `cmd` messages are background pushes (content-available, priority 5,
 * no alert); others are alerts with priority 10, `mutable-content` when there is an attachment so a
 * notification service extension can fetch it. `ext` keys become top-level custom keys (Apple's
 * place for custom data), next to `attachment_url`. The `apns-id` is derived from the task and the
 * device, so a resend after a worker crash carries the id of the first attempt.
 */
export function buildApnsRequest(content: PushContent, target: PushTarget, topic: string, nowMs: number): ApnsRequest {
  const ios = content.ios ?? {};
  const background = content.type === 'cmd';
  const aps: Record<string, unknown> = {};
  if (!background) {
    const alert: Record<string, string> = {};
    if (content.title) alert.title = content.title;
    if (ios.subtitle) alert.subtitle = ios.subtitle;
    alert.body = content.body;
    aps.alert = alert;
    if (ios.sound) aps.sound = ios.sound;
    if (ios.category) aps.category = ios.category;
    if (ios.mutable_content || content.attachment_url) aps['mutable-content'] = 1;
  }
  if (background || ios.content_available) aps['content-available'] = 1;
  if (ios.thread_id) aps['thread-id'] = ios.thread_id;
  if (target.badge !== undefined) aps.badge = target.badge;

  const payload: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(content.ext ?? {})) if (key !== 'aps') payload[key] = value;
  if (content.attachment_url) payload.attachment_url = content.attachment_url;
  payload.aps = aps;

  const headers: Record<string, string> = {
    'apns-id': apnsIdOf(content.notificationId, target),
    'apns-push-type': background ? 'background' : 'alert',
    'apns-topic': topic,
    'apns-priority': background ? '5' : '10',
  };
  const collapseId = ios.apns_collapse_id ?? content.collapse_id;
  if (collapseId) headers['apns-collapse-id'] = collapseId;
  if (content.ttl_seconds !== undefined) headers['apns-expiration'] = String(Math.floor(nowMs / 1000) + content.ttl_seconds);
  return { headers, body: JSON.stringify(payload) };
}

/**
 * The `apns-id` of one (notification, device): a UUID (version 8, "custom") made of the SHA-256 of
 * the pair, the same on every attempt.
 */
export function apnsIdOf(notificationId: string, target: Pick<PushTarget, 'userId' | 'deviceSn'>): string {
  return stableUuid(`${notificationId}:${target.userId}:${target.deviceSn}`);
}
