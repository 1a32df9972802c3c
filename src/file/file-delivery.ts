import type { FastifyReply, FastifyRequest } from 'fastify';
import { Delivery } from './file-download.service';
import { FileStorage } from './storage/file-storage';

/** The single byte range a Range header asks for; 'none' to send everything, 'unsatisfiable' for 416. */
export function requestedRange(header: string | undefined, size: number): { start: number; end: number } | 'none' | 'unsatisfiable' {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  // Multiple ranges and malformed headers are answered with the whole object, as RFC 9110 allows.
  if (!match || (match[1] === '' && match[2] === '')) return 'none';
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(size - suffix, 0), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/**
 * Sends a download: 302 to the object store, or the bytes with Range support. Every answer
 * carries nosniff and a sandboxing CSP, and everything but images, audio and video is an
 * attachment, so stored files never run as pages of this origin.
 */
export async function sendDelivery(request: FastifyRequest, reply: FastifyReply, storage: FileStorage, delivery: Delivery): Promise<void> {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('cache-control', 'private, max-age=86400');
  if (delivery.kind === 'redirect') {
    await reply.redirect(delivery.url, 302);
    return;
  }
  reply
    .header('content-type', delivery.contentType)
    .header('content-disposition', delivery.disposition)
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('accept-ranges', 'bytes')
    .header('etag', delivery.etag);
  const rangeHeader = request.headers.range;
  const ifRange = request.headers['if-range'];
  const range = ifRange !== undefined && ifRange !== delivery.etag ? 'none' : requestedRange(rangeHeader, delivery.size);
  if (range === 'unsatisfiable') {
    await reply.code(416).header('content-range', `bytes */${delivery.size}`).header('content-length', 0).send('');
    return;
  }
  if (range === 'none') {
    reply.code(200).header('content-length', delivery.size);
    await reply.send(delivery.size === 0 ? '' : storage.stream(delivery.address));
    return;
  }
  reply
    .code(206)
    .header('content-range', `bytes ${range.start}-${range.end}/${delivery.size}`)
    .header('content-length', range.end - range.start + 1);
  await reply.send(storage.stream(delivery.address, range));
}
