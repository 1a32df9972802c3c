import type { Readable } from 'node:stream';

/** The body is not the multipart/form-data it claims to be. */
export class MalformedMultipartError extends Error {}

const HEADER_LIMIT = 16 * 1024;
const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/** The boundary of a multipart/form-data Content-Type, or null. */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : null;
}

/** `name` and `filename` of a Content-Disposition header (filename* in UTF-8 wins over filename). */
export function dispositionParameters(header: string | undefined): { name: string | null; filename: string | null } {
  if (!header) return { name: null, filename: null };
  const name = /;\s*name="([^"]*)"/i.exec(header)?.[1] ?? /;\s*name=([^\s;]+)/i.exec(header)?.[1] ?? null;
  let filename = /;\s*filename="([^"]*)"/i.exec(header)?.[1] ?? /;\s*filename=([^\s;"]+)/i.exec(header)?.[1] ?? null;
  const extended = /;\s*filename\*=(?:UTF-8|utf-8)''([^\s;]+)/.exec(header)?.[1];
  if (extended) {
    try {
      filename = decodeURIComponent(extended);
    } catch {
      // keep the plain filename
    }
  }
  return { name, filename };
}

/**
 * A streaming reader of multipart/form-data: parts are read one after the other and a part's body
 * is handed on chunk by chunk as it arrives, so a file part is never held in memory whole. Only
 * what cannot yet be told apart from the next boundary (its length minus one byte) is kept back.
 */
export class MultipartReader {
  private buffer: Buffer = CRLF;
  private ended = false;
  private readonly chunks: AsyncIterator<Buffer>;
  private readonly delimiter: Buffer;
  private afterDelimiter = false;

  constructor(source: Readable, boundary: string) {
    this.chunks = source[Symbol.asyncIterator]();
    // Every delimiter, the first included once the CRLF above is prepended, is CRLF "--" boundary.
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  /** Headers of the next part (lower-case names), or null after the closing delimiter. */
  async nextPart(): Promise<Record<string, string> | null> {
    if (!this.afterDelimiter) {
      for await (const _ of this.body()) {
        // skip the preamble or the unread rest of the previous part
      }
    }
    this.afterDelimiter = false;
    await this.need(2);
    if (this.buffer.subarray(0, 2).toString() === '--') return null;
    const end = await this.find(HEADER_END, HEADER_LIMIT);
    const lines = this.buffer.subarray(0, end).toString('utf8').split('\r\n');
    this.buffer = this.buffer.subarray(end + HEADER_END.length);
    if (lines[0] !== '') throw new MalformedMultipartError('multipart body: a boundary is not followed by a line break');
    const headers: Record<string, string> = {};
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    return headers;
  }

  /** The current part's bytes up to the next delimiter. */
  async *body(): AsyncGenerator<Buffer> {
    for (;;) {
      const at = this.buffer.indexOf(this.delimiter);
      if (at >= 0) {
        if (at > 0) yield this.buffer.subarray(0, at);
        this.buffer = this.buffer.subarray(at + this.delimiter.length);
        this.afterDelimiter = true;
        return;
      }
      const safe = this.buffer.length - (this.delimiter.length - 1);
      if (safe > 0) {
        yield this.buffer.subarray(0, safe);
        this.buffer = this.buffer.subarray(safe);
      }
      if (!(await this.fill())) throw new MalformedMultipartError('multipart body: ended inside a part (no closing boundary)');
    }
  }

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.chunks.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.buffer = this.buffer.length === 0 ? next.value : Buffer.concat([this.buffer, next.value]);
    return true;
  }

  private async need(length: number): Promise<void> {
    while (this.buffer.length < length) {
      if (!(await this.fill())) throw new MalformedMultipartError('multipart body: ended after a boundary');
    }
  }

  private async find(needle: Buffer, limit: number): Promise<number> {
    for (;;) {
      const at = this.buffer.indexOf(needle);
      if (at >= 0) return at;
      if (this.buffer.length > limit) throw new MalformedMultipartError('multipart body: part headers are too long');
      if (!(await this.fill())) throw new MalformedMultipartError('multipart body: ended inside part headers');
    }
  }
}
