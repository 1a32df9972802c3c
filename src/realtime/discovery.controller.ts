import { Controller, Get, Headers, Query, Req } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Anonymous, AppIdInQuery, Caller, Public } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiData } from '../common/openapi/envelope.decorator';
import { AppConfigQueryDto, AppConfigResponseDto, AppDnsQueryDto, AppDnsResponseDto, HealthResponseDto } from './discovery.dto';
import { DiscoveryService } from './discovery.service';

/** The three calls MaxIM's SDK makes before logging in; none needs a token. */
@ApiTags('discovery')
@ApiHeader({ name: 'app_id', required: true })
@Public()
@Controller()
export class DiscoveryController {
  constructor(private readonly discovery: DiscoveryService) {}

  @Get('v2/app_dns')
  @AppIdInQuery()
  @ApiOperation({ summary: "Where the app's REST API (ratel) and socket (webim) are: this server, as the client reached it" })
  @ApiData(AppDnsResponseDto)
  appDns(
    @Caller() caller: CallerContext,
    @Query() query: AppDnsQueryDto,
    @Req() request: FastifyRequest,
    @Headers('x-forwarded-host') forwardedHost?: string,
    @Headers('x-forwarded-proto') forwardedProto?: string,
  ) {
    const protocol = (request.raw.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
    return this.discovery.appDns(caller.appId, query.app_id, { host: request.headers.host, forwardedHost, forwardedProto, protocol });
  }

  @Get('api/health')
  @Anonymous()
  @ApiOperation({ summary: 'Liveness probe the SDK uses to pick the fastest server; needs no app_id' })
  @ApiData(HealthResponseDto)
  health(): HealthResponseDto {
    return { status: 'ok' };
  }

  @Get('app/config')
  @ApiOperation({ summary: "The app's client settings for a platform" })
  @ApiData(AppConfigResponseDto)
  appConfig(@Caller() caller: CallerContext, @Query() query: AppConfigQueryDto) {
    return this.discovery.appConfig(caller.appId, query.platform);
  }
}
