import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiData } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';
import { AppClientConfigDto, AppClientConfigUpdateDto, AppDiscoverCreateDto, AppDiscoverItemDto, AppDiscoverQueryDto, AppDiscoverUpdateDto } from './app-content.dto';
import { AppContentService } from './app-content.service';

/** Operator content (our extension): reads need any token of the app, writes its admin token. */
@ApiTags('app')
@ApiHeader({ name: 'app_id', required: true })
@Controller('app')
export class AppContentController {
  constructor(private readonly content: AppContentService) {}

  @Get('configs')
  @OurExtension()
  @ApiData(AppClientConfigDto)
  @ApiOperation({ summary: "Our extension (IM v1 GET /configs): the app's client configuration, name → string value (also in GET /app/config)" })
  clientConfig(@Caller() caller: CallerContext) {
    return this.content.clientConfig(caller.appId);
  }

  @Put('configs')
  @AdminOnly()
  @OurExtension()
  @ApiData(AppClientConfigDto)
  @ApiOperation({ summary: "Our extension (admin token): set names of the app's client configuration to strings, or remove them with null; answers the whole configuration" })
  changeClientConfig(@Caller() caller: CallerContext, @Body() body: AppClientConfigUpdateDto) {
    return this.content.changeClientConfig(caller, body.configs);
  }

  @Get('discovers')
  @OurExtension()
  @ApiData([AppDiscoverItemDto])
  @ApiOperation({ summary: "Our extension (IM v1 GET /discovers): the links of the app's discover page, by position" })
  discoverItems(@Caller() caller: CallerContext) {
    return this.content.discoverItems(caller);
  }

  @Post('discovers')
  @AdminOnly()
  @OurExtension()
  @ApiData(AppDiscoverItemDto)
  @ApiOperation({ summary: 'Our extension (admin token): add a link to the discover page (at most 100 per app)' })
  createDiscoverItem(@Caller() caller: CallerContext, @Body() body: AppDiscoverCreateDto) {
    return this.content.createDiscoverItem(caller, body);
  }

  @Put('discovers')
  @AdminOnly()
  @OurExtension()
  @ApiData(AppDiscoverItemDto)
  @ApiOperation({ summary: 'Our extension (admin token): change the fields sent of a discover link' })
  updateDiscoverItem(@Caller() caller: CallerContext, @Body() body: AppDiscoverUpdateDto) {
    return this.content.updateDiscoverItem(caller, body);
  }

  @Delete('discovers')
  @AdminOnly()
  @OurExtension()
  @ApiData({ type: 'boolean' })
  @ApiOperation({ summary: 'Our extension (admin token): remove a discover link' })
  deleteDiscoverItem(@Caller() caller: CallerContext, @Query() query: AppDiscoverQueryDto) {
    return this.content.deleteDiscoverItem(caller, query.discover_id);
  }
}
