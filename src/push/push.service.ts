import { Injectable, Logger } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { Clock } from '../common/clock';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { decodeCursor, ListPage, pageOf } from '../common/pagination/cursor';
import { AttachmentUrlPolicy } from './attachment-url.policy';
import { PushCertificateService } from './push-certificate.service';
import {
  DETAIL_CHANNELS,
  DistributionStrategy,
  MAX_AUDIENCE_LIST,
  OspushName,
  PushMessageDto,
  PushNotifyDto,
  PushTaskDetailDto,
  PushTaskDetailResponseDto,
  PushTaskListQueryDto,
  PushTaskSummaryDto,
} from './push.dto';
import { PushProducer } from './push.producer';
import { ChannelCounts, PushTaskRepository, TaskSummaryRow } from './push-task.repository';

export type PushAudience = 'all' | { tag: string[] } | { alias: string[] } | { user_id: number[] } | { push_token: string[] };

/** What a notify task stores: the validated request with its defaults applied. */
export interface NotifyTaskRequest {
  audience: PushAudience;
  strategy: DistributionStrategy;
  sequence: OspushName[];
  message: PushMessageDto;
}

/**
 * How long /push/notify waits for the queue. With Redis down, ioredis holds commands until it
 * reconnects, which would hold the request for the whole outage (README "Redis outages").
 */
export const ENQUEUE_DEADLINE_MS = 1_500;

const AUDIENCE_KINDS = ['tag', 'alias', 'user_id', 'push_token'] as const;

/** Checks the polymorphic audience by hand: class-validator cannot express "a string or one of four objects". */
export function parseAudience(audience: unknown): PushAudience {
  if (audience === 'all') return 'all';
  const shape = 'audience: must be "all" or an object with one of tag, alias, user_id, push_token';
  if (typeof audience !== 'object' || audience === null || Array.isArray(audience)) throw ApiError.badParameter(shape);
  const keys = Object.keys(audience);
  if (keys.length !== 1 || !(AUDIENCE_KINDS as readonly string[]).includes(keys[0])) throw ApiError.badParameter(shape);
  const kind = keys[0] as (typeof AUDIENCE_KINDS)[number];
  const list = (audience as Record<string, unknown>)[kind];
  if (!Array.isArray(list) || list.length === 0) throw ApiError.badParameter(`audience.${kind}: must be a non-empty array`);
  if (list.length > MAX_AUDIENCE_LIST) {
    throw new ApiError(ErrorCode.PushTargetListTooLong, `audience.${kind}: holds ${list.length} entries; at most ${MAX_AUDIENCE_LIST} are allowed`);
  }
  if (kind === 'user_id') {
    if (!list.every((id) => Number.isSafeInteger(id) && (id as number) > 0)) throw ApiError.badParameter('audience.user_id: every entry must be a user id');
    return { user_id: list as number[] };
  }
  if (!list.every((value) => typeof value === 'string' && value.length > 0 && value.length <= 128)) {
    throw ApiError.badParameter(`audience.${kind}: every entry must be a string of 1 to 128 characters`);
  }
  return { [kind]: list } as PushAudience;
}

function checkMessage(message: PushMessageDto): void {
  if (message.type === 'image' && message.attachment_url === undefined) {
    throw ApiError.badParameter('message.attachment_url: is required for type image');
  }
  if (message.type === 'image' && !/\.(jpe?g|png)(\?.*)?$/i.test(message.attachment_url!)) {
    throw new ApiError(ErrorCode.PushImageUrlInvalid, 'message.attachment_url: an image must be a .jpg, .jpeg or .png URL');
  }
  const overrides = ['android', 'huawei', 'xiaomi', 'oppo', 'vivo', 'flyme', 'fcm'] as const;
  for (const key of overrides) {
    const options = message[key];
    if (options?.click_action === 'intent' && !options.intent) throw ApiError.badParameter(`message.${key}.intent: is required when click_action is intent`);
  }
  if (message.show_begin_time !== undefined && message.show_end_time !== undefined && message.show_end_time <= message.show_begin_time) {
    throw ApiError.badParameter('message.show_end_time: must be after show_begin_time');
  }
}

/** A task's channel rows as /push/task/list and the push.task_finished event show them: per channel, and summed. */
export function channelSummary(rows: Omit<ChannelCounts, 'taskId'>[]): Pick<PushTaskSummaryDto, 'channels' | 'totals'> {
  const channels = rows.map(({ channel, target, sent, received, failed, failure }) => ({ channel, target, sent, received, failed, failure }));
  const totals = { target: 0, sent: 0, received: 0, failed: 0 };
  for (const row of channels) {
    totals.target += row.target;
    totals.sent += row.sent;
    totals.received += row.received;
    totals.failed += row.failed;
  }
  return { channels, totals };
}

