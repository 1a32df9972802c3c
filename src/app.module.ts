import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE, HttpAdapterHost } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppContentModule } from './app/app-content.module';
import { AppSettingsModule } from './app/app-settings.module';
import { AppsModule } from './app/apps.module';
import { AuthModule } from './common/auth/auth.module';
import { ClockModule } from './common/clock';
import { AppConfig, APP_CONFIG } from './common/config/config';
import { dataSourceOptions } from './common/database/data-source';
import { EnvelopeExceptionFilter } from './common/errors/exception.filter';
import { ObservabilityModule } from './common/observability/observability.module';
import { SecretsModule } from './common/secrets/secrets.module';
import { createValidationPipe } from './common/validation';
import { SearchModule } from './search/search.module';
import { FileModule } from './file/file.module';
import { GroupModule } from './group/group.module';
import { MessageModule } from './message/message.module';
import { NoticeModule } from './notice/notice.module';
import { OrgModule } from './org/org.module';
import { PushModule } from './push/push.module';
import { RealtimeModule } from './realtime/realtime.module';
import { RosterModule } from './roster/roster.module';
import { StatsModule } from './stats/stats.module';
import { TokenModule } from './token/token.module';
import { UserModule } from './user/user.module';
import { WebhookModule } from './webhook/webhook.module';

/** Parts of the application a context may go without. */
export interface AppModuleOptions {
  /**
   * Live delivery to sockets (RealtimeModule), on by default. The operator CLI goes without: its
   * commands announce nothing to devices, and its context closes before the PostgreSQL fan-out's
   * LISTEN connection is set up, which that adapter then never releases (src/realtime/README.md).
   */
  realtime?: boolean;
}

@Module({})
export class AppModule {
  /** The whole server for one configuration; `databaseUrl` is resolved first (embedded engine or DATABASE_URL). */
  static register(config: AppConfig, databaseUrl: string, { realtime = true }: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        { module: ConfigHolder, global: true, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] },
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, { preparedStatements: config.databasePreparedStatements })),
        ThrottlerModule.forRoot([{ ttl: 60_000, limit: config.authRateLimitPerMinute }]),
        ClockModule,
        ObservabilityModule,
        SecretsModule,
        AuthModule,
        AppsModule,
        AppContentModule,
        AppSettingsModule,
        NoticeModule,
        UserModule,
        RosterModule,
        GroupModule,
        MessageModule,
        ...(realtime ? [RealtimeModule] : []),
        PushModule,
        FileModule,
        TokenModule,
        WebhookModule,
        SearchModule,
        OrgModule,
        StatsModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        {
          provide: APP_FILTER,
          inject: [HttpAdapterHost],
          useFactory: (adapterHost: HttpAdapterHost) => new EnvelopeExceptionFilter(adapterHost, config.bodyLimitBytes),
        },
      ],
    };
  }
}

@Module({})
class ConfigHolder {}
