import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { PresenceService } from '../user/presence.service';
import { PushIdentityService } from '../user/push-identity.service';
import { UserSettingsService } from '../user/user-settings.service';
import { GroupMemberService } from '../group/group-member.service';
import { MsgMuteMode, MsgPushMode } from '../group/group-member.entity';
import { PushChannelName, PushVendor } from './channels/push-channel';
import { PushChannelRegistry } from './channels/push-channel.registry';
import { PushCertificateService } from './push-certificate.service';
import { DistributionStrategy, OspushName } from './push.dto';
import { OfflineMessagePush } from './push.jobs';
import { PushProducer } from './push.producer';
import { refusesPush } from './push-render';
import { DeviceRow, NewDelivery, PushTaskRepository } from './push-task.repository';
import { NotifyTaskRequest } from './push.service';
import { PushTaskFinisher } from './push-task-finisher.service';

/** Devices read per audience page: bounded memory whatever the audience size, few round trips per task. */
export const AUDIENCE_PAGE_SIZE = 5000;
/** Devices per mxpush batch job. */
export const MXPUSH_BATCH = 500;
/** Batch size when a vendor has no adapter installed (the batch then records the failure). */
const DEFAULT_VENDOR_BATCH = 500;

const UPS: PushVendor[] = [PushVendor.Huawei, PushVendor.Xiaomi, PushVendor.Flyme, PushVendor.Oppo, PushVendor.Vivo];

/** The vendors an ospush_sequence allows; APNs is iOS's only vendor and is always allowed. */
export function allowedVendors(sequence: OspushName[]): Set<PushVendor> {
  const allowed = new Set<PushVendor>([PushVendor.Apns]);
  for (const name of sequence) {
    if (name === 'ups') UPS.forEach((vendor) => allowed.add(vendor));
    else if (name === 'meizu') allowed.add(PushVendor.Flyme);
    else allowed.add(name as PushVendor);
  }
  return allowed;
}

/** How one task routes devices to channels. */
export interface RoutingPlan {
  strategy: DistributionStrategy;
  allowed: Set<PushVendor>;
  vendorsByName: Map<string, PushVendor>;
}

/** The vendor channel for a device's binding, or null (no binding, unknown certificate, vendor not allowed). */
export function vendorChannelOf(device: Pick<DeviceRow, 'notifierName' | 'deviceToken'>, plan: RoutingPlan): PushVendor | null {
  if (!device.notifierName || !device.deviceToken) return null;
  const vendor = plan.vendorsByName.get(device.notifierName);
  return vendor !== undefined && plan.allowed.has(vendor) ? vendor : null;
}

function route(device: DeviceRow, online: boolean, plan: RoutingPlan): PushChannelName | null {
  if (plan.strategy !== 'ospush_only' && online) return 'mxpush';
  if (plan.strategy === 'mxpush_only') return null;
  return vendorChannelOf(device, plan);
}

/**
 * Stage one of the fan-out: resolves a task's audience page by page (keyset cursors, never the
 * whole audience in memory), drops users that refuse pushes now, records one delivery per device
 * with its channel, and queues send batches per channel.
 */
@Injectable()
export class PushFanoutService {
  constructor(
    private readonly tasks: PushTaskRepository,
    private readonly identities: PushIdentityService,
    private readonly settings: UserSettingsService,
    private readonly presence: PresenceService,
    private readonly certificates: PushCertificateService,
    private readonly registry: PushChannelRegistry,
    private readonly producer: PushProducer,
    private readonly groupMembers: GroupMemberService,
    private readonly clock: Clock,
    private readonly finisher: PushTaskFinisher,
  ) {}

  async runNotifyTask(appId: string, taskId: number): Promise<void> {
    const task = await this.tasks.findTask<NotifyTaskRequest>(appId, taskId);
    if (!task || task.status === 'expired' || task.status === 'done') return;
    const { message, audience } = task.request;
    if (message.show_end_time !== undefined && message.show_end_time * 1000 <= this.clock.now().getTime()) {
      await this.tasks.setStatus(appId, taskId, 'expired');
      return;
    }
    await this.tasks.setStatus(appId, taskId, 'resolving');
    const plan: RoutingPlan = {
      strategy: task.request.strategy,
      allowed: allowedVendors(task.request.sequence),
      vendorsByName: await this.certificates.vendorsByName(appId),
    };
    // The next page is read while this one is routed, recorded and queued (two pages in memory at most).
    const pages = this.audiencePages(appId, audience);
    let next = pages.next();
    for (;;) {
      const page = await next;
      if (page.done) break;
      next = pages.next();
      next.catch(() => undefined); // a failure surfaces when awaited above, not as an unhandled rejection
      await this.fanOutPage(appId, taskId, page.value, plan);
    }
    await this.tasks.setStatus(appId, taskId, 'sending');
    await this.finisher.finishIfSent(appId, taskId, 'notify');
  }

