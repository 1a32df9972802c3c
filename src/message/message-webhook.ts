import type { WebhookEventInput } from '../webhook/webhook.types';
import { mapMessage } from './message.dto';
import { ContentType, LAST_MESSAGE_CONTENT_TYPE, StoredMessage } from './message.types';

/**
 * The webhook event of a stored stream entry, in the REST API's message fields: a message (1:1,
 * group or system notice) is `message.stored`, a RECALL entry `message.recalled`, a 1:1 READ_ACK
 * `message.read`; edits (APPEND, REPLACE) send none. Ordered by conversation.
 */
export function webhookEventOf(message: StoredMessage): WebhookEventInput | null {
  const orderingKey = message.chatType === 2 ? `group:${message.toId}` : `chat:${Math.min(message.fromUserId, message.toId)}:${Math.max(message.fromUserId, message.toId)}`;
  const actor = { from_xid: { uid: message.fromUserId, device_sn: message.fromDeviceSn ?? 0 }, to_xid: { uid: message.toId, device_sn: 0 }, type: message.chatType === 2 ? 'GROUPCHAT' : 'CHAT', timestamp: message.timestamp };
  if (message.contentType <= LAST_MESSAGE_CONTENT_TYPE) {
    return { appId: message.appId, type: 'message.stored', orderingKey, data: { ...mapMessage(message), is_system: message.isSystem } };
  }
  if (message.contentType === ContentType.Recall) return { appId: message.appId, type: 'message.recalled', orderingKey, data: { msg_id: message.relatedMid, ...actor } };
  if (message.contentType === ContentType.ReadAck) return { appId: message.appId, type: 'message.read', orderingKey, data: { msg_id: message.relatedMid, ...actor } };
  return null;
}
