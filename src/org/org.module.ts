import { Module } from '@nestjs/common';
import { OrgController } from './org.controller';
import { OrgRepository } from './org.repository';
import { OrgService } from './org.service';

/** Organisation departments (our extension); see README.md. */
@Module({
  controllers: [OrgController],
  providers: [OrgRepository, OrgService],
})
export class OrgModule {}
