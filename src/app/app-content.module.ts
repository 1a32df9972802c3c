import { Module } from '@nestjs/common';
import { AppContentController } from './app-content.controller';
import { AppContentRepository } from './app-content.repository';
import { AppContentService } from './app-content.service';

/** Operator content of an app: client configuration and discover links. Exported for GET /app/config. */
@Module({
  controllers: [AppContentController],
  providers: [AppContentRepository, AppContentService],
  exports: [AppContentService],
})
export class AppContentModule {}
