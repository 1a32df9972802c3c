import { Injectable } from '@nestjs/common';
import { PushChannel, PushVendor } from './push-channel';

/**
 * The channels the workers send through, one per vendor. Each adapter is a Nest provider listed in
 * vendor-channels.ts that calls `register(this)` from its constructor (or onModuleInit), so adding
 * a vendor is one folder and one line. Registering a vendor twice is a start-up error, except with
 * `replace` (tests put a fake in place of a real adapter).
 */
@Injectable()
export class PushChannelRegistry {
  private readonly channels = new Map<PushVendor, PushChannel>();

  register(channel: PushChannel, options: { replace?: boolean } = {}): void {
    if (this.channels.has(channel.vendor) && !options.replace) {
      throw new Error(`two push channels registered for vendor ${channel.vendor}; each vendor has exactly one adapter`);
    }
    if (!Number.isInteger(channel.maxBatch) || channel.maxBatch < 1) {
      throw new Error(`push channel ${channel.vendor}: maxBatch must be a positive whole number, got ${channel.maxBatch}`);
    }
    this.channels.set(channel.vendor, channel);
  }

  /** The vendor's channel, or null when no adapter is installed for it. */
  channelFor(vendor: PushVendor | `${PushVendor}`): PushChannel | null {
    return this.channels.get(vendor as PushVendor) ?? null;
  }

  registeredVendors(): PushVendor[] {
    return [...this.channels.keys()];
  }
}
