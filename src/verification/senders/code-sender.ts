import { VerificationChannel } from '../verification.types';

/** The vendors an app may send codes through; `log` writes the code to the server log (development only). */
export enum SenderVendor {
  Log = 'log',
  Aliyun = 'aliyun',
  Tencent = 'tencent',
  Yunpian = 'yunpian',
  Twilio = 'twilio',
  Smtp = 'smtp',
}

export const CHANNEL_OF_VENDOR: Readonly<Record<SenderVendor, VerificationChannel | 'any'>> = {
  [SenderVendor.Log]: 'any',
  [SenderVendor.Aliyun]: 'sms',
  [SenderVendor.Tencent]: 'sms',
  [SenderVendor.Yunpian]: 'sms',
  [SenderVendor.Twilio]: 'sms',
  [SenderVendor.Smtp]: 'email',
};

/**
 * One app's sender for one channel, decrypted. `settings` holds the vendor's non-secret fields
 * (README "Senders" lists them), `secret` the one secret (access key secret, API key, auth token,
 * SMTP password). `id` + `version` key cached clients.
 */
export interface SenderCredential {
  appId: string;
  channel: VerificationChannel;
  vendor: SenderVendor;
  version: number;
  settings: Record<string, string>;
  secret: string | null;
}

/** The rendered message: `text` for vendors that take free text, `templateId` + `params` for template vendors. */
export interface CodeMessage {
  to: string;
  code: string;
  text: string;
  subject: string;
  templateId: string | null;
  /** Minutes the code stays valid, the second template parameter of template vendors. */
  minutes: number;
}

/** Thrown when a vendor refuses or cannot be reached; its message names the vendor's answer, never the code. */
export class SendFailedError extends Error {}

/**
 * A code sender. Implementations speak one vendor's API against a base URL from config (tests use
 * stub servers) and throw SendFailedError for any refusal.
 */
export interface CodeSender {
  readonly vendor: SenderVendor;
  /** The settings fields the vendor needs, checked when an operator stores a sender. */
  readonly requiredSettings: readonly string[];
  readonly needsSecret: boolean;
  /** Whether the vendor sends a registered template (by `templateId`) rather than our text. */
  readonly usesTemplateId: boolean;
  send(credential: SenderCredential, message: CodeMessage): Promise<void>;
}
