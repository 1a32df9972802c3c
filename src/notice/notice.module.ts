import { Global, Module } from '@nestjs/common';
import { NoticeRepository } from './notice.repository';
import { NoticeService } from './notice.service';

/** Global: every area that changes what other users see publishes through NoticeService. */
@Global()
@Module({
  providers: [NoticeRepository, NoticeService],
  exports: [NoticeRepository, NoticeService],
})
export class NoticeModule {}
