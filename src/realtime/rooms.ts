/**
 * Rooms a provisioned connection joins, whatever its transport. Delivery addresses rooms, and
 * XsyncFanOut carries it to every process, each delivering to the connections it holds.
 */
export const Rooms = {
  /** Every live device of a user. */
  user: (appId: string, userId: number): string => `u:${appId}:${userId}`,
  /** One device of a user. */
  device: (appId: string, userId: number, deviceSn: number): string => `d:${appId}:${userId}:${deviceSn}`,
  /** The sockets opened with one access token (a kick may spare the caller's own token). */
  token: (tokenId: string): string => `t:${tokenId}`,
  /**
   * The sessions of a group's receivers: members whose mute mode lets them receive, joined at
   * PROVISION and on every change (GroupReceivers), so a group entry is one delivery to one room.
   */
  group: (appId: string, groupId: number): string => `g:${appId}:${groupId}`,
  /** One connection (to spare it when its own device's older sessions are ended). */
  connection: (connectionId: string): string => `c:${connectionId}`,
};
