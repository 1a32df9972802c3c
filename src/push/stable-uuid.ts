import { createHash } from 'node:crypto';

/**
 * A UUID (version 8, "custom") made of the SHA-256 of `text`: the same text gives the same id on
 * every attempt, so a receiver can drop a resend by it (APNs' `apns-id`, push.task_finished's event id).
 */
export function stableUuid(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
