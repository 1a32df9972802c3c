import { Body, Controller, Delete, Get, Ip, Post, Query, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, Caller, Public } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { AuthRateLimitGuard } from '../common/auth/rate-limit.guard';
import { ErrorCode } from '../common/errors/error-codes';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ApiData } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';
import { CaptchaService } from './captcha.service';
import { REGION_LIST } from './regions';
import { VerificationCodeService } from './verification-code.service';
import { VerificationSettingsService } from './verification-settings.service';
import {
  CaptchaResponseDto,
  CodeSentResponseDto,
  RegionResponseDto,
  VerificationChannelDto,
  VerificationSendDto,
  VerificationSenderDto,
  VerificationSenderResponseDto,
  VerificationSettingsDto,
  VerificationSettingsResponseDto,
  VerificationTokenResponseDto,
  VerificationVerifyDto,
} from './verification.dto';
import { destinationOf } from './verification.types';

@ApiTags('user')
@ApiHeader({ name: 'app_id', required: true })
@Controller('user')
@OurExtension()
export class VerificationController {
  constructor(
    private readonly codes: VerificationCodeService,
    private readonly captchas: CaptchaService,
    private readonly settings: VerificationSettingsService,
  ) {}

  @Post('send_code')
  @Public()
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Send a 6-digit code to a mobile or email for a purpose (429 with Retry-After when sent too often)' })
  @ApiData(CodeSentResponseDto)
  @ApiErrors(ErrorCode.CaptchaRequired, ErrorCode.CodeNotSent, ErrorCode.NoPermission)
  sendCode(@Caller() caller: CallerContext, @Ip() address: string, @Body() body: VerificationSendDto) {
    return this.codes.send(caller.appId, address, body);
  }

  @Post('verify_code')
  @Public()
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Trade a right code for a single-use verification_token bound to its purpose and destination' })
  @ApiData(VerificationTokenResponseDto)
  @ApiErrors(ErrorCode.WrongVerificationCode)
  verifyCode(@Caller() caller: CallerContext, @Body() body: VerificationVerifyDto) {
    return this.codes.verify(caller.appId, body.purpose, destinationOf(body), body.code);
  }

  @Get('captcha/image')
  @Public()
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'A one-time image captcha (SVG data URL) and its id' })
  @ApiData(CaptchaResponseDto)
  captcha(@Caller() caller: CallerContext) {
    return this.captchas.create(caller.appId);
  }

  @Get('regionlist')
  @Public()
  @ApiOperation({ summary: 'Regions with their dialling codes and English and Chinese names' })
  @ApiData([RegionResponseDto])
  regions() {
    return REGION_LIST;
  }

  @Get('verification/settings')
  @AdminOnly()
  @ApiOperation({ summary: "The app's verification policy per purpose, captcha rules and sign-up by code (admin token)" })
  @ApiData(VerificationSettingsResponseDto)
  viewSettings(@Caller() caller: CallerContext) {
    return this.settings.view(caller.appId);
  }

  @Post('verification/settings')
  @AdminOnly()
  @ApiOperation({ summary: 'Change the fields sent of the verification policy (admin token)' })
  @ApiData(VerificationSettingsResponseDto)
  updateSettings(@Caller() caller: CallerContext, @Body() body: VerificationSettingsDto) {
    return this.settings.update(caller.appId, body);
  }

  @Get('verification/sender')
  @AdminOnly()
  @ApiOperation({ summary: "The app's SMS or email sender, secret masked; null when none (admin token)" })
  @ApiData(VerificationSenderResponseDto)
  viewSender(@Caller() caller: CallerContext, @Query() query: VerificationChannelDto) {
    return this.settings.viewSender(caller.appId, query.channel);
  }

  @Post('verification/sender')
  @AdminOnly()
  @ApiOperation({ summary: "Set the app's SMS or email sender: vendor, settings, secret (sealed) and templates (admin token)" })
  @ApiData(VerificationSenderResponseDto)
  saveSender(@Caller() caller: CallerContext, @Body() body: VerificationSenderDto) {
    return this.settings.saveSender(caller.appId, body);
  }

  @Delete('verification/sender')
  @AdminOnly()
  @ApiOperation({ summary: "Remove the app's sender of a channel (admin token)" })
  @ApiData({ type: 'boolean', description: 'false when the app had no sender for the channel' })
  deleteSender(@Caller() caller: CallerContext, @Query() query: VerificationChannelDto) {
    return this.settings.deleteSender(caller.appId, query.channel);
  }
}
