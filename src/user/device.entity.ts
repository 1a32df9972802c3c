import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** MaxIM's device platforms. */
export enum DevicePlatform {
  Ios = 1,
  Android = 2,
  Windows = 3,
  MacOs = 4,
  Linux = 5,
  Web = 6,
}

/**
 * The platform a login's User-Agent names. MaxIM's login requests carry no platform field, so the
 * header is all there is: browsers (the web SDK) send "Mozilla/…", native SDKs their HTTP
 * library's agent (CFNetwork on iOS, okhttp on Android). Electron desktop apps count as their OS.
 * Null when nothing matches.
 */
export function platformFromUserAgent(userAgent: string | null): DevicePlatform | null {
  if (!userAgent) return null;
  const desktop = /Electron\//.test(userAgent);
  if (/^Mozilla\//.test(userAgent) && !desktop) return DevicePlatform.Web;
  if (/iPhone|iPad|iPod|\biOS\b|CFNetwork/.test(userAgent)) return DevicePlatform.Ios;
  if (/Android|okhttp|Dalvik/i.test(userAgent)) return DevicePlatform.Android;
  if (/Windows/.test(userAgent)) return DevicePlatform.Windows;
  if (/Macintosh|Mac OS X|macOS|Darwin/.test(userAgent)) return DevicePlatform.MacOs;
  if (/Linux/.test(userAgent)) return DevicePlatform.Linux;
  return null;
}

/** A user's installation. `device_sn` is numbered per user from 1; `device_guid` is the client's own id. */
@Entity('devices')
export class DeviceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'bigint' })
  userId!: number;

  @PrimaryColumn({ name: 'device_sn', type: 'integer' })
  deviceSn!: number;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @Column({ name: 'device_guid', type: 'text' })
  deviceGuid!: string;

  @Column({ type: 'smallint', nullable: true })
  platform!: number | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent!: string | null;

  /** MaxIM's own push token, handed out with a user token when the client names its device. */
  @Column({ name: 'push_token', type: 'text' })
  pushToken!: string;

  /** The name of the app's push certificate for the vendor (`/user/token/bind`'s notifier_name). */
  @Column({ name: 'notifier_name', type: 'text', nullable: true })
  notifierName!: string | null;

  /** The vendor's token for this installation (APNs device token, FCM registration token, …). */
  @Column({ name: 'device_token', type: 'text', nullable: true })
  deviceToken!: string | null;

  @Column({ type: 'text', nullable: true })
  alias!: string | null;

  @Column({ type: 'integer', default: 0 })
  badge!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_login_at', type: 'timestamptz', default: () => 'now()' })
  lastLoginAt!: Date;
}
