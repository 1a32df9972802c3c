import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiData, ApiPage } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';
import { WebhookAdminService } from './webhook-admin.service';
import {
  BeforeSendDto,
  BeforeSendSavedDto,
  BeforeSendUpdateDto,
  WebhookAttemptDto,
  WebhookDeliveryQueryDto,
  WebhookEndpointCreateDto,
  WebhookEndpointCreatedDto,
  WebhookEndpointDto,
  WebhookEndpointIdDto,
  WebhookEndpointUpdateDto,
  WebhookReplayDto,
  WebhookReplayResultDto,
} from './webhook.dto';

const DONE = { type: 'boolean', example: true } as const;

/** Our admin routes for webhooks (src/webhook/README.md); every one needs the app's admin token. */
@ApiTags('webhook')
@ApiHeader({ name: 'app_id', required: true })
@OurExtension()
@AdminOnly()
@Controller('webhook')
export class WebhookController {
  constructor(private readonly webhooks: WebhookAdminService) {}

  @Post('endpoint')
  @ApiOperation({ summary: 'Ours: add an endpoint (URL, secret, event types, on/off); the answer is the only one showing the secret (admin token)' })
  @ApiData(WebhookEndpointCreatedDto)
  createEndpoint(@Caller() caller: CallerContext, @Body() body: WebhookEndpointCreateDto) {
    return this.webhooks.createEndpoint(caller, body);
  }

  @Get('endpoint/list')
  @ApiOperation({ summary: "Ours: the app's endpoints, secrets shown by their last 4 characters (admin token)" })
  @ApiData([WebhookEndpointDto])
  listEndpoints(@Caller() caller: CallerContext) {
    return this.webhooks.listEndpoints(caller);
  }

  @Put('endpoint')
  @ApiOperation({ summary: 'Ours: change the fields sent of an endpoint (admin token)' })
  @ApiData(WebhookEndpointDto)
  updateEndpoint(@Caller() caller: CallerContext, @Body() body: WebhookEndpointUpdateDto) {
    return this.webhooks.updateEndpoint(caller, body);
  }

  @Delete('endpoint')
  @ApiOperation({ summary: 'Ours: delete an endpoint; its queued deliveries are dropped (admin token)' })
  @ApiData(DONE)
  deleteEndpoint(@Caller() caller: CallerContext, @Body() body: WebhookEndpointIdDto) {
    return this.webhooks.deleteEndpoint(caller, body.id);
  }

  @Get('delivery/list')
  @ApiOperation({ summary: "Ours: an endpoint's delivery attempts, newest first: outcome, HTTP status, latency (admin token)" })
  @ApiPage(WebhookAttemptDto)
  deliveries(@Caller() caller: CallerContext, @Query() query: WebhookDeliveryQueryDto) {
    return this.webhooks.deliveries(caller, query);
  }

  @Post('replay')
  @ApiOperation({ summary: 'Ours: send one stored event again (event_id), or every stored event of a time range [from, to) (admin token)' })
  @ApiData(WebhookReplayResultDto)
  replay(@Caller() caller: CallerContext, @Body() body: WebhookReplayDto) {
    return this.webhooks.replay(caller, body);
  }

  @Get('before_send')
  @ApiOperation({ summary: "Ours: the app's before-send hook, or null (admin token)" })
  @ApiData(BeforeSendDto)
  beforeSend(@Caller() caller: CallerContext) {
    return this.webhooks.beforeSend(caller);
  }

  @Put('before_send')
  @ApiOperation({ summary: "Ours: set the app's before-send hook (URL, secret, timeout, policy on timeout, on/off) (admin token)" })
  @ApiData(BeforeSendSavedDto)
  saveBeforeSend(@Caller() caller: CallerContext, @Body() body: BeforeSendUpdateDto) {
    return this.webhooks.saveBeforeSend(caller, body);
  }

  @Delete('before_send')
  @ApiOperation({ summary: "Ours: remove the app's before-send hook (admin token)" })
  @ApiData(DONE)
  deleteBeforeSend(@Caller() caller: CallerContext) {
    return this.webhooks.deleteBeforeSend(caller);
  }
}
