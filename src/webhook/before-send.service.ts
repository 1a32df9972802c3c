import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { SecretCipher } from '../common/secrets/secret.cipher';
import { postSigned } from './webhook-http';
import { WebhookSettingsCache } from './webhook-settings.cache';
import { BeforeSendHook } from './webhook.types';

/** What the hook is shown of a message about to be stored (the fields of a send). */
export interface BeforeSendDraft {
  fromUserId: number;
  chatType: 1 | 2;
  toId: number;
  contentType: number;
  content: string;
  attachment: string | null;
  config: string | null;
  ext: string | null;
}

/** The context under which an app's before-send secret is sealed. */
export function beforeSendSecretContext(appId: string): string {
  return `webhook-before-send:${appId}`;
}

type Verdict = { action: 'allow' } | { action: 'refuse'; reason: string } | { action: 'replace'; content: string; ext?: string | null };

/**
 * The app's optional synchronous hook (src/webhook/README.md "Before-send hook"): a message that has
 * passed the send rules is POSTed to it before it is stored, and the receiver allows it, refuses it
 * (the sender gets 10018 with the receiver's reason) or replaces its content. No answer within the
 * timeout, or an answer that is not a verdict, follows the app's policy: allow or refuse.
 */
@Injectable()
export class BeforeSendService {
  private readonly logger = new Logger(BeforeSendService.name);

  constructor(
    private readonly settings: WebhookSettingsCache,
    private readonly cipher: SecretCipher,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The draft as it may be stored (content and ext possibly replaced); throws 10018 when refused. Apps without a hook pass at once. */
  async review<T extends BeforeSendDraft>(appId: string, draft: T): Promise<T> {
    const { beforeSend } = await this.settings.of(appId);
    if (!beforeSend) return draft;
    const verdict = await this.ask(appId, beforeSend, draft);
    if (verdict.action === 'allow') return draft;
    if (verdict.action === 'replace') return { ...draft, content: verdict.content, ...(verdict.ext !== undefined ? { ext: verdict.ext } : {}) };
    throw new ApiError(ErrorCode.MessageRefused, `the app refused this message: ${verdict.reason}`);
  }

  private async ask(appId: string, hook: BeforeSendHook, draft: BeforeSendDraft): Promise<Verdict> {
    const eventId = randomUUID();
    const body = JSON.stringify({
      event_id: eventId,
      type: 'message.before_send',
      app_id: appId,
      time: this.clock.now().getTime(),
      data: {
        from_user_id: draft.fromUserId,
        type: draft.chatType,
        targets: [draft.toId],
        content_type: draft.contentType,
        content: draft.content,
        attachment: draft.attachment,
        config: draft.config,
        ext: draft.ext,
      },
    });
    const outcome = await postSigned({
      url: hook.url,
      body,
      secret: this.cipher.open(hook.secretSealed, beforeSendSecretContext(appId)),
      eventId,
      timeoutMs: hook.timeoutMs,
      allowHosts: this.config.webhooks.allowHosts,
    });
    const verdict = outcome.error === null ? parseVerdict(outcome.answer) : null;
    if (verdict) return verdict;
    const why = outcome.timedOut ? `no answer within ${hook.timeoutMs} ms` : (outcome.error ?? 'the answer is not a verdict');
    this.logger.warn(`before-send hook of app ${appId} (${hook.url}): ${why}; applying its policy (${hook.onTimeout})`);
    if (hook.onTimeout === 'allow') return { action: 'allow' };
    return { action: 'refuse', reason: `the app's moderation did not answer (${why})` };
  }
}

/** `{"action": "allow" | "refuse" | "replace", "reason"?, "content"?, "ext"?}`, or null when the answer is none of them. */
function parseVerdict(answer: string): Verdict | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { action, reason, content, ext } = parsed as Record<string, unknown>;
  if (action === 'allow') return { action };
  if (action === 'refuse') return { action, reason: typeof reason === 'string' && reason !== '' ? reason.slice(0, 500) : 'no reason given' };
  if (action === 'replace' && typeof content === 'string') {
    if (ext === undefined || ext === null || typeof ext === 'string') return { action, content, ext };
  }
  return null;
}
