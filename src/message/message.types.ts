/**
 * The message module's vocabulary, shared with the realtime gateway (src/realtime): what a send asks
 * for, what is stored, and what is announced after commit. README.md beside this file explains the
 * storage and sync design these types describe.
 */

/** 1: to a user (1:1); 2: to a group. `targets` of one REST send never mix them. */
export type ChatType = 1 | 2;

/** `content_type` of maxim-semantics.md; 9–12 are operations naming their target in `relatedMid`. */
export enum ContentType {
  Text = 0,
  Image = 1,
  Audio = 2,
  Video = 3,
  File = 4,
  Location = 5,
  Command = 6,
  Forward = 7,
  Rtc = 8,
  ReadAck = 9,
  Recall = 10,
  Append = 11,
  Replace = 12,
}

/** Highest content type a client may send as a message (0–8); 9–12 are written by operations. */
export const LAST_MESSAGE_CONTENT_TYPE = ContentType.Rtc;

/** What became of a stored message. Operation entries are always Normal. */
export enum MessageStatus {
  Normal = 0,
  /** Recalled by its sender or a group admin: shown as recalled, its content no longer served. */
  Recalled = 1,
}

/**
 * The OPER operations of maxim-realtime.md "Operations" (`MessageOperation.OpType`, lower-cased).
 * Those listed in STORED_OPERATIONS become entries of the conversation's stream; the others only move
 * the caller's own read state and are delivered live.
 */
export type OperationType = 'read_ack' | 'read_all' | 'read_cancel' | 'deliver_ack' | 'recall' | 'delete' | 'append' | 'replace' | 'play_ack';

/** `MessageOperation.OpType` numbers of maxim-xsync.proto, for the gateway's encoder and decoder. */
export const OPERATION_WIRE_TYPES: Readonly<Record<OperationType, number>> = {
  read_ack: 1,
  read_all: 2,
  read_cancel: 3,
  deliver_ack: 4,
  recall: 5,
  delete: 6,
  play_ack: 7,
  append: 8,
  replace: 9,
};

/** Who sends: an app user, from one of its devices (null: a REST call not tied to a device). */
export interface MessageSender {
  appId: string;
  userId: number;
  deviceSn: number | null;
}

export interface SendInput {
  chatType: ChatType;
  /** The receiving user id (chatType 1) or group id (chatType 2). */
  toId: number;
  contentType: number;
  content: string;
  attachment?: string | null;
  config?: string | null;
  ext?: string | null;
  /** The socket meta id: a resend with the same id from the same device returns the first result. */
  clientMid?: number | null;
  /** The REST transaction_id: a resend with the same id from the same sender to the same target returns the first result. */
  transactionId?: number | string | null;
  /** Typing indicators and online_only sends: checked like any send, announced with transient: true, never stored. */
  transient?: boolean;
  relatedMid?: number | null;
  /** A system notice (/message/notify, /message/broadcast): no roster or group send rules. */
  isSystem?: boolean;
  /** The sender acts as an app admin (REST with an admin token): refusals for strangers do not apply; group push modes treat it as admin. */
  asAdmin?: boolean;
}

/**
 * One entry of a conversation's stream: a message (content types 0–8) or an operation on one
 * (9–12, `relatedMid` naming it). `conversationId` is the conversation as its receiver sees it: the
 * group id, or for 1:1 the peer of the receiving side — `toId` for the receiver, `fromUserId` for
 * the sender's other devices (use `conversationIdFor(message, viewerId)`).
 */
export interface StoredMessage {
  msgId: number;
  appId: string;
  chatType: ChatType;
  fromUserId: number;
  fromDeviceSn: number | null;
  toId: number;
  /** The receiver's view (group id, or the sender's id for the receiving user). */
  conversationId: number;
  /** Internal id of the conversation row (1:1 pair or group) and the entry's position in it. */
  conversationKey: number;
  seq: number;
  contentType: number;
  content: string;
  attachment: string | null;
  config: string | null;
  ext: string | null;
  /** Epoch ms when stored (the Clock's time). */
  timestamp: number;
  status: MessageStatus;
  /** Epoch ms of the last APPEND/REPLACE, null when never edited. */
  editTimestamp: number | null;
  relatedMid: number | null;
  isSystem: boolean;
}

/** The conversation id `viewerId` knows `message` under: the group id, or the other user of a 1:1 pair. */
export function conversationIdFor(message: Pick<StoredMessage, 'chatType' | 'fromUserId' | 'toId'>, viewerId: number): number {
  if (message.chatType === 2) return message.toId;
  return message.fromUserId === viewerId ? message.toId : message.fromUserId;
}

export interface SentMessage {
  msgId: number;
  /** Epoch ms: the stored message's timestamp (the first one's, for a duplicate). */
  timestamp: number;
  /** True when this send repeated an earlier one (same client_mid or transaction_id): nothing new was stored or announced. */
  duplicate: boolean;
  message: StoredMessage;
}

/**
 * Announced after a stored message (or a transient one) committed. The gateway tells
 * `recipientUserIds`' devices (NOTICE, or the frame itself for transient ones) and the sender's
 * devices other than `senderDeviceSn`. Recipients exclude the sender; for groups they are the
 * members that receive (msg_mute_mode 2 members are left out; they still find it when they sync).
 */
export interface MessageStoredEvent {
  appId: string;
  message: StoredMessage;
  recipientUserIds: number[];
  senderUserId: number;
  senderDeviceSn: number | null;
  transient: boolean;
}

export interface ConversationUnread {
  chatType: ChatType;
  /** The peer's user id, or the group id. */
  conversationId: number;
  count: number;
}

/** A conversation a device has read to the end (a device's UNREAD): no key when a group has no stream yet. */
export interface CaughtUpConversation {
  chatType: ChatType;
  /** The peer's user id, or the group id. */
  conversationId: number;
  conversationKey: number | null;
  /** The stream's last seq, not past the device's position. */
  head: number;
}

export interface PulledPage<T> {
  messages: T[];
  /** Pass it back as `key` to confirm this page and get the next; 0 when this page was empty (nothing more). */
  nextKey: number;
}

export interface OperationInput {
  type: OperationType;
  chatType: ChatType;
  /** The peer user id (1:1) or the group id. */
  conversationId: number;
  /** The message operated on (read_ack, deliver_ack, play_ack, recall, delete, append, replace; read_all / read_cancel optionally: up to which). */
  msgId?: number;
  /** New content for append (added to the end) and replace. */
  content?: string;
}

/**
 * What an operation did. `stored` is the stream entry it wrote (announced through onStored as well);
 * `liveTo` lists users whose live devices should get the operation as a frame now because it is not
 * stored (the actor itself for read_all / read_cancel / delete: its other devices; the message's
 * sender for deliver_ack / play_ack and group read_ack). README.md "Device sync" has the table.
 */
export interface OperationOutcome {
  type: OperationType;
  stored: StoredMessage | null;
  liveTo: number[];
  /** The operation as a frame would carry it: who did what to which message. */
  operation: { type: OperationType; wireType: number; msgId: number; chatType: ChatType; conversationId: number; fromUserId: number; fromDeviceSn: number | null };
}

/** History shows content types 0-8 (TEXT … RTC); 9-12 (read acks, recalls, edits) act on other messages and are never listed. */
export const HISTORY_CONTENT_TYPE_MAX = 8;
