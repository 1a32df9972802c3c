import { Provider } from '@nestjs/common';
import { ApnsChannel } from './apns/apns.channel';
import { FcmChannel } from './fcm/fcm.channel';
import { FlymeChannel } from './flyme/flyme.channel';
import { HuaweiChannel } from './huawei/huawei.channel';
import { OppoChannel } from './oppo/oppo.channel';
import { VendorTokenCache } from './vendor-common/vendor-token.cache';
import { VendorTokenRepository } from './vendor-common/vendor-token.repository';
import { VivoChannel } from './vivo/vivo.channel';
import { XiaomiChannel } from './xiaomi/xiaomi.channel';

/**
 * The vendor adapters, one line each (src/push/channels/<vendor>/<vendor>.channel.ts). Every class
 * listed here is instantiated by PushModule and registers itself with PushChannelRegistry.
 */
export const VENDOR_CHANNEL_PROVIDERS: Provider[] = [
  // The shared vendor auth-token cache the adapters below depend on (Redis or push_vendor_tokens).
  VendorTokenRepository,
  VendorTokenCache,
  ApnsChannel,
  FcmChannel,
  HuaweiChannel,
  XiaomiChannel,
  OppoChannel,
  VivoChannel,
  FlymeChannel,
];
