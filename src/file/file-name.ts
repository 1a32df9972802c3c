import { basename } from 'node:path/win32';

const MAX_NAME_LENGTH = 255;

/**
 * A file name safe to store and to put in a Content-Disposition header: the last path segment of
 * whatever the client sent (both / and \ count as separators), without control characters, quotes
 * or leading dots, at most 255 characters; null when nothing usable is left.
 */
export function sanitizeFileName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const cleaned = basename(raw.replace(/\//g, '\\'))
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f"\\<>|*?:]/g, '')
    .replace(/^[.\s]+/, '')
    .trim();
  if (!cleaned) return null;
  return Array.from(cleaned).slice(0, MAX_NAME_LENGTH).join('');
}

/** `inline` or `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(kind: 'inline' | 'attachment', name: string | null): string {
  const fileName = name ?? 'file';
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
