/**
 * The message module's own BullMQ queue (on the push module's connection: Redis, or PostgreSQL) and
 * its jobs. Named for its first job; it also carries the hourly retention sweep. Kept apart from the
 * services so the broadcast and retention files can both name it without importing each other.
 */
export const MESSAGE_BROADCAST_QUEUE = 'message-broadcast';
/** A /message/broadcast fan-out (message-broadcast.queue.ts). */
export const BROADCAST_JOB = 'broadcast';
/** The retention sweep (message-retention.service.ts). */
export const RETENTION_SWEEP_JOB = 'retention-sweep';
