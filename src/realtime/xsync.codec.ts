import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync, deflateSync } from 'node:zlib';
import { Root, Type } from 'protobufjs';

/** `Frame.Command`: which message a frame's payload holds. */
export enum Command {
  Unread = 0,
  Sync = 1,
  Notice = 2,
  Provision = 3,
}

export enum CompressMethod {
  None = 0,
  Zlib = 1,
}

/** `Status.ErrorCode` of the schema. */
export enum StatusCode {
  Unknown = 0,
  Ok = 1,
  Fail = 2,
  UnknownCommand = 3,
  PbParserError = 4,
  DecryptFailure = 5,
  InvalidToken = 7,
  InvalidParameter = 8,
  Unauthorized = 9,
  UserFrozen = 10,
  UserBanned = 11,
  WordCensored = 12,
  TooManyDevices = 13,
  EncryptMethodUnsupported = 14,
  AppFrozen = 19,
  RateLimitExceeded = 20,
}

/** `Meta.NameSpace`. */
export enum MetaNamespace {
  Unknown = 0,
  Message = 1,
  GroupNotice = 2,
  RosterNotice = 3,
  UserNotice = 4,
  Info = 5,
  Conversation = 6,
  Push = 7,
  RtcSignal = 8,
}

/** `MessageBody.Type`. */
export enum BodyType {
  Normal = 0,
  Oper = 1,
  Chat = 2,
  GroupChat = 3,
}

/** `MessageBody.QoS`. */
export enum Qos {
  AtLeastOnce = 0,
  AtMostOnce = 1,
  ExactlyOnce = 2,
}

/** `MessageOperation.OpType`. */
export enum OperationType {
  Unknown = 0,
  ReadAck = 1,
  ReadAll = 2,
  ReadCancel = 3,
  DeliverAck = 4,
  Recall = 5,
  Delete = 6,
  PlayAck = 7,
  Append = 8,
  Replace = 9,
}

/** `ConversationOperation.OpType`: what a CONVERSATION meta asks. */
export enum ConversationOperationType {
  Delete = 1,
  DeleteEverywhere = 2,
}

/** `Conversation`: the payload of a CONVERSATION meta. */
export interface ConversationBody {
  type?: number;
  operation?: { type?: number; xid?: Xid };
}

/** `ConversationUnread.ConvType`. */
export enum ConversationType {
  Unknown = 0,
  Chat = 1,
  GroupChat = 2,
}

export interface Xid {
  uid: number;
  deviceSN?: number;
}

export interface Status {
  code: StatusCode;
  reason?: string;
}

export interface MessageOperation {
  type?: OperationType;
  mid?: number;
  xid?: Xid | null;
}

export interface MessageBody {
  type?: BodyType;
  content?: string;
  ctype?: number;
  operation?: MessageOperation | null;
  config?: string;
  attachment?: string;
  ext?: string;
  qos?: Qos;
  sender_name?: string;
  is_system?: boolean;
  priority?: number;
  status?: number;
  edit_timestamp?: number;
}

/** A Meta with its payload still encoded (`payload`) as it travels inside SyncUL / SyncDL. */
export interface Meta {
  id?: number;
  from?: Xid | null;
  to?: Xid | null;
  timestamp?: number;
  ns?: MetaNamespace;
  payload?: Uint8Array;
}

export interface SyncUL {
  xid?: Xid | null;
  key?: number;
  meta?: Meta | null;
  is_full_sync?: boolean;
  full_sync_num?: number;
}

export interface SyncDL {
  status?: Status;
  metas?: Meta[];
  next_key?: number;
  xid?: Xid | null;
  client_mid?: number;
  server_mid?: number;
  server_time?: number;
  is_full_sync?: boolean;
  prev_mid?: number;
  edit_timestamp?: number;
}

export interface ConversationUnread {
  xid: Xid;
  n: number;
  type: ConversationType;
}

export interface UnreadDL {
  status?: Status;
  unread?: ConversationUnread[];
}

export interface Provision {
  status?: Status;
  xid?: Xid | null;
  token?: string;
  os_type?: number;
  sdk_vsn?: string;
  device_guid?: string;
  device_notifier?: string;
  device_token?: string;
  device_info?: string;
}

