import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';

/** The body is not the multipart/form-data it claims to be, or breaks a form limit. */
export class MalformedMultipartError extends Error {}

/** What an upload carries: the file's bytes (streaming) and the name its client gave. */
export interface UploadedFile {
  content: Readable | AsyncIterable<Buffer>;
  fileName: string | null;
}

/**
 * OSS form fields (key, policy, signature…) mean nothing here (the URL's ticket decides), but a
 * client may send them before the file, as MaxIM's SDKs do: a few small ones are read and dropped.
 */
export const FORM_LIMITS = { fields: 32, fieldSize: 16 * 1024, parts: 64, headerPairs: 64 } as const;

/** A part is the file when it has a filename, or when it is named `file` (MaxIM's SDKs name it so). */
export function isUploadFilePart(fieldName: string | undefined, _contentType: string | undefined, fileName: string | undefined): boolean {
  return fileName !== undefined || fieldName === 'file';
}

/** The client went away mid-upload (not the body's fault). */
export function isClientAbort(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ECONNRESET' || (error as Error).message === 'aborted';
}

function asMalformed(error: unknown): unknown {
  if (isClientAbort(error) || error instanceof MalformedMultipartError) return error;
  return new MalformedMultipartError(`multipart body: ${(error as Error).message}`);
}

/** The file part's bytes; busboy's errors on a broken body come out as MalformedMultipartError. */
async function* bytesOf(file: Readable): AsyncIterable<Buffer> {
  try {
    yield* file;
  } catch (error) {
    throw asMalformed(error);
  }
}

/**
 * The file part of a multipart/form-data upload, parsed by @fastify/multipart (busboy) as it
 * streams. The parser cuts the file one byte past `maxBytes`, so the receiver's own count sees
 * the overflow and refuses it while streaming; null when the body has no file part.
 */
export async function multipartFile(request: FastifyRequest, maxBytes: number): Promise<UploadedFile | null> {
  try {
    const part = await request.file({ limits: { ...FORM_LIMITS, files: 1, fileSize: maxBytes + 1 }, throwFileSizeLimit: false });
    if (!part) return null;
    for (const field of Object.values(part.fields).flat()) {
      if (field && field.type === 'field' && field.valueTruncated) {
        throw new MalformedMultipartError(`multipart body: form field ${field.fieldname} is longer than ${FORM_LIMITS.fieldSize} bytes`);
      }
    }
    return { content: bytesOf(part.file), fileName: part.filename || null };
  } catch (error) {
    throw asMalformed(error);
  }
}

/** The filename of a raw upload's Content-Disposition header (filename* in UTF-8 wins over filename). */
export function dispositionFileName(header: string | undefined): string | null {
  if (!header) return null;
  const extended = /;\s*filename\*=UTF-8''([^\s;]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended);
    } catch {
      // a broken extended name: fall back to the plain one
    }
  }
  return /;\s*filename="([^"]*)"/i.exec(header)?.[1] ?? /;\s*filename=([^\s;"]+)/i.exec(header)?.[1] ?? null;
}
