import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { Metrics } from '../common/observability/metrics.service';
import { PushPreferences, UserSettingsService } from '../user/user-settings.service';
import { PushChannelName, PushContent, PushOutcome, PushTarget, PushVendor } from './channels/push-channel';
import { PushChannelRegistry } from './channels/push-channel.registry';
import { LiveDeviceTarget, liveDeviceKey, LivePushPort } from './live-push.port';
import { PushCertificateService } from './push-certificate.service';
import { allowedVendors, PushFanoutService, RoutingPlan, vendorChannelOf } from './push-fanout.service';
import { PushTaskFinisher } from './push-task-finisher.service';
import { OfflineMessagePush, PushJobData, PushJobName } from './push.jobs';
import { renderMessagePush, renderNotification } from './push-render';
import { NotifyTaskRequest } from './push.service';
import { ClaimedDelivery, DeliveryResult, DeliveryState, DeviceRow, NewDelivery, PushTaskRepository, StoredTask } from './push-task.repository';

/** Thrown by a batch that must run again later for the deliveries it handed back. */
export class RetryBatchLater extends Error {
  constructor(readonly delayMs: number) {
    super(`retry the batch in ${delayMs} ms`);
  }
}

/** Exponential backoff with full jitter from 1 s up to 5 min, never below the vendor's Retry-After. */
export function retryDelay(retries: number, retryAfterMs: number | undefined): number {
  const ceiling = Math.min(300_000, 1000 * 2 ** Math.min(retries, 20));
  const backoff = ceiling / 2 + Math.random() * (ceiling / 2);
  return Math.max(Math.round(backoff), retryAfterMs ?? 0);
}

/** Retries of one batch before its remaining deliveries are recorded as failed. */
export const MAX_BATCH_RETRIES = 8;

const SETTLED_OUTCOMES: Record<DeliveryResult['state'], string> = {
  [DeliveryState.Sent]: 'sent',
  [DeliveryState.Failed]: 'failed',
  [DeliveryState.Skipped]: 'skipped',
};

type TaskRequest = NotifyTaskRequest | OfflineMessagePush;

interface Rendered {
  content: PushContent;
  targets: { device: DeviceRow; claimed: ClaimedDelivery }[];
}

/**
 * Stage two: sends one batch of a task's deliveries through one channel. Each run claims the
 * batch's unsettled deliveries, sends, and settles each device with its outcome: ok → sent;
 * invalidToken → the binding is cleared; retryable/quotaExhausted → handed back and the batch is
 * retried later; fatalConfig → the channel stops for the task; fatalMessage → failed (a silent
 * `cmd` push a vendor cannot carry → skipped).
 */
@Injectable()
export class PushSenderService {
  private readonly logger = new Logger(PushSenderService.name);

