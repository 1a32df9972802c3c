import { androidOptionsFor, PushContent, PushEnvironment, VivoCredential, PushVendor } from '../push-channel';
import { stringMap } from '../vendor-common/vendor-outcome';

/** vivo counts a CJK (non-ASCII) character as two units: title ≤ 40 units, content ≤ 100. */
export function truncateUnits(text: string, maxUnits: number): string {
  let units = 0;
  let result = '';
  for (const char of text) {
    units += char.charCodeAt(0) > 0x7f ? 2 : 1;
    if (units > maxUnits) break;
    result += char;
  }
  return result;
}

/**
 * The content fields shared by /message/send and /message/saveListPayload. skipType 4 + intent when
 * the click opens an intent, else 1 (open the app); ext → clientCustomMap (≤10 string pairs);
 * pushMode 1 (test devices only) for development certificates unless the vivo override says;
 * classification from the override (0 operation, 1 system; vivo's quota differs). No badge field.
 */
export function buildVivoContent(content: PushContent, credential: VivoCredential): Record<string, unknown> {
  const options = androidOptionsFor(content, PushVendor.Vivo);
  const fields: Record<string, unknown> = {
    appId: Number(credential.vendorAppId),
    notifyType: 4,
    title: truncateUnits(content.title || content.body, 40),
    content: truncateUnits(content.big_text || content.body, 100),
    skipType: options.click_action === 'intent' && options.intent ? 4 : 1,
    networkType: -1,
    pushMode: options.push_mode ?? (credential.environment === PushEnvironment.Development ? 1 : 0),
  };
  if (fields.skipType === 4) fields.skipContent = options.intent;
  if (options.classification !== undefined) fields.classification = options.classification;
  if (content.ttl_seconds !== undefined) fields.timeToLive = Math.max(60, Math.min(content.ttl_seconds, 7 * 24 * 3600));
  const custom = Object.entries(stringMap(content.ext)).slice(0, 10);
  if (custom.length > 0) fields.clientCustomMap = Object.fromEntries(custom);
  return fields;
}
