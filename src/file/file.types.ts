/** MaxIM's `file_type` of GET /file/upload/chat: 1xx chat files, 2xx group shared files. */
export enum ChatFileType {
  File = 100,
  VoiceAmr = 101,
  Image = 102,
  Video = 103,
  VoiceMp3 = 104,
  SharedFile = 200,
  SharedVoice = 201,
  SharedImage = 202,
  SharedVideo = 203,
}

/** Conversation kinds of `to_type`. */
export enum ConversationType {
  User = 1,
  Group = 2,
}

/** What the bytes of an upload must be, judged from the bytes themselves (never from the client's Content-Type). */
export type ContentClass = 'any' | 'image' | 'audio' | 'video';

/** Objects are avatars (visible to every user of the app) or chat files (visible to one conversation). */
export type ObjectKind = 'avatar' | 'chat';

/** A server-generated object key: kind and 128 random bits. Nothing from the client ever becomes part of a key. */
export const OBJECT_KEY_PATTERN = /^(avatar|chat)\/[0-9a-f]{32}$/;

export function contentClassOf(fileType: ChatFileType): ContentClass {
  switch (fileType) {
    case ChatFileType.Image:
    case ChatFileType.SharedImage:
      return 'image';
    case ChatFileType.VoiceAmr:
    case ChatFileType.VoiceMp3:
    case ChatFileType.SharedVoice:
      return 'audio';
    case ChatFileType.Video:
    case ChatFileType.SharedVideo:
      return 'video';
    default:
      return 'any';
  }
}

export function isSharedFileType(fileType: ChatFileType): boolean {
  return fileType >= 200;
}

/** Claims of a `file_sign`: which object, and the conversation it was uploaded or forwarded to. */
export interface FileSignClaims {
  /** object key */
  k: string;
  /** the user who uploaded or forwarded it (null: the app acting as a group's admin) */
  f: number | null;
  /** ConversationType */
  t: ConversationType;
  /** peer user id or group id */
  i: number;
}

/** Claims of an upload URL: the one object it may create and what that object may be. */
export interface UploadTicketClaims {
  a: string;
  k: string;
  /** largest accepted body, bytes */
  m: number;
  c: ContentClass;
  /** expiry, epoch seconds */
  e: number;
}

/** Claims of a `store_token`: the login it was issued with. */
export interface StoreTokenClaims {
  u: number;
  /** access token id: the store token dies with its login */
  t: string;
  /** expiry, epoch seconds */
  e: number;
}
