import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PushChannelName } from './channels/push-channel';

export type PushTaskKind = 'notify' | 'message';
export type PushTaskStatus = 'queued' | 'resolving' | 'sending' | 'done' | 'expired';

export interface StoredTask<R = unknown> {
  id: number;
  appId: string;
  kind: PushTaskKind;
  request: R;
  status: PushTaskStatus;
}

/** A device as the pipeline needs it. */
export interface DeviceRow {
  userId: number;
  deviceSn: number;
  platform: number | null;
  notifierName: string | null;
  deviceToken: string | null;
  badge: number;
}

export interface AudienceCursor {
  userId: number;
  deviceSn: number;
}

/** push_deliveries.state */
export enum DeliveryState {
  Pending = 0,
  Sending = 1,
  Sent = 2,
  Failed = 3,
  Skipped = 4,
}

export interface NewDelivery {
  userId: number;
  deviceSn: number;
  channel: PushChannelName;
}

export interface ClaimedDelivery {
  userId: number;
  deviceSn: number;
  /** 1 on the first claim: the moment a "+N" badge is added. */
  attempts: number;
  badge: number | null;
}

export interface DeliveryResult {
  userId: number;
  deviceSn: number;
  state: DeliveryState.Sent | DeliveryState.Failed | DeliveryState.Skipped;
  outcome: string;
  /** Counts as received (the vendor accepted it, or the live socket got it). */
  received: boolean;
}

export interface ChannelCounts {
  taskId: number;
  channel: PushChannelName;
  target: number;
  sent: number;
  received: number;
  failed: number;
  failure: string | null;
}

/** A task as GET /push/task/list shows it, with its channel rows (one statement per page). */
export interface TaskSummaryRow {
  taskId: number;
  kind: PushTaskKind;
  status: PushTaskStatus;
  createdAt: Date;
  finishedAt: Date | null;
  audienceKind: string;
  audienceSize: number | null;
  messageType: string | null;
  title: string | null;
  summary: string | null;
  channels: Omit<ChannelCounts, 'taskId'>[];
}

const DEVICE_COLUMNS = `user_id AS "userId", device_sn AS "deviceSn", platform, notifier_name AS "notifierName",
  device_token AS "deviceToken", badge`;

/**
 * Selects exactly the (user_id, device_sn) pairs of a batch without a join: `user_id = ANY(users)`
 * is an index condition on every key that starts (…, user_id, device_sn), and the pair itself is
 * checked as a hashed filter. A join against unnest() was planned from statistics, and a task's
 * rows are always newer than them (a new task_id estimates a handful of rows): the planner then
 * walked every delivery of the task once per key, which made a 100,000-device task quadratic.
 * `users` and `pairs` are the two parameters this expects.
 */
function batchPairs(users: string, pairs: string, alias = ''): string {
  return `${alias}user_id = ANY(${users}::bigint[]) AND (${alias}user_id::text || ':' || ${alias}device_sn::text) = ANY(${pairs}::text[])`;
}

/** The parameters batchPairs() reads: distinct user ids and "user:device" keys. */
function pairParameters(keys: readonly (readonly [number, number])[] | readonly { userId: number; deviceSn: number }[]): [number[], string[]] {
  const users = new Set<number>();
  const pairs: string[] = [];
  for (const key of keys) {
    const [userId, deviceSn] = Array.isArray(key) ? key : [(key as { userId: number }).userId, (key as { deviceSn: number }).deviceSn];
    users.add(userId);
    pairs.push(`${userId}:${deviceSn}`);
  }
  return [[...users], pairs];
}

/**
 * Tasks, their per-channel counters and the per-(task, device) delivery rows. The delivery row is
 * the idempotency record: a device is claimed (Pending → Sending, with the claim id of one
 * processing run) before the vendor call and settled (Sent/Failed) after it, so a rerun of a job
 * skips what was settled and sends what was not (README "Idempotency").
 */
