/**
 * The contract between the push pipeline (task and batch workers, src/push/) and the channel
 * adapters (one folder per vendor under src/push/channels/<vendor>/).
 *
 * The pipeline resolves the audience, applies per-user settings, renders one PushContent per
 * group of devices that see the same text, and calls `send()` with at most `maxBatch` targets.
 * The adapter speaks the vendor protocol and answers one normalised PushOutcome per target, in
 * the order of `targets`. The pipeline does everything else: token removal, retries with backoff,
 * stopping a channel after a configuration failure, the counts of /push/task/detail, and the
 * at-most-once bookkeeping per (task, device).
 *
 * Stable: adapters may rely on every field here; later changes only add optional fields.
 */

/** The vendor channels. `mxpush` is the app's own live connection (src/push/mxpush/). */
export enum PushVendor {
  Apns = 'apns',
  Fcm = 'fcm',
  Huawei = 'huawei',
  Xiaomi = 'xiaomi',
  Oppo = 'oppo',
  Vivo = 'vivo',
  /** Meizu Flyme. The spec calls the vendor "meizu" in ospush_sequence and "flyme" in counts. */
  Flyme = 'flyme',
}

/** Every channel /push/task/detail counts, in the order it lists them. */
export type PushChannelName = `${PushVendor}` | 'mxpush';

/** `provider` of /push/certificate and the certificate admin routes. */
export enum PushProvider {
  Apns = 1,
  Huawei = 2,
  Xiaomi = 3,
  Meizu = 4,
  Vivo = 5,
  Oppo = 6,
  Fcm = 7,
}

export const VENDOR_OF_PROVIDER: Readonly<Record<PushProvider, PushVendor>> = {
  [PushProvider.Apns]: PushVendor.Apns,
  [PushProvider.Huawei]: PushVendor.Huawei,
  [PushProvider.Xiaomi]: PushVendor.Xiaomi,
  [PushProvider.Meizu]: PushVendor.Flyme,
  [PushProvider.Vivo]: PushVendor.Vivo,
  [PushProvider.Oppo]: PushVendor.Oppo,
  [PushProvider.Fcm]: PushVendor.Fcm,
};

/** `environment` of a certificate: 0 development (APNs sandbox, vivo test push), 1 production. */
export enum PushEnvironment {
  Development = 0,
  Production = 1,
}

// ---------------------------------------------------------------------------------------------
// Credentials: what one stored certificate (`notifier_name`) holds, decrypted, per vendor.
// ---------------------------------------------------------------------------------------------

interface CredentialBase {
  /** Certificate row id: with `version`, the key under which adapters cache clients and auth tokens. */
  id: number;
  /** Bumped on every update of the certificate; a cached client/token of an older version is stale. */
  version: number;
  /** The tenant (our app_id) the certificate belongs to. */
  appId: string;
  /** The certificate name (= `notifier_name` of /user/token/bind). */
  name: string;
  environment: PushEnvironment;
}

/** APNs token-based auth (.p8). Development → api.sandbox.push.apple.com, production → api.push.apple.com. */
export interface ApnsCredential extends CredentialBase {
  vendor: PushVendor.Apns;
  /** 10-character Team ID (JWT `iss`). */
  teamId: string;
  /** 10-character Key ID (JWT header `kid`). */
  keyId: string;
  /** The app's bundle id: the `apns-topic`. */
  bundleId: string;
  /** PKCS#8 EC P-256 private key, PEM (the .p8 file's text). */
  privateKey: string;
}

/** FCM HTTP v1: the service-account JSON's fields. */
export interface FcmCredential extends CredentialBase {
  vendor: PushVendor.Fcm;
  projectId: string;
  clientEmail: string;
  /** RSA private key, PEM. */
  privateKey: string;
  privateKeyId: string;
  /** OAuth2 token endpoint of the service account (normally https://oauth2.googleapis.com/token). */
  tokenUri: string;
}

/** Huawei Push Kit: OAuth2 client credentials (client_id = the app id). */
export interface HuaweiCredential extends CredentialBase {
  vendor: PushVendor.Huawei;
  /** Huawei's app id (OAuth client_id, and the `{appId}` of the send URL). */
  clientId: string;
  clientSecret: string;
}

/** Xiaomi MiPush: `Authorization: key=<appSecret>`; package name is `restricted_package_name`. */
export interface XiaomiCredential extends CredentialBase {
  vendor: PushVendor.Xiaomi;
  appSecret: string;
  packageName: string;
  /** Xiaomi's AppID, informative (not needed by the REST API). */
  vendorAppId: string | null;
}

/** OPPO: auth sign = sha256(app_key + timestamp + master_secret). */
export interface OppoCredential extends CredentialBase {
  vendor: PushVendor.Oppo;
  appKey: string;
  masterSecret: string;
}

/** vivo: auth sign = md5(appId + appKey + timestamp + appSecret). */
export interface VivoCredential extends CredentialBase {
  vendor: PushVendor.Vivo;
  vendorAppId: string;
  appKey: string;
  appSecret: string;
}

/** Meizu Flyme: per-request md5 sign over sorted params + appSecret. */
export interface FlymeCredential extends CredentialBase {
  vendor: PushVendor.Flyme;
  vendorAppId: string;
  appSecret: string;
}

export type PushCredential =
  | ApnsCredential
  | FcmCredential
  | HuaweiCredential
  | XiaomiCredential
  | OppoCredential
  | VivoCredential
  | FlymeCredential;

/** The credential type of one vendor, e.g. `CredentialOf<PushVendor.Apns>` = ApnsCredential. */
export type CredentialOf<V extends PushVendor> = Extract<PushCredential, { vendor: V }>;

