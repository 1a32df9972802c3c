import { Module } from '@nestjs/common';
import { AppsRepository } from './apps.repository';
import { AppsService } from './apps.service';

/** Tenancy: apps, their secrets and their admin tokens. */
@Module({
  providers: [AppsRepository, AppsService],
  exports: [AppsService],
})
export class AppsModule {}
