import { INestApplicationContext } from '@nestjs/common';
import { AppsRepository } from '../app/apps.repository';
import { CallerContext } from '../common/auth/caller';
import { ApiError } from '../common/errors/error-codes';
import { validateItem } from '../common/validation';
import { WebhookAdminService } from './webhook-admin.service';
import { BeforeSendUpdateDto, WebhookDeliveryQueryDto, WebhookEndpointCreateDto, WebhookEndpointIdDto, WebhookEndpointUpdateDto, WebhookReplayDto } from './webhook.dto';

export type WebhookCommand = 'list' | 'add' | 'update' | 'remove' | 'log' | 'replay' | 'before-send';

type Option = (name: string) => string | undefined;

function flag(option: Option, name: string): boolean | undefined {
  const raw = option(name);
  if (raw === undefined) return undefined;
  if (raw !== 'true' && raw !== 'false') throw ApiError.badParameter(`--${name}: takes true or false`);
  return raw === 'true';
}

function integer(option: Option, name: string): number | undefined {
  const raw = option(name);
  if (raw === undefined) return undefined;
  if (!/^\d{1,16}$/.test(raw)) throw ApiError.badParameter(`--${name}: takes a whole number`);
  return Number(raw);
}

function list(option: Option, name: string): string[] | undefined {
  return option(name)?.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

/** The request as the admin route reads it, or the route's 10002 message for what is wrong with it. */
async function request<T extends object>(type: new () => T, fields: Record<string, unknown>): Promise<T> {
  const { value, problem } = await validateItem(type, Object.fromEntries(Object.entries(fields).filter(([, given]) => given !== undefined)));
  if (problem) throw ApiError.badParameter(problem);
  return value;
}

/**
 * The operator commands `webhook <command>` (README "Operator commands"), run with the values the
 * CLI parsed. Each calls the admin route's service as the app's admin and answers what the route answers.
 */
export async function runWebhookCommand(context: INestApplicationContext, command: WebhookCommand, appId: string, option: Option): Promise<unknown> {
  const app = await context.get(AppsRepository).findById(appId);
  if (!app) throw ApiError.appNotFound(appId);
  const caller = new CallerContext({ id: app.id, registrationOpen: app.registrationOpen }, null, 'admin', null, null, null);
  const webhooks = context.get(WebhookAdminService);
  switch (command) {
    case 'list':
      return webhooks.listEndpoints(caller);
    case 'add':
      return webhooks.createEndpoint(
        caller,
        await request(WebhookEndpointCreateDto, { url: option('url'), secret: option('secret'), event_types: list(option, 'events'), enabled: flag(option, 'enabled'), with_content: flag(option, 'with-content') }),
      );
    case 'update':
      return webhooks.updateEndpoint(
        caller,
        await request(WebhookEndpointUpdateDto, {
          id: integer(option, 'id'),
          url: option('url'),
          secret: option('secret'),
          event_types: list(option, 'events'),
          enabled: flag(option, 'enabled'),
          with_content: flag(option, 'with-content'),
        }),
      );
    case 'remove':
      return webhooks.deleteEndpoint(caller, (await request(WebhookEndpointIdDto, { id: integer(option, 'id') })).id);
    case 'log':
      return (await webhooks.deliveries(caller, await request(WebhookDeliveryQueryDto, { endpoint_id: integer(option, 'id'), limit: integer(option, 'limit') ?? 50 }))).items;
    case 'replay':
      return webhooks.replay(caller, await request(WebhookReplayDto, { endpoint_id: integer(option, 'id'), event_id: option('event'), from: integer(option, 'from'), to: integer(option, 'to') }));
    case 'before-send':
      if (flag(option, 'off')) return webhooks.deleteBeforeSend(caller);
      if (option('url') === undefined) return webhooks.beforeSend(caller);
      return webhooks.saveBeforeSend(
        caller,
        await request(BeforeSendUpdateDto, { url: option('url'), secret: option('secret'), timeout_ms: integer(option, 'timeout-ms'), on_timeout: option('on-timeout'), enabled: flag(option, 'enabled') }),
      );
  }
}
