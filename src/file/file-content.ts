// file-type's root entry is ESM-only with no "require" condition; its core entry resolves for CommonJS and jest alike.
import { fileTypeFromBuffer } from 'file-type/core';
import { ContentClass } from './file.types';

/** Bytes file-type needs at most to recognise a format. */
export const SNIFF_BYTES = 4100;

/** The media type the bytes show (file-type), or null when they show none we know. */
export async function sniffContentType(head: Buffer): Promise<string | null> {
  return (await fileTypeFromBuffer(head))?.mime ?? null;
}

const CLASS_PREFIX: Record<Exclude<ContentClass, 'any'>, string> = { image: 'image/', audio: 'audio/', video: 'video/' };

/**
 * The content type to store for an upload of `contentClass`, or null when the bytes are not what
 * the upload URL was issued for (an image URL must receive an image, and so on). Files of class
 * `any` that show no known format are stored as application/octet-stream.
 */
export function acceptedContentType(contentClass: ContentClass, sniffed: string | null): string | null {
  if (contentClass === 'any') return sniffed ?? 'application/octet-stream';
  return sniffed?.startsWith(CLASS_PREFIX[contentClass]) ? sniffed : null;
}

/** Images, audio and video are shown inline; everything else is a download, whatever it is. */
export function isInlineType(contentType: string): boolean {
  return /^(image|audio|video)\//.test(contentType);
}

/** Image formats sharp can read for thumbnails (its prebuilt binaries: no HEIC, and SVG is never accepted). */
export const THUMBNAIL_SOURCES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif', 'image/tiff']);