  constructor(
    private readonly tasks: PushTaskRepository,
    private readonly settings: UserSettingsService,
    private readonly certificates: PushCertificateService,
    private readonly registry: PushChannelRegistry,
    private readonly live: LivePushPort,
    private readonly fanout: PushFanoutService,
    private readonly finisher: PushTaskFinisher,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  async sendBatch(job: PushJobData<PushJobName.SendBatch>, retries: number): Promise<void> {
    const { appId, taskId, channel } = job;
    const task = await this.tasks.findTask<TaskRequest>(appId, taskId);
    if (!task) return;
    const now = this.clock.now();
    const claim = randomUUID();
    const badge = this.badgeOf(task);
    const { claimed, heldElsewhere } = await this.tasks.claim(
      appId,
      taskId,
      job.devices,
      claim,
      now,
      // A claim older than the lease belongs to a worker that died mid-send: its devices are claimed again.
      new Date(now.getTime() - this.config.pushClaimLeaseSeconds * 1000),
      badge.increment,
    );
    const retry = { needed: heldElsewhere > 0, retryAfterMs: undefined as number | undefined };
    if (claimed.length > 0) {
      if (this.isLate(task, now)) {
        await this.settleAll(appId, taskId, channel, claim, claimed, DeliveryState.Skipped, 'late: after show_end_time');
      } else if (retries >= MAX_BATCH_RETRIES) {
        await this.settleAll(appId, taskId, channel, claim, claimed, DeliveryState.Failed, `gave up after ${retries} retries`);
        retry.needed = false;
      } else {
        await this.deliver(task, channel, claim, claimed, badge.absolute, retry);
      }
    }
    if (retry.needed) throw new RetryBatchLater(retryDelay(retries, retry.retryAfterMs));
    await this.finisher.finishIfSent(appId, taskId, task.kind);
  }

  private async deliver(
    task: StoredTask<TaskRequest>,
    channel: PushChannelName,
    claim: string,
    claimed: ClaimedDelivery[],
    absoluteBadge: number | null,
    retry: { needed: boolean; retryAfterMs: number | undefined },
  ): Promise<void> {
    const { appId, id: taskId } = task;
    const devices = new Map((await this.tasks.devices(appId, claimed.map((row) => [row.userId, row.deviceSn]))).map((d) => [liveDeviceKey(d.userId, d.deviceSn), d]));
    const gone = claimed.filter((row) => !devices.has(liveDeviceKey(row.userId, row.deviceSn)));
    await this.settleAll(appId, taskId, channel, claim, gone, DeliveryState.Skipped, 'device removed');
    const present = claimed.filter((row) => devices.has(liveDeviceKey(row.userId, row.deviceSn)));
    const rendered = await this.render(task, present, devices);
    const badgeOf = (row: ClaimedDelivery, device: DeviceRow) => absoluteBadge ?? row.badge ?? (this.badgeOf(task).increment !== null ? device.badge : undefined);
    if (channel === 'mxpush') {
      await this.deliverLive(task, claim, rendered, badgeOf);
      return;
    }
    const failure = await this.tasks.channelFailure(appId, taskId, channel);
    if (failure !== null) {
      await this.settleAll(appId, taskId, channel, claim, present, DeliveryState.Failed, `channel stopped: ${failure}`);
      return;
    }
    const adapter = this.registry.channelFor(channel);
    if (!adapter) {
      await this.tasks.recordChannelFailure(appId, taskId, channel, `no ${channel} channel adapter is installed`);
      await this.settleAll(appId, taskId, channel, claim, present, DeliveryState.Failed, 'no adapter');
      return;
    }
    const credentials = new Map<string, Awaited<ReturnType<PushCertificateService['credential']>>>();
    let stopped: string | null = null;
    for (const group of rendered) {
      // Devices of one content may be bound to different certificates of the vendor (development and production).
      const byCertificate = new Map<string, Rendered['targets']>();
      for (const target of group.targets) {
        const name = target.device.notifierName ?? '';
        byCertificate.set(name, [...(byCertificate.get(name) ?? []), target]);
      }
      for (const [name, targets] of byCertificate) {
        if (stopped !== null) {
          await this.settleTargets(appId, taskId, channel, claim, targets, DeliveryState.Failed, `channel stopped: ${stopped}`);
          continue;
        }
        if (!credentials.has(name)) credentials.set(name, await this.certificates.credential(appId, name));
        const credential = credentials.get(name)!;
        const usable = targets.filter((t) => t.device.deviceToken && credential && credential.vendor === channel);
        await this.settleTargets(appId, taskId, channel, claim, targets.filter((t) => !usable.includes(t)), DeliveryState.Skipped, 'binding changed');
        for (let start = 0; start < usable.length && stopped === null; start += adapter.maxBatch) {
          const chunk = usable.slice(start, start + adapter.maxBatch);
          const pushTargets: PushTarget[] = chunk.map(({ device, claimed: row }) => {
            const value = badgeOf(row, device);
            return { userId: device.userId, deviceSn: device.deviceSn, deviceToken: device.deviceToken!, platform: device.platform, ...(value === undefined ? {} : { badge: value }) };
          });
          let outcomes: PushOutcome[];
          try {
            outcomes = await adapter.send(credential as never, group.content, pushTargets);
            if (outcomes.length !== pushTargets.length) throw new Error(`${channel} answered ${outcomes.length} outcomes for ${pushTargets.length} targets`);
          } catch (error) {
            const reason = `${channel} send failed: ${error instanceof Error ? error.message : String(error)}`;
            this.logger.warn(`${reason} (task ${taskId})`);
            outcomes = pushTargets.map(() => ({ kind: 'retryable', reason }) as PushOutcome);
          }
          stopped = await this.applyOutcomes(task, channel, claim, group.content, chunk, outcomes, retry);
        }
      }
    }
  }

  /** Settles one vendor call's outcomes; answers the fatalConfig reason when the channel must stop. */
  private async applyOutcomes(
    task: StoredTask<TaskRequest>,
    channel: PushChannelName,
    claim: string,
    content: PushContent,
    chunk: Rendered['targets'],
    outcomes: PushOutcome[],
    retry: { needed: boolean; retryAfterMs: number | undefined },
  ): Promise<string | null> {
    const results: DeliveryResult[] = [];
    const handBack = new Map<string, [number, number][]>();
    let stopped: string | null = null;
    for (let index = 0; index < chunk.length; index++) {
      const { device } = chunk[index];
      const outcome = outcomes[index];
      const key = { userId: device.userId, deviceSn: device.deviceSn };
      switch (outcome.kind) {
        case 'ok':
          results.push({ ...key, state: DeliveryState.Sent, outcome: 'ok', received: true });
          break;
        case 'invalidToken':
          await this.tasks.clearVendorBinding(task.appId, device.userId, device.deviceSn, device.deviceToken!);
          results.push({ ...key, state: DeliveryState.Failed, outcome: `invalidToken${outcome.reason ? `: ${outcome.reason}` : ''}`, received: false });
          break;
        case 'retryable':
        case 'quotaExhausted': {
          const reason = `${outcome.kind}${outcome.reason ? `: ${outcome.reason}` : ''}`;
          const waiting = handBack.get(reason) ?? [];
          waiting.push([device.userId, device.deviceSn]);
          handBack.set(reason, waiting);
          retry.needed = true;
          if (outcome.retryAfterMs !== undefined) retry.retryAfterMs = Math.max(retry.retryAfterMs ?? 0, outcome.retryAfterMs);
          break;
        }
        case 'fatalConfig':
          stopped ??= outcome.reason;
          results.push({ ...key, state: DeliveryState.Failed, outcome: `fatalConfig: ${outcome.reason}`, received: false });
          break;
        case 'fatalMessage':
          // A silent `cmd` push refused by a vendor without pass-through messages (OPPO, vivo, Meizu) is
          // skipped, not failed: the device has no other vendor binding to try (README "Outcomes").
          results.push({
            ...key,
            state: content.type === 'cmd' ? DeliveryState.Skipped : DeliveryState.Failed,
            outcome: `${content.type === 'cmd' ? 'unsupported' : 'fatalMessage'}: ${outcome.reason}`,
            received: false,
          });
          break;
      }
    }
    if (stopped !== null) await this.tasks.recordChannelFailure(task.appId, task.id, channel, stopped);
    await this.settle(task.appId, task.id, channel, claim, results);
    for (const [reason, keys] of handBack) {
      await this.tasks.release(task.appId, task.id, claim, keys, reason);
      this.metrics.pushDeliveries.inc({ channel, outcome: 'retry' }, keys.length);
    }
    return stopped;
  }

  /**
   * mxpush: the devices the gateway reached are sent; in `combined` mode the others go to their
   * vendor channel (when bound and allowed), else they are skipped.
   */
  private async deliverLive(
    task: StoredTask<TaskRequest>,
    claim: string,
    rendered: Rendered[],
    badgeOf: (row: ClaimedDelivery, device: DeviceRow) => number | undefined,
  ): Promise<void> {
    const { appId, id: taskId } = task;
    const combined = task.kind === 'message' || (task.request as NotifyTaskRequest).strategy === 'combined';
    const plan: RoutingPlan | null = combined
      ? {
          strategy: 'combined',
          allowed: allowedVendors(task.kind === 'message' ? ['ups', 'fcm'] : (task.request as NotifyTaskRequest).sequence),
          vendorsByName: await this.certificates.vendorsByName(appId),
        }
      : null;
    const results: DeliveryResult[] = [];
    const rerouted: NewDelivery[] = [];
    for (const group of rendered) {
      const targets: LiveDeviceTarget[] = group.targets.map(({ device, claimed }) => {
        const badge = badgeOf(claimed, device);
        return { userId: device.userId, deviceSn: device.deviceSn, ...(badge === undefined ? {} : { badge }) };
      });
      const reached = await this.live.deliver(appId, targets, { taskId, content: group.content });
      for (const { device } of group.targets) {
        const key = { userId: device.userId, deviceSn: device.deviceSn };
        if (reached.has(liveDeviceKey(device.userId, device.deviceSn))) {
          results.push({ ...key, state: DeliveryState.Sent, outcome: 'ok', received: true });
          continue;
        }
        const vendor: PushVendor | null = plan ? vendorChannelOf(device, plan) : null;
        if (vendor !== null) rerouted.push({ ...key, channel: vendor });
        else results.push({ ...key, state: DeliveryState.Skipped, outcome: 'not connected', received: false });
      }
    }
    await this.settle(appId, taskId, 'mxpush', claim, results);
    await this.tasks.reroute(appId, taskId, 'mxpush', rerouted);
    await this.fanout.enqueue(appId, taskId, rerouted);
  }

  /** Groups the claimed devices by the content their user should see. */
  private async render(task: StoredTask<TaskRequest>, claimed: ClaimedDelivery[], devices: Map<string, DeviceRow>): Promise<Rendered[]> {
    const userIds = [...new Set(claimed.map((row) => row.userId))];
    const preferences = await this.settings.pushPreferencesOf(task.appId, userIds);
    const now = this.clock.now();
    let senderName = '';
    if (task.kind === 'message') {
      const push = task.request as OfflineMessagePush;
      const sender = await this.settings.pushPreferencesOf(task.appId, [push.fromUserId]);
      senderName = sender.get(push.fromUserId)?.pushNickName ?? (await this.tasks.username(task.appId, push.fromUserId)) ?? '';
    }
    const groups = new Map<string, Rendered>();
    const fallback: PushPreferences = {
      noPush: false,
      noPushDetail: false,
      noPushStartHour: null,
      noPushEndHour: null,
      silenceStartHour: null,
      silenceEndHour: null,
      pushNickName: null,
      noSounds: false,
    };
    for (const row of claimed) {
      const userPreferences = preferences.get(row.userId) ?? fallback;
      const content =
        task.kind === 'message'
          ? renderMessagePush((task.request as OfflineMessagePush).messageId, senderName, (task.request as OfflineMessagePush).text, (task.request as OfflineMessagePush).ext, userPreferences, now)
          : renderNotification(task.id, (task.request as NotifyTaskRequest).message, userPreferences, now);
      const key = JSON.stringify(content);
      const group = groups.get(key) ?? { content, targets: [] };
      group.targets.push({ device: devices.get(liveDeviceKey(row.userId, row.deviceSn))!, claimed: row });
      groups.set(key, group);
    }
    return [...groups.values()];
  }

  /** "+N" adds N to each device's stored badge (once per task and device); a number sets it. */
  private badgeOf(task: StoredTask<TaskRequest>): { increment: number | null; absolute: number | null } {
    const badge = task.kind === 'message' ? '+1' : ((task.request as NotifyTaskRequest).message.badge ?? '+1');
    return badge.startsWith('+') ? { increment: Number(badge.slice(1)), absolute: null } : { increment: null, absolute: Number(badge) };
  }

  private isLate(task: StoredTask<TaskRequest>, now: Date): boolean {
    if (task.kind !== 'notify') return false;
    const end = (task.request as NotifyTaskRequest).message.show_end_time;
    return end !== undefined && end * 1000 <= now.getTime();
  }

  private settleAll(appId: string, taskId: number, channel: PushChannelName, claim: string, rows: { userId: number; deviceSn: number }[], state: DeliveryResult['state'], outcome: string) {
    return this.settle(
      appId,
      taskId,
      channel,
      claim,
      rows.map((row) => ({ userId: row.userId, deviceSn: row.deviceSn, state, outcome, received: false })),
    );
  }

  /** Every settled delivery goes through here, so the outcome counters match the stored states. */
  private async settle(appId: string, taskId: number, channel: PushChannelName, claim: string, results: DeliveryResult[]): Promise<void> {
    await this.tasks.settle(appId, taskId, channel, claim, results);
    for (const result of results) this.metrics.pushDeliveries.inc({ channel, outcome: SETTLED_OUTCOMES[result.state] });
  }

  private settleTargets(appId: string, taskId: number, channel: PushChannelName, claim: string, targets: Rendered['targets'], state: DeliveryResult['state'], outcome: string) {
    return this.settleAll(appId, taskId, channel, claim, targets.map((t) => t.device), state, outcome);
  }
}
