import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { Clock } from '../common/clock';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { GroupAccessService, GroupPermission } from './group-access.service';
import { GroupQrCodeDto, GroupQrInviteDto } from './group-join.dto';
import { GroupJoinRepository } from './group-join.repository';
import { GroupJoinService } from './group-join.service';
import { GroupRepository } from './group.repository';

/** How long a signed group QR code admits users (ours; MaxIM shows `expire_at` but publishes no lifetime): 7 days. */
export const GROUP_QRCODE_TTL_MS = 7 * 24 * 3600 * 1000;

/** What a QR code carries; `qr_info` is base64url of its JSON. `inviter` is null when the app signed as the group's admin. */
export interface GroupQrCodePayload {
  app_id: string;
  group_id: number;
  inviter: number | null;
  create_at: number;
  expire_at: number;
  sign: string;
}

/**
 * The signature of a group QR code: lowercase hex HMAC-SHA256 keyed by the app secret over
 * "group-qrcode", app_id, group_id, inviter ("" for none), create_at and expire_at joined by "\n".
 * The leading label keeps it from ever matching a signature made for another purpose.
 */
export function groupQrCodeSign(secret: string, payload: Omit<GroupQrCodePayload, 'sign'>): string {
  const message = ['group-qrcode', payload.app_id, payload.group_id, payload.inviter ?? '', payload.create_at, payload.expire_at].join('\n');
  return createHmac('sha256', secret).update(message, 'utf8').digest('hex');
}

function invalid(why: string): ApiError {
  return new ApiError(ErrorCode.InvalidGroupQrCode, `qr_info: ${why}; scan a code made by GET /group/qrcode/sign of this app`);
}

/** Reads `qr_info` back into a payload; null when it is not one (any shape or type mismatch). */
function parsePayload(qrInfo: string): GroupQrCodePayload | null {
  try {
    const value = JSON.parse(Buffer.from(qrInfo, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { app_id, group_id, inviter, create_at, expire_at, sign } = value;
    const ints = [group_id, create_at, expire_at].every((n) => Number.isSafeInteger(n));
    if (typeof app_id !== 'string' || !ints || !(inviter === null || Number.isSafeInteger(inviter)) || typeof sign !== 'string') return null;
    return { app_id, group_id, inviter, create_at, expire_at, sign };
  } catch {
    return null;
  }
}

/** Signed, expiring group invitations a client shows as a QR code; whoever scans one joins without approval. */
@Injectable()
export class GroupQrCodeService {
  constructor(
    private readonly access: GroupAccessService,
    private readonly groups: GroupRepository,
    private readonly join: GroupJoinService,
    private readonly repository: GroupJoinRepository,
    private readonly clock: Clock,
  ) {}

  /** GET /group/qrcode/sign: a code admitting users on the caller's behalf, for those who may invite. */
  async sign(caller: CallerContext, groupId: number): Promise<GroupQrCodeDto> {
    const actor = await this.access.authorize(caller, groupId, GroupPermission.Invite);
    const createAt = this.clock.now().getTime();
    const unsigned = { app_id: caller.appId, group_id: groupId, inviter: actor.userId, create_at: createAt, expire_at: createAt + GROUP_QRCODE_TTL_MS };
    const payload: GroupQrCodePayload = { ...unsigned, sign: groupQrCodeSign(await this.secretOf(caller.appId), unsigned) };
    return { qr_info: Buffer.from(JSON.stringify(payload)).toString('base64url'), create_at: payload.create_at, expire_at: payload.expire_at };
  }

  /**
   * POST /group/qrcode/invite: the caller joins the code's group. The signer vouched, so the group's
   * apply_approval does not apply; the blocklist and capacity do, and the signer must still be
   * allowed to invite when the code is used.
   */
  async invite(caller: CallerContext, request: GroupQrInviteDto): Promise<boolean> {
    const userId = caller.requireUserId();
    const payload = parsePayload(request.qr_info);
    if (!payload) throw invalid('not a group QR code');
    if (payload.app_id !== caller.appId) throw invalid('the code belongs to another app');
    const expected = Buffer.from(groupQrCodeSign(await this.secretOf(caller.appId), payload));
    const given = Buffer.from(payload.sign);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid('the signature does not match its content');
    if (payload.expire_at <= this.clock.now().getTime()) {
      throw new ApiError(ErrorCode.GroupQrCodeExpired, `qr_info: the code expired at ${new Date(payload.expire_at).toISOString()}; ask for a new one`);
    }
    return this.join.inGroup(caller.appId, payload.group_id, async (tx) => {
      if (payload.inviter !== null) {
        const member = await this.groups.findMember(caller.appId, tx.group.id, payload.inviter, tx);
        try {
          this.access.assertAllowed({ group: tx.group, userId: payload.inviter, role: member?.role ?? null, member }, GroupPermission.Invite);
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          throw invalid(`user ${payload.inviter}, who signed the code, may no longer invite to group ${tx.group.id}`);
        }
      }
      await this.join.refuseBlockedOrMember(tx, userId);
      await this.join.admitOne(tx, userId);
      return { result: true, stored: await this.join.notifyJoined(tx, [userId]) };
    });
  }

  private async secretOf(appId: string): Promise<string> {
    const secret = await this.repository.findAppSecret(appId);
    if (secret === null) throw ApiError.appNotFound(appId);
    return secret;
  }
}
