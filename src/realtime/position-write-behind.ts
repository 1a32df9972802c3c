import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { DevicePosition, RealtimeRepository } from './realtime.repository';

const keyOf = (userId: number, deviceSn: number): string => `${userId}:${deviceSn}`;

/**
 * Sync positions confirmed from memory (DeviceStreams.confirm), stored every
 * REALTIME_POSITION_FLUSH_MS in one statement for all devices. A crash loses at most the
 * confirmations of the last interval (and of a flush under way): those devices get the same
 * entries (same ids) again on reconnect, never fewer (src/realtime/README.md "Pushed pages").
 */
@Injectable()
export class PositionWriteBehind implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('PositionWriteBehind');
  /** Per device, per conversation: the furthest position confirmed and not stored yet. */
  private pending = new Map<string, Map<number, DevicePosition>>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private readonly intervalMs: number;

  constructor(
    private readonly repository: RealtimeRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.intervalMs = config.realtime.positionFlushMs;
  }

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }

  record(userId: number, deviceSn: number, conversationKey: number, seq: number): void {
    const device = keyOf(userId, deviceSn);
    let positions = this.pending.get(device);
    if (!positions) this.pending.set(device, (positions = new Map()));
    const known = positions.get(conversationKey);
    if (!known || known.seq < seq) positions.set(conversationKey, { userId, deviceSn, conversationKey, seq });
  }

  /** Stores a device's pending positions now (it is reconnecting: what it reads must include its confirmations). */
  async flushDevice(userId: number, deviceSn: number): Promise<void> {
    if (this.pending.has(keyOf(userId, deviceSn))) await this.flush();
    else await this.flushing;
  }

  /** One statement for everything pending; what fails is kept for the next flush. */
  flush(): Promise<void> {
    const taken = this.pending;
    if (taken.size === 0) return this.flushing;
    this.pending = new Map();
    const positions = [...taken.values()].flatMap((device) => [...device.values()]);
    const write = this.flushing.then(() =>
      this.repository.advanceDevicePositions(positions).catch((error: Error) => {
        this.logger.error(`storing ${positions.length} sync positions failed, kept for the next flush: ${error.message}`);
        for (const position of positions) this.record(position.userId, position.deviceSn, position.conversationKey, position.seq);
      }),
    );
    this.flushing = write;
    return write;
  }
}
