import { Module } from '@nestjs/common';
import { FileModule } from '../file/file.module';
import { RosterModule } from '../roster/roster.module';
import { AppSettingsController } from './app-settings.controller';
import { AppSettingsService } from './app-settings.service';
import { AppsModule } from './apps.module';

/** GET and POST /app/settings: the operator CLI's app settings for the admin console. */
@Module({
  imports: [AppsModule, RosterModule, FileModule],
  controllers: [AppSettingsController],
  providers: [AppSettingsService],
})
export class AppSettingsModule {}