/** A frame as received: its command and its payload, inflated. */
export interface ReceivedFrame {
  command: number;
  payload: Uint8Array;
  compressed: boolean;
}

/** Why a frame could not be read; the gateway answers the status and keeps the socket. */
export class FrameError extends Error {
  constructor(
    readonly status: StatusCode,
    message: string,
    /** The frame's command, when the frame itself could be read. */
    readonly command?: number,
  ) {
    super(message);
  }
}

/**
 * Our .proto sits beside this file in the sources and is copied beside the compiled file by
 * `npm run build`; the second path covers a dist/ built by plain tsc.
 */
function schemaPath(): string {
  const candidates = [join(__dirname, 'xsync.proto'), join(__dirname, '..', '..', '..', 'src', 'realtime', 'xsync.proto')];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`xsync.proto not found (looked in ${candidates.join(', ')}); run "npm run build", which copies it`);
  return found;
}

const root = new Root().loadSync(schemaPath(), { keepCase: true });
const types = new Map<string, Type>();

function type(name: string): Type {
  let found = types.get(name);
  if (!found) {
    found = root.lookupType(`im.floo.protobuf.${name}`);
    types.set(name, found);
  }
  return found;
}

/** Protobuf message names used as payloads. */
export type MessageName =
  | 'Frame'
  | 'Provision'
  | 'UnreadUL'
  | 'UnreadDL'
  | 'SyncUL'
  | 'SyncDL'
  | 'Notice'
  | 'Meta'
  | 'MessageBody'
  | 'GroupNotice'
  | 'RosterNotice'
  | 'UserNotice'
  | 'Conversation'
  | 'XID';

/** Encodes a plain object (snake_case fields as in the schema; int64 as numbers). */
export function encode(name: MessageName, value: object): Uint8Array {
  const messageType = type(name);
  return messageType.encode(messageType.fromObject(value)).finish();
}

/** Decodes to a plain object with int64 fields as numbers; throws FrameError(PB_PARSER_ERROR) on bad bytes. */
export function decode<T>(name: MessageName, bytes: Uint8Array): T {
  const messageType = type(name);
  try {
    return messageType.toObject(messageType.decode(bytes), { longs: Number, enums: Number }) as T;
  } catch (error) {
    throw new FrameError(StatusCode.PbParserError, `${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Reads a frame: decodes it, refuses encryption (we offer none) and inflates ZLIB payloads, bounded
 * by `maxBytes` so a small compressed frame cannot expand without limit.
 */
export function readFrame(bytes: Uint8Array, maxBytes: number): ReceivedFrame {
  const frame = decode<{ command?: number; compress_method?: number; payload?: Uint8Array; encrypt_method?: number }>('Frame', bytes);
  const command = frame.command ?? Command.Unread;
  if (frame.encrypt_method) {
    throw new FrameError(StatusCode.EncryptMethodUnsupported, 'this server takes unencrypted frames only: send encrypt_method ENCRYPT_NONE', command);
  }
  let payload = frame.payload ?? new Uint8Array();
  const compressed = frame.compress_method === CompressMethod.Zlib;
  if (compressed && payload.length > 0) {
    try {
      payload = inflateSync(payload, { maxOutputLength: maxBytes });
    } catch {
      throw new FrameError(StatusCode.PbParserError, `payload: not a zlib stream, or larger than ${maxBytes} bytes once inflated`, command);
    }
  } else if (frame.compress_method && !compressed) {
    throw new FrameError(StatusCode.InvalidParameter, `compress_method: ${frame.compress_method} is not NONE or ZLIB`, command);
  }
  return { command, payload, compressed };
}

/** Builds a frame around an encoded payload; `compress` deflates it (only for clients that sent ZLIB themselves). */
export function writeFrame(command: Command, payload: Uint8Array, compress = false): Buffer {
  const body = compress ? deflateSync(payload) : payload;
  return Buffer.from(encode('Frame', { vsn: 0, compress_method: compress ? CompressMethod.Zlib : CompressMethod.None, command, payload: body }));
}

/** Bytes a client sent through socket.io: a Buffer in Node, an ArrayBuffer or typed array otherwise. */
export function asBytes(data: unknown): Uint8Array | null {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return null;
}

export const ok = (): Status => ({ code: StatusCode.Ok, reason: '' });
