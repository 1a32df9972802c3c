import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiData } from '../common/openapi/envelope.decorator';
import { DeviceKickBodyDto, DeviceKickDto, DeviceRemoveDto, DeviceResponseDto, OnlineStatusResponseDto } from './device.dto';
import { DeviceService } from './device.service';

@ApiTags('user')
@ApiHeader({ name: 'app_id', required: true })
@Controller('user')
export class DeviceController {
  constructor(private readonly devices: DeviceService) {}

  @Get('device/list')
  @ApiOperation({ summary: "The acting user's devices in device_sn order (not paged)" })
  @ApiData([DeviceResponseDto])
  list(@Caller() caller: CallerContext) {
    return this.devices.list(caller);
  }

  @Post('device/remove')
  @ApiOperation({ summary: "Delete one of the acting user's devices and revoke its tokens" })
  @ApiData({ type: 'boolean' })
  remove(@Caller() caller: CallerContext, @Query() query: DeviceRemoveDto) {
    return this.devices.remove(caller, query.device_sn);
  }

  @Delete('device/remove')
  @ApiOperation({ summary: "Delete one of the acting user's devices and revoke its tokens (same as POST)" })
  @ApiData({ type: 'boolean' })
  removeByDelete(@Caller() caller: CallerContext, @Query() query: DeviceRemoveDto) {
    return this.devices.remove(caller, query.device_sn);
  }

  @Post('kick')
  @ApiOperation({ summary: "End one device's sessions, or without device_sn every other session of the user; device_sn in the query or (as MaxIM's web SDK sends it) the JSON body" })
  @ApiData({ type: 'boolean' })
  kick(@Caller() caller: CallerContext, @Query() query: DeviceKickDto, @Body() body: DeviceKickBodyDto) {
    return this.devices.kick(caller, query.device_sn, body?.device_sn);
  }

  @Put('kick')
  @ApiOperation({ summary: "End one device's sessions, or without device_sn every other session of the user (same as POST)" })
  @ApiData({ type: 'boolean' })
  kickByPut(@Caller() caller: CallerContext, @Query() query: DeviceKickDto, @Body() body: DeviceKickBodyDto) {
    return this.devices.kick(caller, query.device_sn, body?.device_sn);
  }

  @Get('online_status')
  @ApiOperation({ summary: 'Whether the acting user has a live realtime session' })
  @ApiData(OnlineStatusResponseDto)
  onlineStatus(@Caller() caller: CallerContext) {
    return this.devices.onlineStatus(caller);
  }
}