@Injectable()
export class PushTaskRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The new task's id, or the earlier task with the same request id (created: false). */
  async createTask(appId: string, kind: PushTaskKind, requestId: string | null, request: unknown): Promise<{ taskId: number; created: boolean }> {
    const inserted: { id: number }[] = await this.dataSource.query(
      `INSERT INTO push_tasks (app_id, kind, request_id, request) VALUES ($1, $2, $3, $4)
       ON CONFLICT (app_id, request_id) WHERE request_id IS NOT NULL DO NOTHING RETURNING id`,
      [appId, kind, requestId, JSON.stringify(request)],
    );
    if (inserted.length > 0) return { taskId: inserted[0].id, created: true };
    const existing: { id: number }[] = await this.dataSource.query(`SELECT id FROM push_tasks WHERE app_id = $1 AND request_id = $2`, [appId, requestId]);
    return { taskId: existing[0].id, created: false };
  }

  /** Removes a task nothing was queued for yet (its enqueue failed), freeing its request_id. */
  async deleteTask(appId: string, taskId: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM push_tasks WHERE app_id = $1 AND id = $2`, [appId, taskId]);
  }

  async findTask<R>(appId: string, taskId: number): Promise<StoredTask<R> | null> {
    const rows = await this.dataSource.query(`SELECT id, app_id AS "appId", kind, request, status FROM push_tasks WHERE app_id = $1 AND id = $2`, [
      appId,
      taskId,
    ]);
    return rows[0] ?? null;
  }

  /** Moves the task on; a done task stays done (a rerun of its fan-out job finds it so). */
  async setStatus(appId: string, taskId: number, status: PushTaskStatus): Promise<void> {
    await this.dataSource.query(
      `UPDATE push_tasks SET status = $3, resolved_at = CASE WHEN $3 IN ('sending', 'done', 'expired') THEN coalesce(resolved_at, now()) ELSE resolved_at END
       WHERE app_id = $1 AND id = $2 AND status <> 'done'`,
      [appId, taskId, status],
    );
  }

  /** One keyset page of every device of the app (audience "all"), in (user_id, device_sn) order. */
  allDevicesPage(appId: string, after: AudienceCursor | null, limit: number): Promise<DeviceRow[]> {
    return after === null
      ? this.dataSource.query(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE app_id = $1 ORDER BY user_id, device_sn LIMIT $2`, [appId, limit])
      : this.dataSource.query(
          `SELECT ${DEVICE_COLUMNS} FROM devices WHERE app_id = $1 AND (user_id, device_sn) > ($2, $3) ORDER BY user_id, device_sn LIMIT $4`,
          [appId, after.userId, after.deviceSn, limit],
        );
  }

  /** The app's devices of these users, in (user_id, device_sn) order. */
  devicesOfUsers(appId: string, userIds: number[]): Promise<DeviceRow[]> {
    return this.dataSource.query(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE app_id = $1 AND user_id = ANY($2::bigint[]) ORDER BY user_id, device_sn`, [
      appId,
      userIds,
    ]);
  }

  /** The current rows of these devices (bindings may have changed since the fan-out). */
  devices(appId: string, keys: [number, number][]): Promise<DeviceRow[]> {
    return this.dataSource.query(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE app_id = $1 AND ${batchPairs('$2', '$3')}`, [appId, ...pairParameters(keys)]);
  }

  /**
   * Records deliveries not recorded yet (a rerun of the fan-out adds nothing twice) and adds the
   * newly recorded ones to their channel's target count and to the task's unsettled count, in one
   * statement.
   */
  async addDeliveries(appId: string, taskId: number, deliveries: NewDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    await this.dataSource.query(
      `WITH added AS (
         INSERT INTO push_deliveries (task_id, app_id, user_id, device_sn, channel)
         SELECT $1, $2, * FROM unnest($3::bigint[], $4::int[], $5::text[])
         ON CONFLICT DO NOTHING RETURNING channel
       ), pending AS (
         UPDATE push_tasks SET unsettled = unsettled + (SELECT count(*) FROM added) WHERE id = $1 AND app_id = $2 AND EXISTS (SELECT 1 FROM added)
       )
       INSERT INTO push_task_channels (task_id, app_id, channel, target)
       SELECT $1, $2, channel, count(*) FROM added GROUP BY channel
       ON CONFLICT (task_id, channel) DO UPDATE SET target = push_task_channels.target + EXCLUDED.target`,
      [taskId, appId, deliveries.map((d) => d.userId), deliveries.map((d) => d.deviceSn), deliveries.map((d) => d.channel)],
    );
  }

  /** Moves deliveries to another channel (mxpush found no live socket; the vendor takes over). */
  async reroute(appId: string, taskId: number, from: PushChannelName, deliveries: NewDelivery[]): Promise<void> {
    const byChannel = new Map<PushChannelName, NewDelivery[]>();
    for (const delivery of deliveries) byChannel.set(delivery.channel, [...(byChannel.get(delivery.channel) ?? []), delivery]);
    for (const [channel, moving] of byChannel) {
      await this.dataSource.query(
        `WITH moved AS (
           UPDATE push_deliveries SET channel = $4, state = 0, claim = NULL, updated_at = now()
            WHERE app_id = $2 AND task_id = $1 AND channel = $3 AND ${batchPairs('$5', '$6')}
           RETURNING 1
         )
         INSERT INTO push_task_channels (task_id, app_id, channel, target)
         SELECT $1, $2, $4, count(*) FROM moved HAVING count(*) > 0
         ON CONFLICT (task_id, channel) DO UPDATE SET target = push_task_channels.target + EXCLUDED.target`,
        [taskId, appId, from, channel, ...pairParameters(moving)],
      );
    }
  }

  /**
   * Claims the batch's deliveries that are pending, or sending under a claim older than
   * `staleBefore` (its worker died), for this processing run; answers the claimed ones and the
   * number still held by another live claim. A "+N" badge is added to each device on its first claim.
   */
  async claim(
    appId: string,
    taskId: number,
    keys: [number, number][],
    claim: string,
    now: Date,
    staleBefore: Date,
    badgeIncrement: number | null,
  ): Promise<{ claimed: ClaimedDelivery[]; heldElsewhere: number }> {
    return this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE … RETURNING as [rows, affected].
      const [users, pairs] = pairParameters(keys);
      const [claimed]: [{ userId: number; deviceSn: number; attempts: number }[], number] = await manager.query(
        `UPDATE push_deliveries SET state = 1, claim = $4, attempts = attempts + 1, updated_at = $5
          WHERE app_id = $1 AND task_id = $2 AND ${batchPairs('$3', '$7')}
            AND (state = 0 OR (state = 1 AND updated_at < $6))
          RETURNING user_id AS "userId", device_sn AS "deviceSn", attempts`,
        [appId, taskId, users, claim, now, staleBefore, pairs],
      );
      const held: { count: number }[] = await manager.query(
        `SELECT count(*)::int AS count FROM push_deliveries
          WHERE app_id = $1 AND task_id = $2 AND ${batchPairs('$3', '$5')} AND state = 1 AND claim <> $4`,
        [appId, taskId, users, claim, pairs],
      );
      const badges = new Map<string, number>();
      const first = claimed.filter((row) => row.attempts === 1);
      if (badgeIncrement !== null && first.length > 0) {
        const [rows]: [{ userId: number; deviceSn: number; badge: number }[], number] = await manager.query(
          `UPDATE devices SET badge = LEAST(badge + $4, 99999) WHERE app_id = $1 AND ${batchPairs('$2', '$3')}
           RETURNING user_id AS "userId", device_sn AS "deviceSn", badge`,
          [appId, ...pairParameters(first), badgeIncrement],
        );
        for (const row of rows) badges.set(`${row.userId}:${row.deviceSn}`, row.badge);
      }
      return {
        claimed: claimed.map((row) => ({ ...row, badge: badges.get(`${row.userId}:${row.deviceSn}`) ?? null })),
        heldElsewhere: held[0].count,
      };
    });
  }

  /**
   * Settles this run's claimed deliveries, adds them to the channel's counters and takes them off
   * the task's unsettled count: one statement per distinct result (a batch usually has one or two),
   * each atomic with its counter updates.
   */
  async settle(appId: string, taskId: number, channel: PushChannelName, claim: string, results: DeliveryResult[]): Promise<void> {
    const groups = new Map<string, DeliveryResult[]>();
    for (const result of results) {
      const key = JSON.stringify([result.state, result.outcome, result.received]);
      groups.set(key, [...(groups.get(key) ?? []), result]);
    }
    for (const group of groups.values()) {
      const { state, outcome, received } = group[0];
      await this.dataSource.query(
        `WITH settled AS (
           UPDATE push_deliveries SET state = $5, outcome = $6, updated_at = now()
            WHERE app_id = $1 AND task_id = $2 AND claim = $4 AND state = 1 AND ${batchPairs('$8', '$9')}
           RETURNING 1
         ), progress AS (
           UPDATE push_tasks SET unsettled = unsettled - (SELECT count(*) FROM settled) WHERE id = $2 AND app_id = $1 AND EXISTS (SELECT 1 FROM settled)
         )
         UPDATE push_task_channels SET
           sent = sent + CASE WHEN $5 = 2 THEN (SELECT count(*) FROM settled) ELSE 0 END,
           received = received + CASE WHEN $7 THEN (SELECT count(*) FROM settled) ELSE 0 END,
           failed = failed + CASE WHEN $5 = 3 THEN (SELECT count(*) FROM settled) ELSE 0 END
         WHERE task_id = $2 AND app_id = $1 AND channel = $3`,
        [appId, taskId, channel, claim, state, outcome, received, ...pairParameters(group)],
      );
    }
  }

  /**
   * Hands claimed deliveries back (retry later); they keep their attempt count, and `outcome` says
   * why they wait (the vendor's answer) until they settle.
   */
  async release(appId: string, taskId: number, claim: string, keys: [number, number][], reason: string): Promise<void> {
    if (keys.length === 0) return;
    await this.dataSource.query(
      `UPDATE push_deliveries SET state = 0, claim = NULL, outcome = $6, updated_at = now()
        WHERE app_id = $1 AND task_id = $2 AND claim = $3 AND state = 1 AND ${batchPairs('$4', '$5')}`,
      [appId, taskId, claim, ...pairParameters(keys), reason.slice(0, 1000)],
    );
  }

  /** Records why a channel stopped for the task (the first reason wins). */
  async recordChannelFailure(appId: string, taskId: number, channel: PushChannelName, reason: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO push_task_channels (task_id, app_id, channel, failure) VALUES ($1, $2, $3, $4)
       ON CONFLICT (task_id, channel) DO UPDATE SET failure = coalesce(push_task_channels.failure, EXCLUDED.failure)`,
      [taskId, appId, channel, reason.slice(0, 1000)],
    );
  }

  async channelFailure(appId: string, taskId: number, channel: PushChannelName): Promise<string | null> {
    const rows = await this.dataSource.query(`SELECT failure FROM push_task_channels WHERE app_id = $1 AND task_id = $2 AND channel = $3`, [
      appId,
      taskId,
      channel,
    ]);
    return rows[0]?.failure ?? null;
  }

  async channelCounts(appId: string, taskIds: number[]): Promise<ChannelCounts[]> {
    return this.dataSource.query(
      `SELECT task_id AS "taskId", channel, target, sent, received, failed, failure FROM push_task_channels
        WHERE app_id = $1 AND task_id = ANY($2::bigint[])`,
      [appId, taskIds],
    );
  }

  /**
   * The app's tasks of one kind, newest first, before task id `beforeId` (0: from the newest), each
   * with its audience read from the stored request (kind and list length, not the list) and its
   * channel rows in `channelOrder`.
   */
  taskSummaries(appId: string, kind: PushTaskKind, beforeId: number, limit: number, channelOrder: PushChannelName[]): Promise<TaskSummaryRow[]> {
    return this.dataSource.query(
      `SELECT t.id AS "taskId", t.kind, t.status, t.created_at AS "createdAt", t.finished_at AS "finishedAt",
              CASE WHEN t.kind = 'message' THEN 'recipients'
                   WHEN jsonb_typeof(t.request->'audience') = 'string' THEN t.request->>'audience'
                   ELSE (SELECT key FROM jsonb_each(t.request->'audience') LIMIT 1) END AS "audienceKind",
              CASE WHEN t.kind = 'message' THEN jsonb_array_length(t.request->'recipients')
                   WHEN jsonb_typeof(t.request->'audience') = 'object' THEN (SELECT jsonb_array_length(value) FROM jsonb_each(t.request->'audience') LIMIT 1)
              END AS "audienceSize",
              t.request->'message'->>'type' AS "messageType",
              t.request->'message'->>'title' AS title,
              left(coalesce(t.request->'message'->>'body', t.request->>'text'), 200) AS summary,
              coalesce((SELECT json_agg(json_build_object('channel', c.channel, 'target', c.target, 'sent', c.sent, 'received', c.received, 'failed', c.failed, 'failure', c.failure)
                                        ORDER BY array_position($5::text[], c.channel))
                          FROM push_task_channels c WHERE c.task_id = t.id), '[]') AS channels
         FROM push_tasks t
        WHERE t.app_id = $1 AND t.kind = $2 AND ($3 = 0 OR t.id < $3)
        ORDER BY t.id DESC LIMIT $4`,
      [appId, kind, beforeId, limit, channelOrder],
    );
  }

  async existingTaskIds(appId: string, taskIds: number[]): Promise<number[]> {
    const rows: { id: number }[] = await this.dataSource.query(`SELECT id FROM push_tasks WHERE app_id = $1 AND id = ANY($2::bigint[])`, [appId, taskIds]);
    return rows.map((row) => row.id);
  }

  /** Clears the device's vendor binding if it still holds the token the vendor refused. */
  async clearVendorBinding(appId: string, userId: number, deviceSn: number, deviceToken: string): Promise<boolean> {
    const result = await this.dataSource.query(
      `UPDATE devices SET notifier_name = NULL, device_token = NULL WHERE app_id = $1 AND user_id = $2 AND device_sn = $3 AND device_token = $4`,
      [appId, userId, deviceSn, deviceToken],
    );
    return result[1] > 0;
  }

  async username(appId: string, userId: number): Promise<string | null> {
    const rows = await this.dataSource.query(`SELECT username FROM users WHERE app_id = $1 AND id = $2`, [appId, userId]);
    return rows[0]?.username ?? null;
  }

  /** Whether every batch of the task is queued (status sending) and every delivery settled: it has finished sending. */
  async hasFinishedSending(appId: string, taskId: number): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM push_tasks WHERE app_id = $1 AND id = $2 AND status = 'sending' AND unsettled = 0`, [appId, taskId]);
    return rows.length > 0;
  }

  /** Marks a task that has finished sending as done (nothing when another batch already did). */
  async markDone(appId: string, taskId: number): Promise<void> {
    await this.dataSource.query(`UPDATE push_tasks SET status = 'done', finished_at = now() WHERE app_id = $1 AND id = $2 AND status = 'sending' AND unsettled = 0`, [
      appId,
      taskId,
    ]);
  }

  /** Tasks created before `cutoff` that still have delivery rows (any app: the retention sweep). */
  tasksWithDeliveriesBefore(cutoff: Date, limit: number): Promise<{ id: number; appId: string }[]> {
    return this.dataSource.query(
      `SELECT t.id, t.app_id AS "appId" FROM push_tasks t
        WHERE t.created_at < $1 AND EXISTS (SELECT 1 FROM push_deliveries d WHERE d.task_id = t.id)
        ORDER BY t.id LIMIT $2`,
      [cutoff, limit],
    );
  }

  /** Deletes up to `limit` delivery rows of one task; answers how many went. */
  async deleteDeliveries(appId: string, taskId: number, limit: number): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM push_deliveries WHERE ctid = ANY(ARRAY(SELECT ctid FROM push_deliveries WHERE app_id = $1 AND task_id = $2 LIMIT $3))`,
      [appId, taskId, limit],
    );
    return deleted;
  }
}