  /** The messaging module's offline push: one task per message (request id "msg:<id>"), recipients filtered by group modes. */
  async runOfflineMessage(push: OfflineMessagePush): Promise<void> {
    const { taskId } = await this.tasks.createTask(push.appId, 'message', `msg:${push.messageId}`, push);
    let recipients = [...new Set(push.recipients)].filter((userId) => userId !== push.fromUserId);
    if (push.toType === 2) {
      const modes = await this.groupMembers.deliveryModesOf(push.appId, push.toId, recipients);
      const mentioned = new Set(push.mentionedUserIds ?? []);
      recipients = recipients.filter((userId) => {
        const mode = modes.get(userId);
        if (!mode || mode.msgMuteMode !== MsgMuteMode.None) return false;
        switch (mode.msgPushMode) {
          case MsgPushMode.All:
            return true;
          case MsgPushMode.None:
            return false;
          case MsgPushMode.AdminAndMention:
            return push.fromAdmin === true || mentioned.has(userId);
          case MsgPushMode.AdminOnly:
            return push.fromAdmin === true;
          case MsgPushMode.MentionOnly:
            return mentioned.has(userId);
        }
      });
    }
    const plan: RoutingPlan = { strategy: 'combined', allowed: allowedVendors(['ups', 'fcm']), vendorsByName: await this.certificates.vendorsByName(push.appId) };
    for (let start = 0; start < recipients.length; start += AUDIENCE_PAGE_SIZE) {
      const devices = await this.tasks.devicesOfUsers(push.appId, recipients.slice(start, start + AUDIENCE_PAGE_SIZE));
      await this.fanOutPage(push.appId, taskId, devices, plan);
    }
    await this.tasks.setStatus(push.appId, taskId, 'sending');
    await this.finisher.finishIfSent(push.appId, taskId, 'message');
  }

  private async fanOutPage(appId: string, taskId: number, page: DeviceRow[], plan: RoutingPlan): Promise<void> {
    if (page.length === 0) return;
    const userIds = [...new Set(page.map((device) => device.userId))];
    const [preferences, online] = await Promise.all([
      this.settings.pushPreferencesOf(appId, userIds),
      plan.strategy === 'ospush_only' ? Promise.resolve([] as number[]) : this.presence.onlineUserIds(appId, userIds),
    ]);
    const onlineUsers = new Set(online);
    const now = this.clock.now();
    const deliveries: NewDelivery[] = [];
    for (const device of page) {
      const userPreferences = preferences.get(device.userId);
      if (!userPreferences || refusesPush(userPreferences, now)) continue;
      const channel = route(device, onlineUsers.has(device.userId), plan);
      if (channel !== null) deliveries.push({ userId: device.userId, deviceSn: device.deviceSn, channel });
    }
    await this.tasks.addDeliveries(appId, taskId, deliveries);
    await this.enqueue(appId, taskId, deliveries);
  }

  /** Queues the deliveries as batches per channel, each at most the channel's maxBatch. */
  async enqueue(appId: string, taskId: number, deliveries: NewDelivery[]): Promise<void> {
    const byChannel = new Map<PushChannelName, [number, number][]>();
    for (const delivery of deliveries) {
      const list = byChannel.get(delivery.channel) ?? [];
      list.push([delivery.userId, delivery.deviceSn]);
      byChannel.set(delivery.channel, list);
    }
    for (const [channel, devices] of byChannel) {
      const size = channel === 'mxpush' ? MXPUSH_BATCH : (this.registry.channelFor(channel)?.maxBatch ?? DEFAULT_VENDOR_BATCH);
      const batches: [number, number][][] = [];
      for (let start = 0; start < devices.length; start += size) batches.push(devices.slice(start, start + size));
      await this.producer.enqueueBatches(appId, taskId, channel, batches);
    }
  }

  private async *audiencePages(appId: string, audience: NotifyTaskRequest['audience']): AsyncGenerator<DeviceRow[]> {
    if (audience === 'all') {
      let after: { userId: number; deviceSn: number } | null = null;
      for (;;) {
        const page: DeviceRow[] = await this.tasks.allDevicesPage(appId, after, AUDIENCE_PAGE_SIZE);
        if (page.length > 0) yield page;
        if (page.length < AUDIENCE_PAGE_SIZE) return;
        after = { userId: page[page.length - 1].userId, deviceSn: page[page.length - 1].deviceSn };
      }
    }
    if ('tag' in audience) {
      for (const tag of new Set(audience.tag)) {
        let after: { userId: number; deviceSn: number } | null = null;
        do {
          const page = await this.identities.devicesByTag(appId, tag, after, AUDIENCE_PAGE_SIZE);
          if (page.targets.length > 0) yield page.targets;
          after = page.next;
        } while (after !== null);
      }
      return;
    }
    const devices =
      'alias' in audience
        ? await this.identities.devicesByAliases(appId, audience.alias)
        : 'user_id' in audience
          ? await this.identities.devicesByUserIds(appId, audience.user_id)
          : await this.identities.devicesByPushTokens(appId, audience.push_token);
    for (let start = 0; start < devices.length; start += AUDIENCE_PAGE_SIZE) yield devices.slice(start, start + AUDIENCE_PAGE_SIZE);
  }
}
