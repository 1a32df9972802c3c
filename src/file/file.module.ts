import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { GroupModule } from '../group/group.module';
import { RosterModule } from '../roster/roster.module';
import { FileAccessService } from './file-access.service';
import { FileDownloadService } from './file-download.service';
import { FileObjectRoute } from './file-object.route';
import { FileReceiveService } from './file-receive.service';
import { FileStorageModule } from './file-storage.module';
import { FILE_SWEEP_QUEUE, FileSweepProcessor, FileSweepService } from './file-sweep.service';
import { FileThumbnailService } from './file-thumbnail.service';
import { FileUploadService } from './file-upload.service';
import { FileController } from './file.controller';

/** The /file/* operations and the local backend's upload endpoint (src/file/README.md). */
@Module({
  // The queue rides on the BullMQ connection PushModule sets up for the whole application.
  imports: [FileStorageModule, GroupModule, RosterModule, BullModule.registerQueue({ name: FILE_SWEEP_QUEUE })],
  controllers: [FileController],
  providers: [FileAccessService, FileUploadService, FileDownloadService, FileThumbnailService, FileReceiveService, FileObjectRoute, FileSweepService, FileSweepProcessor],
  exports: [FileStorageModule],
})
export class FileModule {}
