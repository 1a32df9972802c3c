import { ChatType, ContentType, conversationIdFor, MessageStatus, OperationOutcome, OperationType, OPERATION_WIRE_TYPES, StoredMessage } from '../message/message.types';
import { NoticeNamespace } from '../notice/notice.types';
import type { StoredNotice } from '../notice/notice.types';
import type { LivePushPayload } from '../push/live-push.port';
import { BodyType, encode, MessageBody, Meta, MetaNamespace, Qos, Xid } from './xsync.codec';

/** Group ids start at 1,000,000,000 (user ids at 10,000,000): a bare xid says which it names by its range. */
export const FIRST_GROUP_ID = 1_000_000_000;

export function chatTypeOfConversation(id: number): ChatType {
  return id >= FIRST_GROUP_ID ? 2 : 1;
}

export const xid = (uid: number, deviceSN = 0): Xid => ({ uid, deviceSN });

/** The xid a conversation is synced under: the peer or the group. */
export const conversationXid = (conversationId: number): Xid => xid(conversationId);

/** Stream entries of content types 9–12 are operations on `relatedMid`; the wire carries them as OPER bodies. */
const OPERATION_OF_CONTENT_TYPE: Partial<Record<number, OperationType>> = {
  [ContentType.ReadAck]: 'read_ack',
  [ContentType.Recall]: 'recall',
  [ContentType.Append]: 'append',
  [ContentType.Replace]: 'replace',
};

const OPERATION_OF_WIRE_TYPE = new Map<number, OperationType>(
  Object.entries(OPERATION_WIRE_TYPES).map(([name, wire]) => [wire, name as OperationType]),
);

export function operationOfWireType(wireType: number): OperationType | null {
  return OPERATION_OF_WIRE_TYPE.get(wireType) ?? null;
}

/** A stored message (or operation entry) as `viewerId`'s devices receive it. */
export function messageMeta(message: StoredMessage, viewerId: number): Meta {
  const operation = OPERATION_OF_CONTENT_TYPE[message.contentType];
  let body: MessageBody;
  if (operation) {
    body = {
      type: BodyType.Oper,
      ctype: ContentType.Command,
      content: message.content,
      config: message.config ?? '',
      ext: message.ext ?? '',
      operation: { type: OPERATION_WIRE_TYPES[operation], mid: message.relatedMid ?? 0, xid: conversationXid(conversationIdFor(message, viewerId)) },
      edit_timestamp: message.editTimestamp ?? 0,
    };
  } else {
    body = {
      type: message.chatType === 2 ? BodyType.GroupChat : BodyType.Chat,
      ctype: message.contentType,
      content: message.status === MessageStatus.Recalled ? '' : message.content,
      attachment: message.status === MessageStatus.Recalled ? '' : (message.attachment ?? ''),
      config: message.config ?? '',
      ext: message.ext ?? '',
      is_system: message.isSystem,
      edit_timestamp: message.editTimestamp ?? 0,
    };
  }
  return {
    id: message.msgId,
    from: xid(message.fromUserId, message.fromDeviceSn ?? 0),
    to: xid(message.toId),
    timestamp: message.timestamp,
    ns: MetaNamespace.Message,
    payload: encode('MessageBody', body),
  };
}

/** A receipt that is not stored (deliver/play acks, read state), delivered live as an OPER body. */
export function operationMeta(outcome: OperationOutcome, viewerId: number, timestamp: number): Meta {
  const { operation } = outcome;
  const peer = operation.chatType === 2 ? operation.conversationId : viewerId === operation.fromUserId ? operation.conversationId : operation.fromUserId;
  const body: MessageBody = {
    type: BodyType.Oper,
    ctype: ContentType.Command,
    operation: { type: operation.wireType, mid: operation.msgId, xid: conversationXid(peer) },
  };
  return {
    id: 0,
    from: xid(operation.fromUserId, operation.fromDeviceSn ?? 0),
    to: xid(operation.chatType === 2 ? operation.conversationId : viewerId === operation.fromUserId ? operation.conversationId : viewerId),
    timestamp,
    ns: MetaNamespace.Message,
    payload: encode('MessageBody', body),
  };
}

/** A roster, group or user notice of the user's own stream. */
export function noticeMeta(notice: StoredNotice): Meta {
  const from = xid(notice.fromId ?? 0);
  const to = notice.toIds.map((id) => xid(id));
  let payload: Uint8Array;
  if (notice.namespace === NoticeNamespace.Group) {
    payload = encode('GroupNotice', { type: notice.type, gid: xid(notice.groupId ?? 0), from, to, content: notice.content ?? '' });
  } else if (notice.namespace === NoticeNamespace.Roster) {
    payload = encode('RosterNotice', { type: notice.type, from, to, content: notice.content ?? '', roster_vsn: '' });
  } else {
    payload = encode('UserNotice', { type: notice.type, content: notice.content ?? '' });
  }
  return {
    id: notice.id,
    from,
    to: xid(notice.recipientId),
    timestamp: notice.createdAt.getTime(),
    ns: notice.namespace as unknown as MetaNamespace,
    payload,
  };
}

/** The reason a session ends, sent to the socket just before it is closed. */
export function userNoticeMeta(userId: number, type: number, content: string | null, timestamp: number): Meta {
  return {
    id: 0,
    from: xid(0),
    to: xid(userId),
    timestamp,
    ns: MetaNamespace.UserNotice,
    payload: encode('UserNotice', { type, content: content ?? '' }),
  };
}

/** An mxpush notification: MaxIM's SDK reads a PUSH meta's payload as a MessageBody. */
export function pushMeta(userId: number, payload: LivePushPayload, badge: number | undefined, timestamp: number): Meta {
  const { content } = payload;
  const body: MessageBody = {
    type: BodyType.Normal,
    ctype: content.type === 'image' ? ContentType.Image : ContentType.Text,
    content: content.body,
    config: JSON.stringify({
      title: content.title,
      notification_id: content.notificationId,
      task_id: payload.taskId,
      attachment_url: content.attachment_url,
      big_text: content.big_text,
      badge,
      silent: content.silent,
    }),
    ext: content.ext ? JSON.stringify(content.ext) : '',
    attachment: content.attachment_url ? JSON.stringify({ url: content.attachment_url }) : '',
    qos: Qos.AtMostOnce,
    is_system: true,
  };
  return { id: payload.taskId, from: xid(0), to: xid(userId), timestamp, ns: MetaNamespace.Push, payload: encode('MessageBody', body) };
}