// ---------------------------------------------------------------------------------------------
// Content: the notification, rendered once per group of targets that see the same text.
// ---------------------------------------------------------------------------------------------

export type PushMessageType = 'text' | 'image' | 'cmd';

/** `message.ios` of /push/notify. */
export interface IosOverrides {
  sound?: string;
  content_available?: boolean;
  mutable_content?: boolean;
  category?: string;
  thread_id?: string;
  subtitle?: string;
  apns_collapse_id?: string;
}

/** `message.android` and the common part of every Android vendor's override. */
export interface AndroidOverrides {
  sound?: string;
  channel_id?: string;
  click_action?: 'intent' | 'open_app';
  /** Required when click_action is "intent": `intent:#Intent;component=…;end`. */
  intent?: string;
}

export interface HuaweiOverrides extends AndroidOverrides {
  badge_class?: string;
}

export interface VivoOverrides extends AndroidOverrides {
  /** 0 production push, 1 test push (test devices only). */
  push_mode?: number;
  /** 0 operation message, 1 system message. */
  classification?: number;
}

export interface PushContent {
  /** Stable per task, e.g. "task-42" or "msg-9007199254740"; feed vivo requestId / OPPO app_message_id from it. */
  notificationId: string;
  type: PushMessageType;
  /** Empty string when the message has none. */
  title: string;
  /** Empty string when the message has none. */
  body: string;
  /** Image/audio/video URL (type image: a jpg/jpeg/png URL). */
  attachment_url?: string;
  /** Long text for vendors that show big text; others use `body`. */
  big_text?: string;
  /** The message's custom data (`message.ext`); vendors that need string values stringify them. */
  ext?: Record<string, unknown>;
  /** Collapse/replace key: `ios.apns_collapse_id` when given, else none. */
  collapse_id?: string;
  /**
   * Seconds the vendor may hold the notification for an offline device, derived from
   * show_end_time; undefined = the vendor's default.
   */
  ttl_seconds?: number;
  /** Deliver without sound (the user's silence hours or no_sounds); optional, added after the first version. */
  silent?: boolean;
  ios?: IosOverrides;
  android?: AndroidOverrides;
  /** Vendor overrides: when set they replace the matching `android` fields for that vendor. */
  huawei?: HuaweiOverrides;
  xiaomi?: AndroidOverrides;
  oppo?: AndroidOverrides;
  vivo?: VivoOverrides;
  flyme?: AndroidOverrides;
  fcm?: AndroidOverrides;
}

/** `android` overlaid with the vendor's own override object: what an Android adapter should use. */
export function androidOptionsFor(content: PushContent, vendor: Exclude<PushVendor, PushVendor.Apns>): AndroidOverrides & HuaweiOverrides & VivoOverrides {
  const own = content[vendor] as (AndroidOverrides & HuaweiOverrides & VivoOverrides) | undefined;
  const merged: AndroidOverrides & HuaweiOverrides & VivoOverrides = { ...(content.android ?? {}) };
  for (const [key, value] of Object.entries(own ?? {})) {
    if (value !== undefined && value !== null) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

// ---------------------------------------------------------------------------------------------
// Targets and outcomes.
// ---------------------------------------------------------------------------------------------

/** One device to reach through a vendor. */
export interface PushTarget {
  userId: number;
  deviceSn: number;
  /** The vendor's token for the installation (APNs device token hex, FCM registration token, regId, pushId…). */
  deviceToken: string;
  /** MaxIM platform: 1 iOS, 2 Android, … (null when unknown). */
  platform: number | null;
  /**
   * The badge to show on this device (the message's number, or the device's stored badge after a
   * "+N"); undefined = leave the badge alone. Per target because "+N" differs per device.
   */
  badge?: number;
}

/**
 * The normalised answer for one target (push-vendors.md §10):
 * - ok: the vendor accepted it;
 * - invalidToken: the token is dead (unregistered, uninstalled, wrong app) — the pipeline removes the binding;
 * - retryable: try again later (429, 5xx, timeouts); `retryAfterMs` from Retry-After when the vendor gave one;
 * - quotaExhausted: the vendor's daily quota is spent; `retryAfterMs` until its day rolls over;
 * - fatalConfig: the credential/app setup is wrong — the pipeline stops this channel for the task;
 * - fatalMessage: this message can never be accepted (too large, bad field) — not retried.
 */
export type PushOutcome =
  | { kind: 'ok' }
  | { kind: 'invalidToken'; reason?: string }
  | { kind: 'retryable'; retryAfterMs?: number; reason?: string }
  | { kind: 'quotaExhausted'; retryAfterMs: number; reason?: string }
  | { kind: 'fatalConfig'; reason: string }
  | { kind: 'fatalMessage'; reason: string };

export type PushOutcomeKind = PushOutcome['kind'];

/** Convenience for adapters whose failure applies to the whole request. */
export function sameOutcomeFor(targets: readonly PushTarget[], outcome: PushOutcome): PushOutcome[] {
  return targets.map(() => outcome);
}

/**
 * A vendor channel. Implementations are Nest providers that register themselves with
 * PushChannelRegistry (see push-channel.registry.ts) and are listed in vendor-channels.ts.
 *
 * send() must not throw for vendor answers: every target gets an outcome, in order. A thrown error
 * is treated as `retryable` for every target of the call. Clients, connections and auth tokens are
 * cached per credential (`id` + `version`), never built per call; auth tokens are shared between
 * workers (vendor-common/vendor-token.store.ts).
 */
export interface PushChannel<V extends PushVendor = PushVendor> {
  readonly vendor: V;
  /** Most targets one send() call may carry (the pipeline never passes more). */
  readonly maxBatch: number;
  send(credential: CredentialOf<V>, content: PushContent, targets: readonly PushTarget[]): Promise<PushOutcome[]>;
}
