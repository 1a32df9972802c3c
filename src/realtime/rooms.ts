/**
 * socket.io rooms a provisioned socket joins. Delivery addresses rooms, never socket ids, so the
 * adapter (Redis or PostgreSQL) carries it to whichever process holds the socket.
 */
export const Rooms = {
  /** Every live device of a user. */
  user: (appId: string, userId: number): string => `u:${appId}:${userId}`,
  /** One device of a user. */
  device: (appId: string, userId: number, deviceSn: number): string => `d:${appId}:${userId}:${deviceSn}`,
  /** The sockets opened with one access token (a kick may spare the caller's own token). */
  token: (tokenId: string): string => `t:${tokenId}`,
};