function summaryOf(row: TaskSummaryRow): PushTaskSummaryDto {
  return {
    task_id: Number(row.taskId),
    kind: row.kind,
    created_at: new Date(row.createdAt).getTime(),
    status: row.status,
    finished_at: row.finishedAt === null ? null : new Date(row.finishedAt).getTime(),
    audience: { kind: row.audienceKind, size: row.audienceSize },
    message_type: row.messageType,
    title: row.title,
    summary: row.summary,
    ...channelSummary(row.channels),
  };
}

/** /push/notify, /push/task/detail and /push/task/list. */
@Injectable()
export class PushService {
  private readonly logger = new Logger(PushService.name);

  constructor(
    private readonly tasks: PushTaskRepository,
    private readonly certificates: PushCertificateService,
    private readonly producer: PushProducer,
    private readonly clock: Clock,
    private readonly attachmentUrls: AttachmentUrlPolicy,
  ) {}

  /** Stores the task and queues it; the fan-out happens in the workers. A repeated request_id answers the first task. */
  async notify(caller: CallerContext, request: PushNotifyDto): Promise<{ task_id: number }> {
    const audience = parseAudience(request.audience);
    checkMessage(request.message);
    if (request.message.attachment_url !== undefined) await this.attachmentUrls.assertPublic(request.message.attachment_url);
    if (!(await this.certificates.isPushEnabled(caller.appId))) {
      throw new ApiError(ErrorCode.PushNotEnabled, 'push is not enabled for this app: store a push certificate first (POST /push/certificate)');
    }
    const stored: NotifyTaskRequest = {
      audience,
      strategy: request.setting?.distribution_strategy ?? 'combined',
      sequence: request.setting?.ospush_sequence ?? ['ups', 'fcm'],
      message: { ...request.message, type: request.message.type ?? 'text', badge: request.message.badge ?? '+1' },
    };
    const { taskId, created } = await this.tasks.createTask(caller.appId, 'notify', request.setting?.request_id ?? null, stored);
    if (created) {
      const begin = request.message.show_begin_time;
      try {
        await withDeadline(this.producer.enqueueNotifyTask(caller.appId, taskId, begin === undefined ? 0 : begin * 1000 - this.clock.now().getTime()), ENQUEUE_DEADLINE_MS);
      } catch (error) {
        // Not accepted: the task goes, so a retry with the same request_id makes a new one; an enqueue
        // that still lands after Redis returns finds no task and does nothing.
        this.logger.warn(`push task ${taskId} of app ${caller.appId} not queued: ${(error as Error).message}`);
        await this.tasks.deleteTask(caller.appId, taskId);
        throw new ApiError(ErrorCode.ServiceUnavailable, 'the push queue is unavailable (Redis cannot be reached); the task was not accepted, try again shortly', 503);
      }
    }
    return { task_id: taskId };
  }

  /** Per task and channel: target, sent and received; tasks of other apps or unknown ids are left out. */
  async taskDetail(caller: CallerContext, request: PushTaskDetailDto): Promise<PushTaskDetailResponseDto[]> {
    const ids = [...new Set(request.list)];
    if (ids.length === 0) return [];
    const [existing, counts] = await Promise.all([this.tasks.existingTaskIds(caller.appId, ids), this.tasks.channelCounts(caller.appId, ids)]);
    const known = new Set(existing);
    return ids
      .filter((id) => known.has(id))
      .map((taskId) => {
        const row: PushTaskDetailResponseDto = { task_id: taskId };
        for (const channel of DETAIL_CHANNELS) {
          const count = counts.find((entry) => entry.taskId === taskId && entry.channel === channel);
          row[`${channel}_target`] = count?.target ?? 0;
          row[`${channel}_sent`] = count?.sent ?? 0;
          row[`${channel}_received`] = count?.received ?? 0;
        }
        return row;
      });
  }

  /** The app's tasks of one kind, newest first, with their audience, text and counts. */
  async taskList(caller: CallerContext, query: PushTaskListQueryDto): Promise<ListPage<PushTaskSummaryDto>> {
    const position = decodeCursor<{ i: number }>(query.cursor, ['i']);
    const rows = await this.tasks.taskSummaries(caller.appId, query.kind, position?.i ?? 0, query.limit + 1, DETAIL_CHANNELS);
    const page = pageOf(rows, query.limit, (last) => ({ i: Number(last.taskId) }));
    return new ListPage(page.items.map(summaryOf), page.cursor);
  }
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the queue within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
