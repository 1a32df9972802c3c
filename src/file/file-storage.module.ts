import { Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { FileObjectService } from './file-object.service';
import { FileReferenceService } from './file-reference.service';
import { FileRepository } from './file.repository';
import { FileSigner } from './file-signer.service';
import { FileUrls } from './file-urls';
import { FileStorage } from './storage/file-storage';
import { LocalFileStorage } from './storage/local-file.storage';
import { S3FileStorage } from './storage/s3-file.storage';
import { StoreTokenService } from './store-token.service';

/**
 * The byte side of files, with no dependency on users or groups, so the group and token modules
 * can import it without a cycle: the storage backend chosen by FILE_STORAGE, signing, object
 * lifecycle, references (FileReferenceService) and store tokens (StoreTokenService).
 */
@Module({
  providers: [
    FileRepository,
    FileSigner,
    FileUrls,
    FileObjectService,
    FileReferenceService,
    StoreTokenService,
    {
      provide: FileStorage,
      inject: [APP_CONFIG, Clock],
      useFactory: (config: AppConfig, clock: Clock): FileStorage =>
        config.files.storage === 's3' ? new S3FileStorage(config.files, clock) : new LocalFileStorage(config.dataDir, config.files.publicUrl),
    },
  ],
  exports: [FileRepository, FileSigner, FileUrls, FileObjectService, FileReferenceService, StoreTokenService, FileStorage],
})
export class FileStorageModule {}
